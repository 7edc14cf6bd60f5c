"""The demo citizen of the own page (docs/relationships.md, "The citizen's own page"): Pirkko
Lindholm, who booked the council hall online (demo/reservations.py), also sent two requests
from the same address, and asked to be told by e-mail when the street light is fixed. Asking
at `/mine/` for a link to pirkko.lindholm@example.fi shows the three on one page.

Deterministic: the requests arrived a set time before the demo's start."""

import datetime as dt

from luukku.cases.models import Case, Channel
from luukku.cases.services import case_create_for_contact
from luukku.catalogue.models import Service
from luukku.relationships.resolved_notices import resolved_notice_request

from .events import example_answer

OWN_PAGE_EMAIL = "pirkko.lindholm@example.fi"
REQUESTS = [
    (
        "street-lighting",
        "Katuvalo pimeänä Rantakadulla",
        "Rantakadun ja Kirkkotien kulman katuvalo ei ole palanut viikkoon.",
        4,
    ),
    (
        "parks",
        "Roska-astia täynnä uimarannalla",
        "Uimarannan roska-astiat ovat täynnä ja roskat leviävät nurmelle.",
        9,
    ),
]


def load_own_page(*, start: dt.datetime) -> list[Case]:
    """Pirkko's two requests (none if they are there already)."""
    subjects = [subject for _code, subject, _body, _days in REQUESTS]
    if Case.objects.filter(contact_email__iexact=OWN_PAGE_EMAIL, subject__in=subjects).exists():
        return []
    made = []
    for code, subject, body, days_ago in REQUESTS:
        service = Service.objects.get(code=code)
        fields = service.request_fields.all()
        made.append(
            case_create_for_contact(
                first_name="Pirkko",
                last_name="Lindholm",
                email=OWN_PAGE_EMAIL,
                preferred_channel="email",
                context="demo",
                service=service,
                channel=Channel.WEB,
                subject=subject,
                body=body,
                address="Rantakatu 2" if service.requires_location else "",
                answers={field.code: example_answer(field) for field in fields},
                received_at=start - dt.timedelta(days=days_ago),
            )
        )
    resolved_notice_request(case=made[0], channel="email", now=start)
    return made
