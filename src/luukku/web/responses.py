"""How the staff workspace's views answer a form page (the services' errors are put on
the form by `core.service_errors.form_errors_add`)."""

from django.shortcuts import render


def form_page(request, template: str, context: dict):
    """A page with a form: 400 when it is shown again after a POST (with the form's errors),
    200 otherwise."""
    return render(request, template, context, status=400 if request.method == "POST" else 200)
