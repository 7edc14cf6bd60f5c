"""The small lists kept in each process (core.reference): read once, cleared by a change,
never trusted for validation."""

import pytest

from luukku.cases.models import CaseEvent
from luukku.cases.services import case_add_note
from luukku.cases.tests.factories import make_case
from luukku.core.testing.queries import exact_queries
from luukku.organisation.models import User
from luukku.organisation.selectors import STAFF
from luukku.organisation.tests.factories import UserFactory
from luukku.web.forms import AssignForm, CaseUpdateForm

pytestmark = pytest.mark.django_db


def _options(form, name):
    return [str(label) for value, label in form.fields[name].choices if value != ""]


def test_the_list_is_read_once(agent):
    STAFF.all()
    with exact_queries(0):
        assert agent in STAFF.all()


def test_a_new_staff_member_is_offered_at_once(agent):
    assert _options(AssignForm(), "assignee") == [str(agent)]
    newcomer = UserFactory(first_name="Ville", last_name="Uusi")
    assert "Ville Uusi" in _options(AssignForm(), "assignee")
    newcomer.is_active = False
    newcomer.save()
    assert "Ville Uusi" not in _options(AssignForm(), "assignee")


def test_a_renamed_service_is_offered_under_its_new_name(service):
    assert service.name in _options(CaseUpdateForm(), "service")
    service.name = "Katuvalot ja liikennevalot"
    service.save()
    assert "Katuvalot ja liikennevalot" in _options(CaseUpdateForm(), "service")


def test_a_choice_withdrawn_since_the_list_was_read_is_refused(agent):
    leaver = UserFactory()
    assert leaver in STAFF.all()
    # Another process deactivates them: no signal reaches this one's list.
    User.objects.filter(pk=leaver.pk).update(is_active=False)
    assert leaver in STAFF.all()
    form = AssignForm(data={"assignee": leaver.pk, "team": ""})
    assert not form.is_valid()
    assert "assignee" in form.errors
    assert AssignForm(data={"assignee": agent.pk, "team": ""}).is_valid()


def test_attach_reads_what_the_list_lacks_in_one_query(service, agent):
    case = make_case(service=service)
    leavers = [UserFactory(is_active=False), UserFactory(is_active=False)]
    for author in [agent, *leavers, agent]:
        case_add_note(case=case, actor=author, body="Muistiinpano")
    events = list(case.events.filter(kind=CaseEvent.Kind.NOTE).order_by("pk"))
    STAFF.all()
    with exact_queries(1):
        STAFF.attach(events, "author")
        assert [event.author for event in events] == [agent, *leavers, agent]
    with exact_queries(0):
        assert [str(event.author) for event in events] == [
            str(user) for user in [agent, *leavers, agent]
        ]
