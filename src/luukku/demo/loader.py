"""Load the demo municipality. Idempotent: reference data is matched on natural keys and
updated; demo cases are generated once (their tokens carry the `demo-` prefix).

The same seed and date give the same city, whatever the time of day it is loaded: its history
runs up to the start of that day in Helsinki (`demo_start`), every choice comes from the seeded
generator, and the bookings and callbacks made while loading (through the same services as the
pages) take the same times from the day after tomorrow on. What differs between two loads is
only what must: the cases' secret links and references and the appointments' video rooms, which
are unguessable by design (`secrets`), and the moment at which the rows were written (the
metrics, counted as the last step, count the service levels as they stand at that moment).
"""

import datetime as dt
import math
import random
import secrets

from django.db import transaction
from django.utils import timezone
from stdnum.fi import hetu

from luukku.cases.models import (
    OPEN_STATUSES,
    Case,
    CaseEvent,
    Channel,
    Consultation,
    Priority,
    RoutingRule,
    Status,
)
from luukku.cases.search_documents import case_documents
from luukku.cases.services import reference_candidate, reply_due
from luukku.catalogue.models import (
    RequestField,
    RequestFieldOption,
    Service,
    ServiceChannel,
    ServiceMaterial,
    Topic,
)
from luukku.core.calendar import HELSINKI
from luukku.customers.models import Customer
from luukku.insights.services import rollups_refresh
from luukku.knowledge.models import Article, ReplyTemplate
from luukku.organisation.models import (
    Absence,
    Department,
    ExceptionalOpeningHours,
    OpeningHours,
    Organisation,
    ServicePoint,
    Team,
    Unit,
    User,
)
from luukku.organisation.selectors import service_centre
from luukku.search.models import SearchDocument
from luukku.search.services import search_index_new
from luukku.servicelevels.models import EscalationStep, Target
from luukku.servicelevels.selectors import business_hours
from luukku.servicelevels.services import case_service_level_refresh

from . import data
from .appointments import load_booking_setup, load_bookings
from .contacts import load_contact_history
from .events import load_event_variety
from .knowledge import ARTICLES, KEYWORDS, TEMPLATES
from .retention import load_retention_rules

LANGS = ("fi", "sv", "en")
CITY_NAME_FIELDS = tuple(f"name_{language}" for language in LANGS)
DEMO_PASSWORD = "luukku-demo"
DEMO_TOKEN_PREFIX = "demo-"

STAFF = [
    ("aino", "Aino", "Virtanen", User.Role.AGENT, "Palveluneuvoja", ["group-services"]),
    ("mikko", "Mikko", "Korhonen", User.Role.AGENT, "Palveluneuvoja", ["group-services"]),
    ("sari", "Sari", "Nieminen", User.Role.EXPERT, "Kunnossapitoinsinööri", ["city-development"]),
    (
        "juha",
        "Juha",
        "Mäkinen",
        User.Role.EXPERT,
        "Varhaiskasvatuksen palveluohjaaja",
        ["wellbeing"],
    ),
    (
        "liisa",
        "Liisa",
        "Heikkinen",
        User.Role.SUPERVISOR,
        "Asiakaspalvelupäällikkö",
        ["group-services"],
    ),
    (
        "tuula",
        "Tuula",
        "Laine",
        User.Role.SUPERVISOR,
        "Kunnossapitopäällikkö",
        ["city-development"],
    ),
    (
        "marja",
        "Marja",
        "Salo",
        User.Role.SUPERVISOR,
        "Varhaiskasvatuspäällikkö",
        ["wellbeing"],
    ),
    ("kalle", "Kalle", "Lehtonen", User.Role.EXPERT, "Kaupunginlakimies", ["group-services"]),
    ("admin", "Antero", "Pääkäyttäjä", User.Role.ADMINISTRATOR, "Järjestelmän pääkäyttäjä", []),
    # The data protection officer reads the access log, and no case by the role alone.
    ("paula", "Paula", "Rantanen", User.Role.DPO, "Tietosuojavastaava", ["group-services"]),
]


# The service centre is closed on these days every year (Christmas Eve is also a public
# holiday; the exception gives the reason on the citizens' pages).
CLOSED_DAYS = [
    ((12, 24), ("Jouluaatto", "Julafton", "Christmas Eve")),
    ((12, 31), ("Uudenvuodenaatto", "Nyårsafton", "New Year's Eve")),
]


