"""The pages of consultation, escalation, forwarding, service levels and named handlers."""

import datetime as dt

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse
from django.utils import timezone

from luukku.cases.models import CaseEvent, Consultation, RoutingRule, Status
from luukku.cases.services import consultation_ask
from luukku.cases.tests.factories import make_case
from luukku.customers.tests.factories import CustomerFactory
from luukku.organisation.models import Absence, Organisation
from luukku.organisation.tests.factories import UserFactory
from luukku.servicelevels.models import Escalation, EscalationStep, Target
from luukku.servicelevels.services import case_escalate

pytestmark = pytest.mark.django_db


def test_case_page_shows_the_service_level_and_the_inbox_its_state(client, agent, service):
    Target.objects.create(service=service, first_response_hours=4, resolution_hours=16)
    case = make_case(service=service)
    client.force_login(agent)
    page = client.get(reverse("web:case", args=[case.reference])).content.decode()
    assert "Palvelutaso" in page and "Ensimmäinen vastaus" in page and "Ratkaisu" in page
    inbox = client.get(reverse("web:inbox"), {"sort": "service_level"}).content.decode()
    assert case.reference in inbox and "sla-" in inbox
    filtered = client.get(reverse("web:inbox"), {"service_level": "breached"}).content.decode()
    assert case.reference not in filtered


def test_agent_asks_expert_answers_agent_sees_the_answer(client, agent, expert, service):
    case = make_case(service=service)
    client.force_login(agent)
    response = client.post(
        reverse("web:case_consult", args=[case.reference]),
        {"consult-expert": expert.pk, "consult-question": "Voiko maksun jakaa?"},
    )
    assert response.status_code == 302
    consultation = Consultation.objects.get()
    client.force_login(expert)
    requests = client.get(reverse("web:requests")).content.decode()
    assert "Voiko maksun jakaa?" in requests
    page = client.get(reverse("web:consultation", args=[consultation.pk])).content.decode()
    assert case.subject in page
    assert "Koskikadun valot eivät pala." in page  # the question in its context
    response = client.post(
        reverse("web:consultation_answer", args=[consultation.pk]),
        {"answer-answer": "- kyllä\n- kahdessa erässä"},
    )
    assert response.status_code == 302
    client.force_login(agent)
    assert (
        'Konsultaatiot <span class="nav-count">1'
        in client.get(reverse("web:inbox")).content.decode()
    )
    page = client.get(reverse("web:case", args=[case.reference])).content.decode()
    assert "kahdessa erässä" in page
    consultation.refresh_from_db()
    assert consultation.seen_at is not None  # seeing the case page clears the news


@pytest.mark.parametrize(
    "data, shown",
    [
        ({"consultation": 1, "expert": "Sari Nieminen"}, "Sari Nieminen"),  # the demo's shape
        ({"expert": "", "queue": "Kaupunkikehitys"}, "Kaupunkikehitys"),
        ({}, "Vastaanottaja"),
    ],
)
def test_case_page_shows_a_consultation_event_whatever_keys_it_holds(
    client, agent, service, data, shown
):
    """An event written without the `queue` key (as the demo's are) was a 500: a filter's
    argument that names a missing key raises in a template, unlike the value it filters."""
    case = make_case(service=service)
    CaseEvent.objects.create(case=case, kind=CaseEvent.Kind.CONSULTATION, author=agent, data=data)
    client.force_login(agent)
    response = client.get(reverse("web:case", args=[case.reference]))
    assert response.status_code == 200
    assert shown in response.content.decode()


def test_a_bad_consultation_shows_the_error_and_saves_nothing(client, agent, service):
    case = make_case(service=service)
    client.force_login(agent)
    response = client.post(
        reverse("web:case_consult", args=[case.reference]), {"consult-question": "Kysymys"}
    )
    assert response.status_code == 400
    assert "Valitse joko asiantuntija tai asiantuntijajono." in response.content.decode()
    assert not Consultation.objects.exists()
    case.refresh_from_db()
    assert case.status == Status.NEW


def test_an_expert_not_asked_gets_404(client, agent, expert, other_expert, service):
    case = make_case(service=service)
    consultation = consultation_ask(case=case, actor=agent, expert=expert, question="?")
    client.force_login(other_expert)
    assert client.get(reverse("web:consultation", args=[consultation.pk])).status_code == 404
    response = client.post(
        reverse("web:consultation_answer", args=[consultation.pk]), {"answer-answer": "x"}
    )
    assert response.status_code == 404
    consultation.refresh_from_db()
    assert consultation.is_open


def test_expert_takes_over_from_the_consultation_page(client, agent, expert, service):
    case = make_case(service=service)
    consultation = consultation_ask(case=case, actor=agent, expert=expert, question="?")
    client.force_login(expert)
    response = client.post(reverse("web:consultation_take_over", args=[consultation.pk]), {})
    assert response["Location"] == reverse("web:case", args=[case.reference])
    case.refresh_from_db()
    assert case.assignee == expert


