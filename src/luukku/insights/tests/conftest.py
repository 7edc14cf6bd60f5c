"""A week at the service centre, recorded through the real channels and services."""

import pytest

from luukku.cases.models import Channel, Status
from luukku.cases.services import case_assign, case_reply, consultation_ask
from luukku.channels.citizen_request import CitizenRequest
from luukku.channels.services import contact_log, web_request_submit
from luukku.core.testing.clock import at, on
from luukku.insights.services import rollups_refresh
from luukku.organisation.models import ServicePoint
from luukku.organisation.tests.factories import OrganisationFactory
from luukku.servicelevels.models import Target


@pytest.fixture
def centre(db):
    return ServicePoint.objects.create(
        organisation=OrganisationFactory(),
        name="Palvelupiste",
        street_address="Katu 1",
        postal_code="00100",
        post_office="Kaupunki",
        is_service_centre=True,
    )


def _web(service, subject, when):
    return on(
        when,
        web_request_submit,
        request=CitizenRequest(
            service=service, subject=subject, description="Kuvaus", email="matti@example.fi"
        ),
    )


@pytest.fixture
def week(service, agent, expert, centre):
    """Monday: two web requests (one answered and resolved the same day, one consulted),
    one counter contact resolved at once; Tuesday: a phone contact left open."""
    Target.objects.create(service=service, first_response_hours=4, resolution_hours=16)
    answered = _web(service, "Katuvalo ei pala", at(2026, 11, 16, 9, 0))
    on(at(2026, 11, 16, 9, 30), case_assign, case=answered, actor=agent, assignee=agent)
    on(
        at(2026, 11, 16, 10, 0),
        case_reply,
        case=answered,
        actor=agent,
        body="Korjataan.",
        status_after=Status.RESOLVED,
    )
    consulted = _web(service, "Katuvalo vilkkuu", at(2026, 11, 16, 11, 0))
    on(at(2026, 11, 16, 11, 5), case_assign, case=consulted, actor=agent, assignee=agent)
    on(
        at(2026, 11, 16, 11, 10),
        consultation_ask,
        case=consulted,
        actor=agent,
        expert=expert,
        question="Kenelle tämä kuuluu?",
    )
    counter = on(
        at(2026, 11, 16, 13, 0),
        contact_log,
        actor=agent,
        channel=Channel.COUNTER,
        service=service,
        note="Kysyi katuvalon korjauksesta",
        resolved=True,
    )
    phone = on(
        at(2026, 11, 17, 9, 0),
        contact_log,
        actor=agent,
        channel=Channel.PHONE,
        service=service,
        note="Soitti katuvalosta",
    )
    on(at(2026, 11, 18, 8, 0), rollups_refresh)
    return {"answered": answered, "consulted": consulted, "counter": counter, "phone": phone}