def demo_start(today: dt.date) -> dt.datetime:
    """The moment the demo's history runs up to: the start of `today` in Helsinki, so that
    loading it at any time of the day gives the same city, with nothing in the future."""
    return dt.datetime.combine(today, dt.time(0), tzinfo=HELSINKI)


def _tr(model_fields: dict, name: str, values) -> None:
    for lang, value in zip(LANGS, values, strict=True):
        model_fields[f"{name}_{lang}"] = value


def _with_check(rng: random.Random, body: str) -> str:
    """A valid business ID (Y-tunnus) for the demo's own organisations."""
    weights = (7, 9, 10, 5, 8, 4, 2)
    remainder = sum(w * int(d) for w, d in zip(weights, body, strict=True)) % 11
    if remainder == 1:
        return _with_check(rng, f"{rng.randrange(1000000, 9999999)}")
    return f"{body}-{0 if remainder == 0 else 11 - remainder}"


def _identity_code(rng: random.Random) -> str:
    """A random, syntactically valid henkilötunnus for a fictitious person."""
    birth = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 60))
    century = "-" if birth.year < 2000 else "A"
    serial = rng.randrange(2, 900)
    digits = f"{birth:%d%m%y}{serial:03d}"
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(digits) % 31]
    code = f"{birth:%d%m%y}{century}{serial:03d}{check}"
    assert hetu.is_valid(code), code
    return code


@transaction.atomic
def load_organisations(rng: random.Random, *, today: dt.date, years: int = 1) -> dict:
    """The city, the other providers, departments and units, and the service centre with its
    opening hours and closed days over the years of history and the coming year."""
    city, _ = Organisation.objects.update_or_create(
        is_own=True,
        defaults={
            "kind": Organisation.Kind.MUNICIPALITY,
            "business_id": _with_check(rng, "0162193"),
            "website": "https://www.vuoksela.example",
            **dict(zip(CITY_NAME_FIELDS, data.CITY_NAMES, strict=True)),
        },
    )
    providers = {"city": city}
    for key, kind, business_id, names, site in [
        (
            "kela",
            Organisation.Kind.STATE,
            "0246246-0",
            ("Kela", "FPA", "Kela"),
            "https://www.kela.fi",
        ),
        (
            "tax",
            Organisation.Kind.STATE,
            "0245458-3",
            ("Verohallinto", "Skatteförvaltningen", "Finnish Tax Administration"),
            "https://www.vero.fi",
        ),
        (
            "ngo",
            Organisation.Kind.NGO,
            _with_check(rng, "1765432"),
            ("Vuoksen Setlementti ry", "Vuoksen Setlementti rf", "Vuoksi Settlement Association"),
            "https://setlementti.vuoksela.example",
        ),
    ]:
        fields = {"kind": kind, "website": site}
        _tr(fields, "name", names)
        providers[key], _ = Organisation.objects.update_or_create(
            business_id=business_id, defaults=fields
        )

    units = {}
    departments = {}
    for code, names, unit_names in data.DEPARTMENTS:
        fields = {"organisation": city}
        _tr(fields, "name", names)
        department, _ = Department.objects.update_or_create(code=code, defaults=fields)
        departments[code] = department
        for unit_name in unit_names:
            fields = {}
            _tr(fields, "name", unit_name)
            units[unit_name[0]], _ = Unit.objects.update_or_create(
                department=department, name=unit_name[0], defaults=fields
            )

    point_fields = {
        "organisation": city,
        "street_address": "Virastokatu 2",
        "postal_code": "55100",
        "post_office": "Vuoksela",
        "phone": "+358 20 617 4000",
        "email": "asiakaspalvelu@vuoksela.example",
        "latitude": "61.171900",
        "longitude": "28.764000",
    }
    _tr(
        point_fields,
        "name",
        (
            "Kaupungintalon asiakaspalvelupiste",
            "Stadshusets kundservicepunkt",
            "City hall service point",
        ),
    )
    _tr(
        point_fields,
        "accessibility",
        (
            "Esteetön sisäänkäynti pääovelta, induktiosilmukka palvelutiskillä.",
            "Tillgänglig ingång vid huvuddörren, hörslinga vid disken.",
            "Step-free entrance at the main door, hearing loop at the desk.",
        ),
    )
    point, _ = ServicePoint.objects.update_or_create(
        organisation=city,
        street_address="Virastokatu 2",
        defaults={**point_fields, "is_service_centre": True},
    )
    point.opening_hours.all().delete()
    for weekday in range(5):
        OpeningHours.objects.create(
            service_point=point,
            weekday=weekday,
            opens=dt.time(9),
            closes=dt.time(16 if weekday == 3 else 15),
        )
    first_year = (today - dt.timedelta(days=365 * years)).year
    for year in range(first_year, today.year + 2):
        for (month, day), reason in CLOSED_DAYS:
            fields = {"opens": None, "closes": None}
            _tr(fields, "reason", reason)
            ExceptionalOpeningHours.objects.update_or_create(
                service_point=point, date=dt.date(year, month, day), defaults=fields
            )
    return {"providers": providers, "units": units, "departments": departments, "point": point}