def test_escalate_from_the_case_page_and_close_at_the_step(
    client, agent, supervisor, service, department
):
    EscalationStep.objects.create(
        department=department,
        position=1,
        title="Tiimiesimies",
        person=supervisor,
        response_hours=4,
    )
    case = make_case(service=service)
    client.force_login(agent)
    bad = client.post(reverse("web:case_escalate", args=[case.reference]), {"escalate-reason": ""})
    assert bad.status_code == 400 and not Escalation.objects.exists()
    client.post(reverse("web:case_escalate", args=[case.reference]), {"escalate-reason": "Valitus"})
    escalation = Escalation.objects.get()
    client.force_login(supervisor)
    assert case.reference in client.get(reverse("web:requests")).content.decode()
    client.post(
        reverse("web:escalation_close", args=[escalation.pk]),
        {f"close-{escalation.pk}-outcome": "Soitin asiakkaalle"},
    )
    escalation.refresh_from_db()
    assert escalation.outcome == "Soitin asiakkaalle"


@pytest.mark.parametrize("outcome", ["Soitin", ""])
def test_closing_an_escalation_of_a_case_one_may_not_see_is_not_found(
    client, agent, supervisor, sensitive_service, department, other_expert, outcome
):
    """The answer is the same as for an id that does not exist: no reference, no count."""
    EscalationStep.objects.create(
        department=department, position=1, title="Esimies", person=supervisor, response_hours=4
    )
    case = make_case(service=sensitive_service)
    escalation = case_escalate(case=case, actor=supervisor, reason="Valitus")
    client.force_login(other_expert)
    data = {f"close-{escalation.pk}-outcome": outcome}
    hidden = client.post(reverse("web:escalation_close", args=[escalation.pk]), data)
    missing = client.post(reverse("web:escalation_close", args=[escalation.pk + 1000]), data)
    assert hidden.status_code == missing.status_code == 404
    assert case.reference not in hidden.content.decode()
    escalation.refresh_from_db()
    assert escalation.is_open and not escalation.outcome


def test_forward_from_the_case_page_starts_from_the_matching_rule(client, agent, service):
    kela = Organisation.objects.create(name="Kela", kind="state")
    rule = RoutingRule.objects.create(
        name="Asumistuki",
        keywords="asumistuki",
        organisation=kela,
        message_fi="Asumistukea haetaan Kelasta.",
    )
    case = make_case(service=service, subject="Asumistuki")
    client.force_login(agent)
    page = client.get(reverse("web:case", args=[case.reference])).content.decode()
    assert "Asumistukea haetaan Kelasta." in page and "Asumistuki → Kela" in page
    response = client.post(
        reverse("web:case_forward", args=[case.reference]),
        {
            "forward-organisation": kela.pk,
            "forward-message": "Hae Kelasta.",
            "forward-rule": rule.pk,
        },
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.forwarded_to == kela and case.status == Status.RESOLVED
    assert case.events.get(kind="forwarded").data["rule"] == rule.pk
    status_page = client.get(reverse("public:case_status", args=[case.token])).content.decode()
    assert "Ohjattu toiselle organisaatiolle" in status_page and "Kela" in status_page
    assert "Hae Kelasta." in status_page


def test_handlers_page_is_for_supervisors(client, agent):
    client.force_login(agent)
    assert client.get(reverse("web:handlers")).status_code == 403


def test_supervisor_moves_a_pot_and_marks_an_absence(client, supervisor):
    leaving, taking = UserFactory(), UserFactory()
    customer = CustomerFactory()
    customer.handler = leaving
    customer.save()
    client.force_login(supervisor)
    assert str(leaving) in client.get(reverse("web:handlers")).content.decode()
    response = client.post(
        reverse("web:handlers_move"),
        {"move-from_user": leaving.pk, "move-to_user": taking.pk, "move-open_cases": "on"},
    )
    assert response.status_code == 302
    customer.refresh_from_db()
    assert customer.handler == taking
    today = timezone.localdate()
    bad = client.post(
        reverse("web:absence_new"),
        {
            "absence-user": taking.pk,
            "absence-starts_on": today,
            "absence-ends_on": today - dt.timedelta(days=1),
        },
    )
    assert bad.status_code == 400
    assert "Poissaolo ei voi päättyä ennen kuin se alkaa." in bad.content.decode()
    assert not Absence.objects.exists()
    client.post(
        reverse("web:absence_new"),
        {"absence-user": taking.pk, "absence-starts_on": today, "absence-ends_on": today},
    )
    assert Absence.objects.filter(user=taking).exists()


def test_references_on_the_consultation_lists_never_break(client, agent, expert, service):
    """A reference shown as "LK-" on one line and "2026-981847" on the next reads as two
    things: each is kept whole (`.case-ref` is white-space: nowrap in workspace.css)."""
    case = make_case(service=service)
    consultation_ask(case=case, actor=agent, expert=expert, question="Voiko maksun jakaa?")
    client.force_login(expert)
    page = client.get(reverse("web:requests")).content.decode()
    assert f'<span class="case-ref">{case.reference}</span>' in page
    client.force_login(agent)
    page = client.get(reverse("web:requests")).content.decode()
    assert f'#consult-heading" class="case-ref">{case.reference}</a>' in page
    with open(finders.find("web/workspace.css"), encoding="utf-8") as stylesheet:
        assert ".case-ref { white-space: nowrap; }" in stylesheet.read()
