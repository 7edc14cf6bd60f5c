"""Documented hard situations: who sees one (the rest get 404, not 403), bad input refused
with a clear message and nothing saved, the team review, the access log when a customer is
involved (docs/feedback.md, "Documented hard situations")."""

import datetime as dt

import pytest
import time_machine
from django.urls import reverse
from django.utils import translation

from luukku.cases.tests.factories import make_case
from luukku.organisation.tests.factories import DepartmentFactory, UserFactory
from luukku.privacy.models import AccessLogEntry
from luukku.queueing.tests.factories import ServicePointFactory

from ..situation_models import HardSituation, SafetyContact
from ..situations_services import SituationInput, situation_record

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 3, 10, 10, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def _english_at_ten():
    with translation.override("en"), time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def team():
    """Department A's agents and supervisor; department B's supervisor; an expert of B
    named as present; the safety contact (an agent of B); an administrator and the DPO."""
    a, b = DepartmentFactory(), DepartmentFactory()
    people = {
        "author": UserFactory(role="agent", departments=[a]),
        "involved": UserFactory(role="expert", departments=[b]),
        "supervisor": UserFactory(role="supervisor", departments=[a]),
        "safety contact": UserFactory(role="agent", departments=[b]),
        "colleague": UserFactory(role="agent", departments=[a]),
        "other supervisor": UserFactory(role="supervisor", departments=[b]),
        "admin": UserFactory(role="administrator", is_staff=True, is_superuser=True),
        "dpo": UserFactory(role="dpo", departments=[a]),
    }
    SafetyContact.objects.create(user=people["safety contact"])
    return people


@pytest.fixture
def point():
    return ServicePointFactory(name="Kaupungintalo")


def _situation(team, point, **extra) -> HardSituation:
    data = SituationInput(
        occurred_at=NOW - dt.timedelta(hours=1),
        channel="counter",
        kind="threat",
        severity="serious",
        description="Asiakas uhkasi lyödä, kun hakemusta ei voitu käsitellä heti.",
        service_point=point,
        staff_involved=[team["involved"]],
        customer_note="Mies, noin 40 v.",
        security_called=True,
    )
    for name, value in extra.items():
        setattr(data, name, value)
    return situation_record(actor=team["author"], data=data)


SEES = {
    "author": 200,
    "involved": 200,
    "supervisor": 200,
    "safety contact": 200,
    "colleague": 404,
    "other supervisor": 404,
    "admin": 404,
    "dpo": 404,
}


def test_only_the_author_those_present_the_supervisor_and_the_safety_contact_see_it(
    client, team, point
):
    situation = _situation(team, point)
    url = reverse("web:situation", args=[situation.pk])
    for persona, expected in SEES.items():
        client.force_login(team[persona])
        response = client.get(url)
        assert response.status_code == expected, persona
        if expected == 200:
            assert "Asiakas uhkasi lyödä" in response.content.decode()
        own = client.get(reverse("web:situations")).content.decode()
        assert (url in own) == (persona in {"author", "involved"}), persona


def test_the_review_list_is_for_supervisors_and_the_safety_contact(client, team, point):
    situation = _situation(team, point)
    url = reverse("web:situation", args=[situation.pk])
    answers = {
        "supervisor": (200, True),
        "safety contact": (200, True),
        "other supervisor": (200, False),
        "author": (403, False),
        "colleague": (403, False),
        "admin": (403, False),
        "dpo": (403, False),
    }
    for persona, (status, listed) in answers.items():
        client.force_login(team[persona])
        response = client.get(reverse("web:situations_review"))
        assert response.status_code == status, persona
        assert (url in response.content.decode()) == listed, persona