@transaction.atomic
def load_catalogue(org: dict) -> dict[str, Service]:
    topics = {}
    for order, (slug, names) in enumerate(data.TOPICS):
        fields = {"order": order}
        _tr(fields, "name", names)
        topics[slug], _ = Topic.objects.update_or_create(slug=slug, defaults=fields)
    services = {}
    for spec in data.SERVICES:
        fields = {
            "topic": topics[spec["topic"]],
            "provider": org["providers"][spec.get("provider", "city")],
            "responsible_unit": org["units"][spec["unit"]] if spec["unit"] else None,
            "handling_level": spec["handling"],
            "target_reply_days": spec["days"],
            "requires_location": spec.get("location", False),
            "allows_anonymous": spec.get("anonymous", False),
            "requests_public": spec.get("public", False),
            "sensitive": spec.get("sensitive", False),
            "internal": spec.get("internal", False),
            "accepts_requests": spec.get("accepts", True),
            "charge_type": spec.get("charge", "free"),
        }
        for name in ("name", "summary", "description", "keywords"):
            _tr(fields, name, spec[name])
        if "charge_description" in spec:
            _tr(fields, "charge_description", spec["charge_description"])
        _tr(fields, "responsibilities", data.RESPONSIBILITIES)
        service, _ = Service.objects.update_or_create(code=spec["code"], defaults=fields)
        services[spec["code"]] = service
        service.channels.all().delete()
        kinds = [
            ServiceChannel.Kind.SERVICE_LOCATION,
            ServiceChannel.Kind.PHONE,
            ServiceChannel.Kind.EMAIL,
        ]
        if service.accepts_requests:
            kinds.insert(0, ServiceChannel.Kind.WEB_FORM)
        for kind in kinds:
            ServiceChannel.objects.create(
                service=service,
                kind=kind,
                service_point=org["point"]
                if kind == ServiceChannel.Kind.SERVICE_LOCATION
                else None,
                phone="+358 20 617 4000" if kind == ServiceChannel.Kind.PHONE else "",
                email="asiakaspalvelu@vuoksela.example"
                if kind == ServiceChannel.Kind.EMAIL
                else "",
            )
        if spec.get("charge") == "charged" and not service.materials.exists():
            material = {
                "kind": ServiceMaterial.Kind.MATERIAL,
                "url": f"https://www.vuoksela.example/hinnasto/{spec['code']}",
            }
            _tr(material, "title", ("Hinnasto", "Prislista", "Price list"))
            ServiceMaterial.objects.create(service=service, **material)
        for order, (code, datatype, required, labels, options) in enumerate(spec["fields"]):
            fields = {"datatype": datatype, "required": required, "order": order}
            _tr(fields, "label", labels)
            field, _ = RequestField.objects.update_or_create(
                service=service, code=code, defaults=fields
            )
            for option_order, (key, option_labels) in enumerate(options):
                option_fields = {"order": option_order}
                _tr(option_fields, "label", option_labels)
                RequestFieldOption.objects.update_or_create(
                    field=field, key=key, defaults=option_fields
                )
    return services


