"""How the staff workspace's views answer a form page (the services' errors are put on
the form by `core.service_errors.form_errors_add`)."""

from django.shortcuts import render

from luukku.privacy.services import access_log_record


def form_page(request, template: str, context: dict):
    """A page with a form: 400 when it is shown again after a POST (with the form's errors),
    200 otherwise."""
    return render(request, template, context, status=400 if request.method == "POST" else 200)


def confirmation_page(
    request, template: str, context: dict, *, log_context: str, query: dict, count: int
):
    """The page that says what a step will do before it is taken (whom it tells, what it
    refunds): its view of the people concerned is logged, and it is answered as `form_page`
    (a POST that did not go through shows it again with its error)."""
    access_log_record(
        actor=request.user, action="view", context=log_context, query=query, count=count
    )
    return form_page(request, template, context)
