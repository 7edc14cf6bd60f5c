"""The demo city's bookable services, experts' bookable time and phone hours, and a few
appointments and callbacks booked through the same services the pages use."""

import datetime as dt
import random

from django.db import transaction

from luukku.appointments.models import (
    AvailabilityRule,
    BookableService,
    Callback,
    MeetingType,
    PhoneHours,
)
from luukku.appointments.selectors import callback_windows, free_slots
from luukku.appointments.services import (
    SlotTaken,
    appointment_book_for_customer,
    callback_create,
)
from luukku.cases.models import Channel
from luukku.catalogue.models import Service
from luukku.core.calendar import HELSINKI
from luukku.customers.models import Customer
from luukku.organisation.models import User

LANGS = ("fi", "sv", "en")

# service code: (minutes, buffer, horizon days, notice hours, instructions fi/sv/en)
BOOKABLE = {
    "early-education": (
        45,
        15,
        60,
        24,
        (
            "Palveluohjaaja kertoo hoitopaikkavaihtoehdoista ja auttaa hakemuksen kanssa. "
            "Ota mukaan lapsen tiedot ja toivottu aloituspäivä.",
            "Servicehandledaren berättar om alternativen och hjälper med ansökan. "
            "Ta med barnets uppgifter och önskat startdatum.",
            "The service counsellor explains the options and helps with the application. "
            "Bring your child's details and the start date you would like.",
        ),
    ),
    "plot-reservation": (
        30,
        10,
        90,
        48,
        (
            "Tonttiasiantuntija käy kanssasi läpi vapaat tontit ja varausehdot. "
            "Kerro kuvauksessa, mitä aluetta tonttisi koskee.",
            "Tomtexperten går igenom lediga tomter och villkoren med dig. "
            "Berätta i beskrivningen vilket område det gäller.",
            "The plot expert goes through the free plots and the terms with you. "
            "Say in the description which area you are interested in.",
        ),
    ),
    "digital-support": (
        30,
        0,
        30,
        4,
        (
            "Digituki auttaa sähköisten palvelujen käytössä. Ota mukaan oma laite, "
            "jos sinulla on, ja verkkopankkitunnukset.",
            "Digistödet hjälper dig med e-tjänster. Ta med din egen apparat om du har en, "
            "och dina nätbankskoder.",
            "Digital support helps you use e-services. Bring your own device if you have one, "
            "and your online banking credentials.",
        ),
    ),
}

# (username, services, meeting type, weekdays, from, until)
RULES = [
    ("juha", ["early-education"], MeetingType.SERVICE_POINT, (0, 2), 9, 12),
    ("juha", ["early-education"], MeetingType.PHONE, (1,), 13, 15),
    ("juha", ["early-education"], MeetingType.VIDEO, (3,), 9, 11),
    ("sari", ["plot-reservation"], MeetingType.SERVICE_POINT, (1, 3), 13, 15),
    ("sari", ["plot-reservation"], MeetingType.VIDEO, (4,), 9, 11),
    ("aino", ["digital-support"], MeetingType.SERVICE_POINT, (0, 2, 4), 12, 15),
    ("mikko", ["digital-support"], MeetingType.SERVICE_POINT, (1, 3), 9, 12),
]

# Vantaa's model: the experts answer the phone at set hours and work uninterrupted otherwise.
PHONE_HOURS = [
    (
        "sari",
        ["street-maintenance", "street-lighting", "parks", "plot-reservation"],
        (0, 1, 2, 3),
        9,
        10,
        "+358 20 617 4100",
    ),
    ("juha", ["early-education"], (1, 3), 12, 13, "+358 20 617 4200"),
    ("kalle", ["feedback"], (2,), 14, 15, "+358 20 617 4300"),
]