@transaction.atomic
def load_staff(org: dict) -> dict[str, User]:
    staff = {}
    for username, first, last, role, title, departments in STAFF:
        user, created = User.objects.get_or_create(username=username)
        user.first_name, user.last_name, user.role = first, last, role
        for language, value in zip(LANGS, data.JOB_TITLES[title], strict=True):
            setattr(user, f"title_{language}", value)
        user.email = f"{username}@vuoksela.example"
        user.is_staff = role == User.Role.ADMINISTRATOR
        user.is_superuser = role == User.Role.ADMINISTRATOR
        if created:
            user.set_password(DEMO_PASSWORD)
        user.save()
        user.departments.set([org["departments"][code] for code in departments])
        staff[username] = user
    for names, department, members in data.TEAMS:
        fields = {}
        _tr(fields, "name", names)
        team, _ = Team.objects.update_or_create(
            name_fi=names[0], department=org["departments"][department], defaults=fields
        )
        team.members.set([staff[m] for m in members])
    return staff


def _person(rng: random.Random, index: int) -> dict:
    roll = rng.random()
    if roll < 0.06:
        language, first, last = (
            "sv",
            rng.choice(data.FIRST_NAMES_SV),
            rng.choice(data.LAST_NAMES_SV),
        )
    elif roll < 0.09:
        language, first, last = (
            "en",
            rng.choice(data.FIRST_NAMES_EN),
            rng.choice(data.LAST_NAMES_EN),
        )
    else:
        language, first, last = (
            "fi",
            rng.choice(data.FIRST_NAMES_FI),
            rng.choice(data.LAST_NAMES_FI),
        )
    ascii_name = f"{first}.{last}".lower().translate(str.maketrans("äöå", "aoa"))
    has_email = rng.random() < 0.85
    return {
        "kind": Customer.Kind.PERSON,
        "first_name": first,
        "last_name": last,
        "email": f"{ascii_name}{index}@example.fi" if has_email else "",
        "phone": f"+35840{rng.randrange(1000000, 9999999)}"
        if (not has_email or rng.random() < 0.5)
        else "",
        "identity_code": _identity_code(rng) if rng.random() < 0.2 else "",
        "street_address": f"{rng.choice(data.STREETS)} {rng.randrange(1, 60)}",
        "postal_code": "55100",
        "post_office": "Vuoksela",
        "preferred_language": language,
        "preferred_channel": Customer.ContactChannel.EMAIL
        if has_email
        else Customer.ContactChannel.PHONE,
    }


@transaction.atomic
def load_customers(rng: random.Random, count: int) -> list[Customer]:
    """Generated people, once: they come together with the demo cases (see `load_demo`)."""
    people = [_person(rng, index) for index in range(count)]
    codes = set(Customer.objects.exclude(identity_code="").values_list("identity_code", flat=True))
    for person in people:
        if person["identity_code"] in codes:
            person["identity_code"] = ""
        codes.add(person["identity_code"])
    Customer.objects.bulk_create([Customer(**person) for person in people])
    for name, business_id in [
        ("Vuoksen Rakennus Oy", "2345678"),
        ("Kauppakadun Kukka Ky", "2876543"),
    ]:
        Customer.objects.get_or_create(
            kind=Customer.Kind.ORGANISATION,
            organisation_name=name,
            defaults={
                "business_id": _with_check(rng, business_id),
                "email": f"info@{name.split()[0].lower()}.example",
            },
        )
    departments = list(Department.objects.order_by("code"))
    Customer.objects.bulk_create(
        [
            Customer(
                kind=Customer.Kind.INTERNAL,
                first_name=first,
                last_name=last,
                organisation_name=title,
                internal_department=departments[index % len(departments)],
                email=f"{first}.{last}@vuoksela.example".lower().translate(
                    str.maketrans("äöå", "aoa")
                ),
                preferred_channel=Customer.ContactChannel.EMAIL,
            )
            for index, (first, last, title) in enumerate(data.INTERNAL_CUSTOMERS)
        ]
    )
    return list(Customer.objects.filter(kind=Customer.Kind.PERSON).order_by("pk"))


CHANNEL_MIX = [
    (Channel.WEB, 34),
    (Channel.EMAIL, 30),
    (Channel.PHONE, 20),
    (Channel.COUNTER, 13),
    (Channel.CHAT, 3),
]


def _status_for(rng: random.Random, age_days: float) -> str:
    if age_days > 45:
        return rng.choices([Status.CLOSED, Status.RESOLVED], [85, 15])[0]
    if age_days > 10:
        return rng.choices(
            [
                Status.CLOSED,
                Status.RESOLVED,
                Status.OPEN,
                Status.WAITING_CUSTOMER,
                Status.WAITING_EXPERT,
            ],
            [40, 35, 10, 8, 7],
        )[0]
    return rng.choices(
        [Status.NEW, Status.OPEN, Status.WAITING_EXPERT, Status.WAITING_CUSTOMER, Status.RESOLVED],
        [30, 25, 15, 10, 20],
    )[0]