def test_a_review_marks_it_reviewed_once_with_the_measures(client, team, point):
    situation = _situation(team, point)
    review = reverse("web:situation_review", args=[situation.pk])
    client.force_login(team["author"])
    assert client.post(review, {"review_note": "Oma arvio"}).status_code == 403
    client.force_login(team["colleague"])
    assert client.post(review, {"review_note": "Ei näy"}).status_code == 404
    client.force_login(team["supervisor"])
    refused = client.post(review, {"review_note": " ", "measures": "Vartija"})
    assert refused.status_code == 400
    assert "This field is required." in refused.content.decode()
    situation.refresh_from_db()
    assert situation.reviewed_at is None
    done = client.post(
        review, {"review_note": "Käyty läpi tiimipalaverissa.", "measures": "Hälytysnappi"}
    )
    assert done.status_code == 302
    situation.refresh_from_db()
    assert (situation.reviewed_by, situation.reviewed_at) == (team["supervisor"], NOW)
    assert situation.measures == "Hälytysnappi"
    page = client.get(reverse("web:situations_review")).content.decode()
    assert reverse("web:situation", args=[situation.pk]) not in page
    again = client.post(review, {"review_note": "Uudelleen"})
    assert again.status_code == 403
    situation.refresh_from_db()
    assert situation.review_note == "Käyty läpi tiimipalaverissa."


def _form(point, **fields) -> dict:
    data = {
        "day": "2026-03-10",
        "time": "11:15",
        "channel": "counter",
        "service_point": point.pk,
        "kind": "verbal_abuse",
        "severity": "minor",
        "description": "Asiakas huusi ja kiroili jonossa.",
        "customer_note": "",
        "case_reference": "",
    }
    data.update(fields)
    return data


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"time": "13:00"}, "The time is in the future."),
        ({"day": "2024-01-10"}, "The time is more than a year ago."),
        ({"service_point": ""}, "Choose the service point where it happened."),
        ({"description": ""}, "This field is required."),
        ({"kind": "fight"}, "Select a valid choice."),
        ({"case_reference": "LUU-0000-9"}, "No case with this reference that you may see."),
    ],
)
def test_bad_input_is_refused_with_a_clear_message_and_nothing_saved(
    client, team, point, fields, message
):
    client.force_login(team["author"])
    response = client.post(reverse("web:situation_new"), _form(point, **fields))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not HardSituation.objects.exists()
    assert not AccessLogEntry.objects.filter(context="situation_record").exists()


def test_every_problem_is_told_at_once_by_its_field(client, team, point):
    client.force_login(team["author"])
    response = client.post(
        reverse("web:situation_new"),
        _form(point, time="13:00", service_point="", description=""),
    )
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert errors["day"] == ["The time is in the future."]
    assert errors["service_point"] == ["Choose the service point where it happened."]
    assert errors["description"] == ["This field is required."]
    assert not HardSituation.objects.exists()


def test_bad_input_is_told_in_finnish(client, team, point):
    client.force_login(team["author"])
    with translation.override("fi"):
        response = client.post(
            reverse("web:situation_new"), _form(point, time="13:00"), HTTP_ACCEPT_LANGUAGE="fi"
        )
    assert response.status_code == 400
    assert "Aika on tulevaisuudessa." in response.content.decode()


def test_recorded_from_the_form_with_those_present(client, team, point):
    client.force_login(team["author"])
    response = client.post(
        reverse("web:situation_new"),
        _form(point, staff_involved=[team["involved"].pk], debriefing="on", channel="phone"),
    )
    situation = HardSituation.objects.get()
    assert response["Location"] == reverse("web:situation", args=[situation.pk])
    assert situation.recorded_by == team["author"]
    assert situation.occurred_at == dt.datetime(2026, 3, 10, 9, 15, tzinfo=dt.UTC)
    assert list(situation.staff_involved.all()) == [team["involved"]]
    assert situation.debriefing and not situation.police_report
    assert not AccessLogEntry.objects.filter(context="situation_page").exists()


