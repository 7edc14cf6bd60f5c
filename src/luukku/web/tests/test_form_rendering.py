"""The case page's and the inbox's widgets written in Python (web/form_rendering.py) are the same
HTML, byte for byte, as the templates write: for every field of the case page's forms and the
inbox's filters, empty, filled in with text that needs escaping, and bound with errors."""

import pytest
from django.forms.renderers import get_default_renderer
from django.utils import translation

from luukku.cases.tests.factories import make_case
from luukku.web import forms
from luukku.web.form_rendering import WrittenWidgetRenderer

pytestmark = pytest.mark.django_db

TRICKY = "Hei <b>\"Matti\"</b> & 'Maija'"


def _forms(case):
    bound = {
        "reply-body": TRICKY,
        "reply-status_after": "resolved",
        "reply-suggested_rank": "99",
        "note-body": "",
        "status-status": "nonsense",
        "assign-assignee": "x",
        "update-service": case.service_id,
        "update-priority": "2",
        "update-sensitive": "on",
        "contact-email": TRICKY,
        "consult-question": TRICKY,
        "escalate-reason": "",
        "forward-message": TRICKY,
        "forward-rule": "3",
    }
    made = []
    for prefix, form_class in (
        ("reply", forms.ReplyForm),
        ("note", forms.NoteForm),
        ("status", forms.StatusForm),
        ("assign", forms.AssignForm),
        ("update", forms.CaseUpdateForm),
        ("contact", forms.CaseContactForm),
        ("consult", forms.ConsultForm),
        ("escalate", forms.EscalateForm),
        ("forward", forms.ForwardForm),
    ):
        extra = {"case": case} if form_class in (forms.ReplyForm, forms.StatusForm) else {}
        made.append(form_class(prefix=prefix, initial={"service": case.service_id}, **extra))
        bound_form = form_class(bound, prefix=prefix, **extra)
        bound_form.is_valid()
        made.append(bound_form)
    made.append(forms.InboxFilterForm())
    filters = forms.InboxFilterForm(
        {
            "q": TRICKY,
            "status": "all_open",
            "service": case.service_id,
            "assignee": "me",
            "overdue": "on",
            "sort": "nonsense",
            "col": ["customer", "x"],
            "queue": "mine",
        }
    )
    filters.is_valid()
    made.append(filters)
    return made


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_case_page_widgets_are_written_as_the_templates_write_them(service, language):
    case = make_case(service=service, body="Katuvalo.")
    templates = get_default_renderer()
    assert not isinstance(templates, WrittenWidgetRenderer)
    fields = 0
    with translation.override(language):
        for form in _forms(case):
            quick_renderer = form.renderer
            assert isinstance(quick_renderer, WrittenWidgetRenderer)
            for field in form:
                fields += 1
                quick = field.as_widget()
                form.renderer = templates
                written = field.as_widget()
                form.renderer = quick_renderer
                assert quick == written, field.html_name
    assert fields > 50