CHUNK = 5000


def load_cases(
    rng: random.Random,
    services: dict,
    customers: list,
    staff: dict,
    count: int,
    *,
    today: dt.date,
    years: int = 1,
    agents: list[User] | None = None,
    progress=None,
) -> int:
    """Generate `count` cases over the `years` before `today` with bulk inserts, a chunk at a
    time, each with its timeline and its search document; `progress(done)` after each chunk."""
    context = {
        "today": today,
        "now": demo_start(today),
        "requestable": [s for s in data.SERVICES if s.get("accepts", True) and s["examples"]],
        "agents": agents or [staff["aino"], staff["mikko"]],
        "experts": {"city-development": staff["sari"], "wellbeing": staff["juha"]},
        "used": set(Case.objects.values_list("reference", flat=True)),
        "internal": list(Customer.objects.filter(kind=Customer.Kind.INTERNAL).order_by("pk")),
        "point": service_centre(),
        "days": 365 * years,
    }
    context["weights"] = [s["weight"] for s in context["requestable"]]
    context["channels"], context["channel_weights"] = zip(*CHANNEL_MIX, strict=True)
    done = 0
    while done < count:
        plans = [
            _case_plan(rng, context, services, customers) for _ in range(min(CHUNK, count - done))
        ]
        _cases_insert(rng, plans)
        done += len(plans)
        if progress:
            progress(done)
    return done


def _case_plan(rng: random.Random, context: dict, services: dict, customers: list) -> dict:
    spec = rng.choices(context["requestable"], context["weights"])[0]
    service = services[spec["code"]]
    # More contacts on weekdays and lately (the city grows) — years that look lived. Worked
    # out on the calendar in Helsinki, drawing the same numbers whatever the date, so that
    # another date moves the same history in time (weekends aside). A year of history is all
    # within the dashboard's "last 12 months" (today and the 364 days before), weekends too.
    age = rng.random() ** 1.15 * (context["days"] - 3)
    day = context["today"] - dt.timedelta(days=math.floor(age) + 1)
    if rng.random() < 0.7 and day.weekday() >= 5:
        day -= dt.timedelta(days=2)
    hour = rng.choices(range(7, 21), [2, 8, 10, 10, 9, 8, 9, 8, 6, 4, 3, 3, 2, 1])[0]
    created = dt.datetime.combine(day, dt.time(hour, rng.randrange(60)), tzinfo=HELSINKI)
    if spec["code"] == "keys":
        customer = rng.choice(context["internal"])
    elif rng.random() > 0.05 or not service.allows_anonymous:
        customer = rng.choice(customers)
    else:
        customer = None
    language = customer.preferred_language if customer else "fi"
    examples = [e for e in spec["examples"] if e[0] == language] or [
        e for e in spec["examples"] if e[0] == "fi"
    ]
    _lang, subject, body = rng.choice(examples)
    channel = rng.choices(context["channels"], context["channel_weights"])[0]
    if customer is None and channel in (Channel.PHONE, Channel.COUNTER):
        channel = Channel.WEB
    status = _status_for(rng, age)
    used = context["used"]
    reference = reference_candidate(year=created.year)
    while reference in used:
        reference = reference_candidate(year=created.year)
    used.add(reference)
    department = service.department
    expert = context["experts"].get(department.code) if department else None
    assignee = None
    if status != Status.NEW:
        assignee = (
            expert
            if (service.handling_level == "expert" and expert)
            else rng.choice(context["agents"])
        )
    return {
        "case": Case(
            reference=reference,
            token=DEMO_TOKEN_PREFIX + secrets.token_urlsafe(32),
            service=service,
            department=department,
            customer=customer,
            channel=channel,
            contact_email=customer.email if customer else "",
            contact_phone=customer.phone if customer else "",
            request_form=channel in (Channel.WEB, Channel.OPEN311),
            subject=subject,
            status=status,
            priority=rng.choices(list(Priority), [5, 80, 12, 3])[0],
            assignee=assignee,
            sensitive=service.sensitive,
            address=f"{rng.choice(data.STREETS)} {rng.randrange(1, 60)}"
            if service.requires_location
            else "",
            answers={},
            language=language,
            created_at=created,
            updated_at=created,
            due_at=reply_due(service=service, received_at=created),
            service_point=context["point"] if channel == Channel.COUNTER else None,
            first_contact_resolution=channel in (Channel.PHONE, Channel.COUNTER)
            and status in (Status.RESOLVED, Status.CLOSED)
            and rng.random() < 0.8,
        ),
        "body": body,
        "language": language,
        "agent": assignee,
        "now": context["now"],
    }