def test_a_linked_case_and_its_customer_are_in_the_access_log(client, team, point, service):
    team["author"].departments.add(service.responsible_unit.department)
    case = make_case(service=service)
    client.force_login(team["author"])
    client.post(reverse("web:situation_new"), _form(point, case_reference=case.reference))
    situation = HardSituation.objects.get()
    assert (situation.case, situation.customer) == (case, case.customer)
    assert AccessLogEntry.objects.filter(
        context="situation_record", case=case, customer=case.customer
    ).exists()
    client.force_login(team["safety contact"])
    page = client.get(reverse("web:situation", args=[situation.pk]))
    assert page.status_code == 200
    entry = AccessLogEntry.objects.get(context="situation_page")
    assert (entry.actor, entry.customer, entry.case) == (
        team["safety contact"],
        case.customer,
        case,
    )


def test_the_form_is_for_every_member_of_staff(client, team):
    for persona in ("colleague", "involved", "admin", "dpo"):
        client.force_login(team[persona])
        assert client.get(reverse("web:situation_new")).status_code == 200, persona
    client.logout()
    assert client.get(reverse("web:situation_new")).status_code == 302


def test_the_dashboard_counts_without_names_and_hides_small_counts(client, team, point):
    for hours in range(1, 5):
        _situation(team, point, occurred_at=NOW - dt.timedelta(hours=hours))
    for _n in range(3):
        _situation(team, point, kind="violence")
    _situation(team, point, kind="harassment", description="Tönäisi.")
    client.force_login(team["supervisor"])
    response = client.get(
        reverse("web:dashboard"),
        {"theme": "situations", "start": "2026-03-01", "end": "2026-03-31"},
    )
    assert response.status_code == 200
    tables = {table.slug: table for table in response.context["tables"]}
    kinds = {row[0].value: row[1].value for row in tables["situations_kinds"].rows}
    # The one harassment is hidden, and with it the next smallest count (the three cases
    # of violence), so that the one cannot be worked out from the total.
    assert kinds == {
        "Threat": 4,
        "Violence": None,
        "Harassment": None,
        "Verbal abuse": 0,
        "Other": 0,
    }
    assert tables["situations"].rows[0][1].value == 8
    page = response.content.decode()
    for private in ("Asiakas uhkasi", "Tönäisi", "Mies, noin"):
        assert private not in page
    # The handler filter lists the staff; the figures name no one.
    shown = " ".join(
        str(cell.value) for table in tables.values() for row in table.rows for cell in row
    )
    assert str(team["author"]) not in shown
    client.force_login(team["author"])
    assert client.get(reverse("web:dashboard"), {"theme": "situations"}).status_code == 403


def test_a_lone_hidden_count_takes_the_next_smallest_with_it():
    from luukku.insights.situations import hidden_small

    assert hidden_small([5, 1, 0, 4]) == [5, None, 0, None]
    assert hidden_small([5, 1, 2, 0]) == [5, None, None, 0]
    assert hidden_small([3, 0]) == [3, 0]


def test_the_customer_is_told_of_the_record_and_unlinked_on_erasure(team, point, service):
    from luukku.privacy import subjects

    from ..situations_subject_data import (
        case_situations_anonymise,
        customer_situations_anonymise,
        situations_export,
    )

    team["author"].departments.add(service.responsible_unit.department)
    case = make_case(service=service)
    situation = _situation(team, point, case_reference=case.reference)
    rows = situations_export(case.customer).rows
    assert [row["kind"] for row in rows] == ["Threat"]
    assert "uhkasi" not in str(rows) and str(team["author"]) not in str(rows)
    assert customer_situations_anonymise(case.customer) == 1
    situation.refresh_from_db()
    assert (situation.customer, situation.case, situation.customer_note) == (None, None, "")
    assert situation.description.startswith("Asiakas uhkasi")
    assert subjects.registry.exports["hard_situations"] is situations_export
    assert case_situations_anonymise in subjects.registry.case_anonymisers
