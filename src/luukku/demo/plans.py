"""Customer plans of three key customers and their annual clock (docs/relationships.md),
relative to the load date: the city's education unit, the chess club and a builder. Each
has a quarterly follow-up (the last one held, with minutes) and a yearly review."""

import datetime as dt

from django.utils import timezone

from luukku.catalogue.models import Service
from luukku.customers.models import Customer
from luukku.relationships.models import CustomerPlan
from luukku.relationships.selectors import customer_meetings
from luukku.relationships.services import meeting_minutes_record, plan_save, series_add

from .city import HELSINKI

PLANS = [
    {
        "customer": {
            "kind": Customer.Kind.INTERNAL,
            "first_name": "Hanna",
            "last_name": "Virtanen",
            "organisation_name": "Sivistystoimi",
            "email": "hanna.virtanen@vuoksela.example",
            "phone": "+358 20 617 2101",
        },
        "handler": "aino",
        "goals": "Koulujen ja päiväkotien tilavaraukset ja avainasiat hoituvat yhden yhteyshenkilön"
        " kautta. Lukuvuoden alun ruuhka ennakoidaan elokuussa.",
        "levels": "Sisäisiin pyyntöihin vastataan kahden arkipäivän kuluessa.",
        "contacts": [("Hanna Virtanen", "Sivistysjohtaja", "+358 20 617 2101")],
        "services": ["early-education", "room-booking"],
    },
    {
        "customer": {
            "kind": Customer.Kind.ORGANISATION,
            "organisation_name": "Imatran Shakkikerho ry",
            "email": "pekka.laine@example.fi",
            "phone": "040 123 4501",
            "preferred_channel": Customer.ContactChannel.PHONE,
        },
        "handler": "aino",
        "goals": "Kerhon viikkovuorot ja kilpailutapahtumat sovitaan kaudeksi kerrallaan.",
        "levels": "Vuorohakemukset käsitellään hakukierroksella; avaimet kauden ajaksi.",
        "contacts": [("Pekka Laine", "Puheenjohtaja", "040 123 4501")],
        "services": ["keys", "room-booking"],
    },
    {
        "customer": {
            "kind": Customer.Kind.ORGANISATION,
            "organisation_name": "Vuoksen Rakennus Oy",
            "email": "info@vuoksen.example",
        },
        "handler": "sari",
        "goals": "Katulupa- ja kaivuilmoitukset käsitellään sujuvasti työmaiden aikataulussa.",
        "levels": "Kaivuilmoituksiin vastataan viiden arkipäivän kuluessa.",
        "contacts": [("Ville Korhonen", "Työmaapäällikkö", "050 555 0142")],
        "services": ["builder-package", "plot-reservation"],
    },
]


def _services(codes: list[str]) -> list[Service]:
    found = list(Service.objects.filter(code__in=codes).order_by("code"))
    return found or list(Service.objects.filter(is_published=True).order_by("code")[:1])


def _at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day.replace(day=min(day.day, 28)), dt.time(hour), tzinfo=HELSINKI)


def load_plans(staff: dict, *, today: dt.date) -> None:
    """The plans once; their meetings from a quarter back (the last follow-up held)."""
    if CustomerPlan.objects.exists():
        return
    supervisor = staff["liisa"]
    for index, spec in enumerate(PLANS):
        customer = Customer.objects.filter(
            kind=spec["customer"]["kind"],
            organisation_name=spec["customer"]["organisation_name"],
        ).first() or Customer.objects.create(**spec["customer"])
        plan_save(
            actor=supervisor,
            customer=customer,
            goals=spec["goals"],
            service_levels=spec["levels"],
            services=_services(spec["services"]),
            handler=staff[spec["handler"]],
            valid_from=today - dt.timedelta(days=120),
            review_on=today + dt.timedelta(days=200 + 20 * index),
            contacts=[
                {"name": name, "role": role, "phone": phone}
                for name, role, phone in spec["contacts"]
            ],
        )
        first = _at(today - dt.timedelta(days=80 - 9 * index), 10 + index)
        series_add(
            actor=supervisor,
            customer=customer,
            kind="follow_up",
            title="Seurantapalaveri",
            frequency="quarterly",
            first_at=first,
        )
        series_add(
            actor=supervisor,
            customer=customer,
            kind="review",
            title="Asiakassuunnitelman vuosikatsaus",
            frequency="yearly",
            first_at=_at(today + dt.timedelta(days=40 + 30 * index), 13),
        )
        held = customer_meetings(customer, first, first)[0]
        meeting_minutes_record(
            actor=staff[spec["handler"]],
            series=held.series,
            key=held.key,
            minutes="Käytiin läpi edellisen kauden palaute ja sovittiin seuraavat askeleet.",
            now=min(held.at + dt.timedelta(hours=2), timezone.now()),
        )