@transaction.atomic
def _cases_insert(rng: random.Random, plans: list[dict]) -> None:
    """One chunk: the cases (their timelines worked out first, so that each case is written
    once, already knowing when it was last updated), the events, the search documents."""
    timelines = []
    for plan in plans:
        events = _timeline(rng, plan["case"], plan)
        plan["case"].updated_at = events[-1].at
        timelines.append(events)
    cases = Case.objects.bulk_create([plan["case"] for plan in plans], batch_size=1000)
    CaseEvent.objects.bulk_create([e for events in timelines for e in events], batch_size=2000)
    messages = (CaseEvent.Kind.MESSAGE_IN, CaseEvent.Kind.MESSAGE_OUT)
    search_index_new(
        kind=SearchDocument.Kind.CASE,
        documents=[
            (case.pk, case_documents(case, [e.body for e in events if e.kind in messages]))
            for case, events in zip(cases, timelines, strict=True)
        ],
    )


def _timeline(rng: random.Random, case: Case, plan: dict) -> list[CaseEvent]:
    at = case.created_at
    from_customer = case.channel in (Channel.WEB, Channel.EMAIL, Channel.CHAT)
    events = [
        CaseEvent(
            case=case,
            kind=CaseEvent.Kind.CREATED,
            at=at,
            public=True,
            data={"channel": case.channel},
        ),
        CaseEvent(
            case=case,
            kind=CaseEvent.Kind.MESSAGE_IN if from_customer else CaseEvent.Kind.NOTE,
            at=at,
            public=from_customer,
            body=plan["body"],
            author=None if from_customer else plan["agent"],
        ),
    ]
    if case.status == Status.NEW:
        return events
    agent = plan["agent"]
    # A recent case's history is squeezed into the time it has had: nothing in the future.
    now = plan["now"]
    at = min(at + dt.timedelta(minutes=rng.randrange(5, 60 * 24)), now)
    events.append(
        CaseEvent(
            case=case,
            kind=CaseEvent.Kind.ASSIGNMENT,
            at=at,
            author=agent,
            data={
                "from": {"assignee": None, "team": None},
                "to": {"assignee": agent.pk, "team": None},
                "assignee_name": str(agent),
            },
        )
    )
    previous = Status.NEW
    path = {
        Status.OPEN: [Status.OPEN],
        Status.WAITING_EXPERT: [Status.OPEN, Status.WAITING_EXPERT],
        Status.WAITING_CUSTOMER: [Status.OPEN, Status.WAITING_CUSTOMER],
        Status.RESOLVED: [Status.RESOLVED],
        Status.CLOSED: [Status.RESOLVED, Status.CLOSED],
    }[case.status]
    for step in path:
        at = min(at + dt.timedelta(hours=rng.randrange(1, 72)), now)
        if step in (Status.RESOLVED, Status.WAITING_CUSTOMER) and from_customer:
            events.append(
                CaseEvent(
                    case=case,
                    kind=CaseEvent.Kind.MESSAGE_OUT,
                    at=at,
                    public=True,
                    author=agent,
                    body=rng.choice(data.REPLIES[plan["language"]]),
                )
            )
        events.append(
            CaseEvent(
                case=case,
                kind=CaseEvent.Kind.STATUS,
                at=at,
                public=True,
                author=agent,
                data={"from": previous, "to": step},
            )
        )
        if step == Status.RESOLVED:
            case.resolved_at = at
        previous = step
    return events


def load_mailboxes(services: dict) -> None:
    from luukku.channels.models import Mailbox

    Mailbox.objects.update_or_create(
        address="asiakaspalvelu@vuoksela.example",
        defaults={"name": "Asiakaspalvelu", "default_service": services["feedback"]},
    )
    Mailbox.objects.update_or_create(
        address="kunnossapito@vuoksela.example",
        defaults={"name": "Kunnossapito", "default_service": services["street-maintenance"]},
    )


