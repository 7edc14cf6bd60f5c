"""The demo city's organisations, service centre and staff."""

import datetime as dt
import random

from django.db import transaction

from luukku.organisation.models import (
    Department,
    ExceptionalOpeningHours,
    OpeningHours,
    Organisation,
    ServicePoint,
    Team,
    Unit,
    User,
)

from . import data
from .city import CITY_NAME_FIELDS, DEMO_PASSWORD, LANGS, add_translations, business_id_with_check

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


@transaction.atomic
def load_organisations(rng: random.Random, *, today: dt.date, years: int = 1) -> dict:
    """The city, the other providers, departments and units, and the service centre with its
    opening hours and closed days over the years of history and the coming year."""
    city, _ = Organisation.objects.update_or_create(
        is_own=True,
        defaults={
            "kind": Organisation.Kind.MUNICIPALITY,
            "business_id": business_id_with_check(rng, "0162193"),
            "website": "https://www.vuoksela.example",
            **dict(zip(CITY_NAME_FIELDS, data.CITY_NAMES, strict=True)),
        },
    )
    providers = {"city": city, **_load_providers(rng)}
    departments, units = _load_departments(city)
    point = _load_service_centre(city)
    _load_opening_hours(point, today=today, years=years)
    return {"providers": providers, "units": units, "departments": departments, "point": point}


def _load_providers(rng: random.Random) -> dict[str, Organisation]:
    """The state agencies and the NGO whose services the city's service centre serves too."""
    providers = {}
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
            business_id_with_check(rng, "1765432"),
            ("Vuoksen Setlementti ry", "Vuoksen Setlementti rf", "Vuoksi Settlement Association"),
            "https://setlementti.vuoksela.example",
        ),
    ]:
        fields = {"kind": kind, "website": site}
        add_translations(fields, "name", names)
        providers[key], _ = Organisation.objects.update_or_create(
            business_id=business_id, defaults=fields
        )
    return providers


def _load_departments(city: Organisation) -> tuple[dict[str, Department], dict[str, Unit]]:
    """The city's departments by code, and their units by Finnish name."""
    units = {}
    departments = {}
    for code, names, unit_names in data.DEPARTMENTS:
        fields = {"organisation": city}
        add_translations(fields, "name", names)
        department, _ = Department.objects.update_or_create(code=code, defaults=fields)
        departments[code] = department
        for unit_name in unit_names:
            fields = {}
            add_translations(fields, "name", unit_name)
            units[unit_name[0]], _ = Unit.objects.update_or_create(
                department=department, name=unit_name[0], defaults=fields
            )
    return departments, units


def _load_service_centre(city: Organisation) -> ServicePoint:
    """The city hall's service point: the service centre."""
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
    add_translations(
        point_fields,
        "name",
        (
            "Kaupungintalon asiakaspalvelupiste",
            "Stadshusets kundservicepunkt",
            "City hall service point",
        ),
    )
    add_translations(
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
    return point


def _load_opening_hours(point: ServicePoint, *, today: dt.date, years: int) -> None:
    """Weekday hours, and the days the centre is closed over the history and the coming year."""
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
            add_translations(fields, "reason", reason)
            ExceptionalOpeningHours.objects.update_or_create(
                service_point=point, date=dt.date(year, month, day), defaults=fields
            )


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
        add_translations(fields, "name", names)
        team, _ = Team.objects.update_or_create(
            name_fi=names[0], department=org["departments"][department], defaults=fields
        )
        team.members.set([staff[m] for m in members])
    return staff


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