@transaction.atomic
def load_booking_setup(services: dict[str, Service], staff: dict[str, User], point) -> None:
    """Bookable services, bookable time and phone hours: the same every time it is loaded."""
    for code, (minutes, buffer, horizon, notice, instructions) in BOOKABLE.items():
        fields = {
            "duration_minutes": minutes,
            "buffer_minutes": buffer,
            "horizon_days": horizon,
            "notice_hours": notice,
            "is_active": True,
        }
        for lang, text in zip(LANGS, instructions, strict=True):
            fields[f"instructions_{lang}"] = text
        fields["instructions"] = instructions[0]
        BookableService.objects.update_or_create(service=services[code], defaults=fields)
    people = [staff[username] for username in {rule[0] for rule in RULES}]
    AvailabilityRule.objects.filter(staff__in=people).delete()
    for username, codes, meeting_type, weekdays, starts, ends in RULES:
        for weekday in weekdays:
            rule = AvailabilityRule.objects.create(
                staff=staff[username],
                meeting_type=meeting_type,
                service_point=point if meeting_type == MeetingType.SERVICE_POINT else None,
                weekday=weekday,
                starts=dt.time(starts),
                ends=dt.time(ends),
            )
            rule.services.set([services[code] for code in codes])
    PhoneHours.objects.filter(staff__in=[staff[row[0]] for row in PHONE_HOURS]).delete()
    for username, codes, weekdays, starts, ends, phone in PHONE_HOURS:
        for weekday in weekdays:
            hours = PhoneHours.objects.create(
                staff=staff[username],
                weekday=weekday,
                starts=dt.time(starts),
                ends=dt.time(ends),
                phone=phone,
            )
            hours.services.set([services[code] for code in codes])


NOTES = [
    "Asiakas haluaa neuvoa varhaiskasvatushakemukseen.",
    "Tonttivaraus: asiakas kysyy Kalliorinteen tonteista.",
    "Apua Omakannan ja verkkopankin käyttöön.",
]


def load_bookings(rng: random.Random, staff: dict[str, User], *, today: dt.date) -> int:
    """A handful of upcoming appointments and waiting callbacks, booked by the front line
    while the demo is loaded on `today`.

    The times are those a citizen could have booked at the start of the day, from the day
    after tomorrow on, and the callback windows are from tomorrow on: the same whenever the
    demo is loaded that day, never in the past, and each appointment's reminder still to come.
    """
    people = Customer.objects.filter(kind=Customer.Kind.PERSON).exclude(email="")
    customers = list(people.order_by("pk")[:40])
    if not customers:
        return 0
    booked = 0
    start_of_day = dt.datetime.combine(today, dt.time(0), tzinfo=HELSINKI)
    for code, note in zip(BOOKABLE, NOTES, strict=True):
        service = Service.objects.get(code=code)
        slots = free_slots(
            service=service, start=today + dt.timedelta(days=2), days=10, now=start_of_day
        )
        for slot in rng.sample(slots, min(4, len(slots))):
            try:
                appointment_book_for_customer(
                    actor=staff["aino"],
                    service=service,
                    starts_at=slot.starts_at,
                    meeting_type=slot.meeting_type,
                    service_point_id=slot.service_point_id,
                    customer=rng.choice(customers),
                    channel=rng.choice([Channel.COUNTER, Channel.PHONE]),
                    note=note,
                )
            except SlotTaken:
                continue
            booked += 1
    service = Service.objects.get(code="street-maintenance")
    windows = [
        window
        for window in callback_windows(service=service, days=4, now=start_of_day)
        if window.starts_at.astimezone(HELSINKI).date() > today
    ]
    callers = [c for c in customers if c.phone][:3]
    for window, customer in zip(windows, callers, strict=False):
        from luukku.channels.services import contact_log

        case = contact_log(
            actor=staff["mikko"],
            channel=Channel.PHONE,
            service=service,
            note="Asiakas kysyy aurausvuorosta; pyysi asiantuntijan soittoa.",
            customer=customer,
        )
        callback_create(
            actor=staff["mikko"],
            case=case,
            window_start=window.starts_at,
            window_end=window.ends_at,
            assignee=staff["sari"] if window.staff_id else None,
        )
    return booked + Callback.objects.count()