def load_knowledge(services: dict, staff: dict) -> None:
    """The phrase folder: reply templates in three languages and a few articles."""
    for key, (service_code, versions) in TEMPLATES.items():
        for language, (title, body) in versions.items():
            ReplyTemplate.objects.update_or_create(
                key=key,
                language=language,
                defaults={
                    "title": title,
                    "body": body,
                    "keywords": KEYWORDS.get(key, {}).get(language, ""),
                    "service": services[service_code],
                },
            )
    for service_code, visibility, owner, versions in ARTICLES:
        fields = {}
        for language, (title, body) in versions.items():
            fields[f"title_{language}"] = title
            fields[f"body_{language}"] = body
        Article.objects.update_or_create(
            title_fi=versions["fi"][0],
            defaults={
                **fields,
                "service": services[service_code],
                "visibility": visibility,
                "owner": staff[owner],
            },
        )


# (department, [(step title, username, business hours)])
LADDERS = [
    (
        "city-development",
        [
            ("Tiimiesimies", "liisa", 4),
            ("Kunnossapitopäällikkö", "tuula", 8),
            ("Kaupunginlakimies", "kalle", 16),
        ],
    ),
    (
        "wellbeing",
        [
            ("Tiimiesimies", "liisa", 4),
            ("Varhaiskasvatuspäällikkö", "marja", 8),
            ("Kaupunginlakimies", "kalle", 16),
        ],
    ),
    ("group-services", [("Tiimiesimies", "liisa", 4), ("Kaupunginlakimies", "kalle", 16)]),
]
# (service code or None, priority or None, first response h, resolution h)
TARGETS = [
    (None, None, 8, 40),
    (None, Priority.HIGH, 4, 16),
    (None, Priority.URGENT, 1, 8),
    ("street-lighting", None, 4, 24),
    ("street-maintenance", None, 4, 24),
    ("early-education", None, 8, 56),
]


@transaction.atomic
def load_service_levels(org: dict, services: dict, staff: dict) -> None:
    """Targets, escalation ladders and the rules of the game (routing to Kela and Vero)."""
    for code, priority, first, resolution in TARGETS:
        Target.objects.update_or_create(
            service=services[code] if code else None,
            priority=priority,
            defaults={"first_response_hours": first, "resolution_hours": resolution},
        )
    for department_code, steps in LADDERS:
        department = org["departments"][department_code]
        for position, (title, username, hours) in enumerate(steps, start=1):
            EscalationStep.objects.update_or_create(
                department=department,
                position=position,
                defaults={"title": title, "person": staff[username], "response_hours": hours},
            )
    for name, provider, words, messages in data.ROUTING_RULES:
        fields = {"keywords": words, "organisation": org["providers"][provider]}
        _tr(fields, "message", messages)
        RoutingRule.objects.update_or_create(name=name, defaults=fields)


def load_named_handlers(staff: dict, *, today: dt.date) -> None:
    """Organisations and the city's own units have a named handler and a substitute; the
    handler of the units is on holiday next week."""
    pairs = {
        Customer.Kind.ORGANISATION: (staff["sari"], staff["aino"]),
        Customer.Kind.INTERNAL: (staff["aino"], staff["mikko"]),
    }
    for kind, (handler, substitute) in pairs.items():
        Customer.objects.filter(kind=kind).update(handler=handler, substitute=substitute)
    monday = today + dt.timedelta(days=7 - today.weekday())
    Absence.objects.get_or_create(
        user=staff["aino"],
        starts_on=monday,
        ends_on=monday + dt.timedelta(days=4),
        defaults={"reason": "Vuosiloma"},
    )


