"""How the staff workspace's views answer: a form page again with what the services said."""

from django.core.exceptions import ValidationError
from django.shortcuts import render


def form_errors_add(form, error: ValidationError) -> None:
    """Show a service's `ValidationError` on the form: each message on its field when the form
    has one of that name, otherwise above the form."""
    if hasattr(error, "error_dict"):
        for key, errors in error.message_dict.items():
            form.add_error(key if key in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


def form_page(request, template: str, context: dict):
    """A page with a form: 400 when it is shown again after a POST (with the form's errors),
    200 otherwise."""
    return render(request, template, context, status=400 if request.method == "POST" else 200)
