"""How the staff workspace's views answer: a form page again with what the services said."""

from django.shortcuts import render

from luukku.core.service_errors import form_errors_add

__all__ = ["form_errors_add", "form_page"]


def form_page(request, template: str, context: dict):
    """A page with a form: 400 when it is shown again after a POST (with the form's errors),
    200 otherwise."""
    return render(request, template, context, status=400 if request.method == "POST" else 200)