def load_consultations(rng: random.Random, staff: dict) -> None:
    """Cases waiting for an expert have the question that was asked; a few are answered."""
    experts = {"city-development": staff["sari"], "wellbeing": staff["juha"]}
    waiting = (
        Case.objects.filter(
            token__startswith=DEMO_TOKEN_PREFIX,
            status=Status.WAITING_EXPERT,
            department__code__in=list(experts),
        )
        .select_related("department")
        .order_by("pk")
    )
    hours = business_hours()
    consultations, events = [], []
    for case in waiting:
        asked_at = case.updated_at
        asker = case.assignee if case.assignee and case.assignee.is_front_line else staff["aino"]
        consultations.append(
            Consultation(
                case=case,
                asked_by=asker,
                expert=experts[case.department.code],
                question=rng.choice(data.CONSULTATION_QUESTIONS),
                asked_at=asked_at,
                due_at=hours.add(asked_at, dt.timedelta(hours=16)),
            )
        )
    Consultation.objects.bulk_create(consultations)
    for consultation in consultations:
        events.append(
            CaseEvent(
                case=consultation.case,
                kind=CaseEvent.Kind.CONSULTATION,
                at=consultation.asked_at,
                author=consultation.asked_by,
                body=consultation.question,
                data={"consultation": consultation.pk, "expert": str(consultation.expert)},
            )
        )
    CaseEvent.objects.bulk_create(events)


def service_levels_store(*, now: dt.datetime) -> None:
    """The history's open cases get their due times and states as they stand at `now` (history
    has no alerts; the worker's periodic round records them from then on)."""
    hours = business_hours()
    history = Case.objects.filter(token__startswith=DEMO_TOKEN_PREFIX, status__in=OPEN_STATUSES)
    for case in history.order_by("pk"):
        case_service_level_refresh(case=case, hours=hours, now=now, record=False)


def load_more_agents(rng: random.Random, org: dict, count: int) -> list[User]:
    """Front-line agents beyond the named demo staff, for a city-sized data set; they share the
    demo password and the service point's team."""
    existing = {u.username: u for u in User.objects.filter(username__startswith="neuvoja-")}
    team = Team.objects.get(name_fi="Asiakaspalvelupiste")
    agents = []
    for index in range(1, count + 1):
        username = f"neuvoja-{index}"
        user = existing.get(username)
        if user is None:
            user = User(
                username=username,
                first_name=rng.choice(data.FIRST_NAMES_FI),
                last_name=rng.choice(data.LAST_NAMES_FI),
                role=User.Role.AGENT,
                **{
                    f"title_{language}": value
                    for language, value in zip(
                        LANGS, data.JOB_TITLES["Palveluneuvoja"], strict=True
                    )
                },
                email=f"{username}@vuoksela.example",
            )
            user.set_password(DEMO_PASSWORD)
            user.save()
            user.departments.set([org["departments"]["group-services"]])
            team.members.add(user)
        agents.append(user)
    return agents


def load_demo(
    *,
    cases: int = 3000,
    customers: int = 600,
    seed: int = 2026,
    today: dt.date | None = None,
    years: int = 1,
    more_agents: int = 0,
    progress=None,
) -> dict:
    """The demo city as it stands at the start of `today` (by default today in Helsinki, read
    once), the same for the same `seed` and day; with larger `cases`, `customers`, `years` and
    `more_agents` the same city at another scale (bench/generate.py). `progress(step, done)`
    reports long steps."""
    today = today or timezone.localdate()
    rng = random.Random(seed)
    org = load_organisations(rng, today=today, years=years)
    services = load_catalogue(org)
    load_retention_rules(services)
    load_mailboxes(services)
    staff = load_staff(org)
    load_knowledge(services, staff)
    load_service_levels(org, services, staff)
    load_booking_setup(services, staff, org["point"])
    if Case.objects.filter(token__startswith=DEMO_TOKEN_PREFIX).exists():
        return {
            "today": today,
            "services": len(services),
            "staff": len(staff),
            "customers": 0,
            "cases_created": 0,
        }
    people = load_customers(rng, customers)
    load_named_handlers(staff, today=today)
    agents = [staff["aino"], staff["mikko"], *load_more_agents(rng, org, more_agents)]
    created = load_cases(
        rng,
        services,
        people,
        staff,
        cases,
        today=today,
        years=years,
        agents=agents,
        progress=(lambda done: progress("cases", done)) if progress else None,
    )
    load_consultations(rng, staff)
    load_bookings(rng, staff, today=today)
    service_levels_store(now=demo_start(today))
    load_event_variety(staff, start=demo_start(today))
    load_contact_history(random.Random(seed), today=today)
    if progress:
        progress("rollups", 0)
    rollups_refresh(full=True)
    return {
        "today": today,
        "services": len(services),
        "staff": len(staff) + more_agents,
        "customers": len(people),
        "cases_created": created,
    }
