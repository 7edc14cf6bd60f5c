"""A service's `ValidationError` shown where the citizen or the integrator looks: on the form
that was sent, or in an interface's list of errors by field."""

from django import forms
from django.core.exceptions import ValidationError

# The key of the problems not tied to one field, as Django REST framework names it.
NON_FIELD = "non_field_errors"


def form_errors_add(form: forms.BaseForm, error: ValidationError) -> None:
    """Each message on the form's field of that name, or on its question of that code
    (`answer_<code>`, the service's own questions on a citizen's form); otherwise above
    the form, as is an error not tied to a field."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error.messages)
        return
    for key, messages in error.message_dict.items():
        name = key if key in form.fields else f"answer_{key}"
        form.add_error(name if name in form.fields else None, messages)


def errors_by_field(error: ValidationError) -> dict[str, list[str]]:
    """The messages by field name, those of an error not tied to a field under `NON_FIELD`:
    what an interface answers with its 400 (the REST API as it is, Open311 naming each by
    the parameter the client sent)."""
    if hasattr(error, "error_dict"):
        return error.message_dict
    return {NON_FIELD: error.messages}
