"""The demo's customers: generated people, a few companies, the city's own units."""

import datetime as dt
import random

from django.db import transaction

from luukku.customers.models import Customer
from luukku.organisation.models import Absence, Department

from . import data
from .city import business_id_with_check, identity_code


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
        "identity_code": identity_code(rng) if rng.random() < 0.2 else "",
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
                "business_id": business_id_with_check(rng, business_id),
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
