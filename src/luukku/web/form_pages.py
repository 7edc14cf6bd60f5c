"""How the staff workspace's form pages show what the services said."""

from django.core.exceptions import ValidationError


def form_errors_add(form, error: ValidationError) -> None:
    """Show a service's `ValidationError` on the form: each message on its field when the form
    has one of that name, otherwise above the form."""
    if hasattr(error, "error_dict"):
        for key, errors in error.message_dict.items():
            form.add_error(key if key in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)
