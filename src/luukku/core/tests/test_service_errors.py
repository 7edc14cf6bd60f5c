"""A service's ValidationError shown on a form and in an interface's 400, by one adapter
each."""

from django import forms
from django.core.exceptions import ValidationError
from rest_framework.settings import api_settings

from luukku.core.service_errors import NON_FIELD, errors_by_field, form_errors_add


def _sent_form() -> forms.Form:
    """A citizen's form as sent and found valid: a field of its own and one of the
    service's questions (built here, not declared, so no form class joins the app's)."""
    form = forms.Form({"email": "maija@example", "answer_pole": "K-12"})
    form.fields["email"] = forms.CharField(required=False)
    form.fields["answer_pole"] = forms.CharField(required=False)
    assert form.is_valid()
    return form


def test_each_message_goes_to_its_field_its_question_or_above_the_form():
    form = _sent_form()
    form_errors_add(
        form,
        ValidationError(
            {
                "email": ["Enter a valid e-mail address."],
                "pole": ["“Pole” is required."],
                "service": ["This service is not available."],
            }
        ),
    )
    assert form.errors == {
        "email": ["Enter a valid e-mail address."],
        "answer_pole": ["“Pole” is required."],
        "__all__": ["This service is not available."],
    }


def test_an_error_not_tied_to_a_field_is_shown_above_the_form():
    form = _sent_form()
    form_errors_add(form, ValidationError("The case is closed."))
    assert form.errors == {"__all__": ["The case is closed."]}
    assert form.non_field_errors() == ["The case is closed."]


def test_an_interface_gets_the_messages_by_field_and_the_rest_apart():
    by_field = ValidationError({"subject": ["Enter a subject."], "pole": ["Too long."]})
    assert errors_by_field(by_field) == {"subject": ["Enter a subject."], "pole": ["Too long."]}
    assert errors_by_field(ValidationError(["Closed.", "Locked."])) == {
        NON_FIELD: ["Closed.", "Locked."]
    }
    assert NON_FIELD == api_settings.NON_FIELD_ERRORS_KEY  # as the REST API names them
