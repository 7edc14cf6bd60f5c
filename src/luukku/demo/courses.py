"""The adult-education centre's autumn courses (Imatran seudun kansalaisopisto) and an
open lecture, relative to the demo's day: languages, crafts and exercise, their fees per
group, and the registrations made over the three weeks since registration opened — through
the registration services, at fixed moments, so the demo is the same city on every load.
One course is full with people on its waiting list; one is short of its minimum
participants before its decision date (docs/bookings.md, "Registrations")."""

import datetime as dt
from typing import NamedTuple

from django.db import transaction

from luukku.bookings.models import Course, CourseSession, Registration
from luukku.bookings.services.course_setup import weekly_sessions
from luukku.bookings.services.registration_changes import registration_cancel
from luukku.bookings.services.registrations import (
    Registrant,
    registration_start,
    registration_submit,
)
from luukku.commerce.models import Product
from luukku.commerce.services.invoices import Buyer, order_invoice

from .city import HELSINKI, add_translations, demo_start
from .sales import _product

PLACE = "Imatran seudun kansalaisopisto"
TERMS = (
    "Ilmoittautuminen on sitova. Kurssimaksu palautetaan, jos peruutat viimeistään "
    "viikkoa ennen kurssin alkua tai jos kurssi perutaan.",
    "Anmälan är bindande. Kursavgiften återbetalas om du avbokar senast en vecka före "
    "kursstarten eller om kursen ställs in.",
    "Registration is binding. The fee is refunded if you cancel at least a week before the "
    "course starts or if the course is cancelled.",
)

# code, names, descriptions, venue (fi, sv, en), teacher, weekday, start, minutes, sessions,
# days from the demo's day to the first week, places, waiting-list places, minimum, min age,
# fee (resident, discount) in cents or None, registrations, of whom at the counter, cancelled.
COURSES = (
    (
        "KO-101",
        ("Espanjan alkeet", "Spanska för nybörjare", "Spanish for beginners"),
        (
            "Arkielämän espanjaa aivan alusta: tervehdykset, ostokset ja matkailu.",
            "Vardagsspanska från början: hälsningar, inköp och resor.",
            "Everyday Spanish from the start: greetings, shopping and travel.",
        ),
        (
            "Luokka 12, Koskenparras 2",
            "Klassrum 12, Koskenparras 2",
            "Classroom 12, Koskenparras 2",
        ),
        "Elena Martínez",
        0,
        dt.time(18, 0),
        90,
        10,
        14,
        16,
        4,
        8,
        None,
        (7900, 5500),
        11,
        2,
        0,
    ),
    (
        "KO-102",
        ("Englannin keskustelukurssi", "Engelsk konversation", "English conversation"),
        (
            "Puhumista rennossa ryhmässä, kun perusteet ovat hallussa.",
            "Samtal i en avslappnad grupp för dig som kan grunderna.",
            "Speaking in a relaxed group once you know the basics.",
        ),
        (
            "Luokka 14, Koskenparras 2",
            "Klassrum 14, Koskenparras 2",
            "Classroom 14, Koskenparras 2",
        ),
        "Sarah Collins",
        1,
        dt.time(17, 30),
        90,
        10,
        15,
        12,
        5,
        6,
        None,
        (7900, 5500),
        15,
        1,
        0,
    ),
    (
        "KO-201",
        ("Posliininmaalaus", "Porslinsmålning", "Porcelain painting"),
        (
            "Maalaa omat kuppisi ja lautasesi; materiaalit maksetaan opettajalle.",
            "Måla dina egna koppar och tallrikar; materialet betalas till läraren.",
            "Paint your own cups and plates; materials are paid to the teacher.",
        ),
        (
            "Kädentaitoluokka, Vuoksenniskan koulu",
            "Hantverkssalen, Vuoksenniska skola",
            "Crafts room, Vuoksenniska school",
        ),
        "Riitta Kärkkäinen",
        2,
        dt.time(17, 0),
        180,
        6,
        16,
        10,
        3,
        6,
        None,
        (6500, 4500),
        3,
        0,
        0,
    ),
    (
        "KO-202",
        ("Puutyöt", "Träslöjd", "Woodwork"),
        (
            "Omat puutyöprojektit koulun hyvin varustetussa verstaassa.",
            "Egna träslöjdsprojekt i skolans välutrustade verkstad.",
            "Your own woodwork projects in the school's well-equipped workshop.",
        ),
        (
            "Puutyöluokka, Mansikkalan koulu",
            "Träslöjdssalen, Mansikkala skola",
            "Woodwork room, Mansikkala school",
        ),
        "Jari Hämäläinen",
        3,
        dt.time(18, 0),
        180,
        8,
        17,
        10,
        3,
        5,
        16,
        (8900, 6500),
        6,
        1,
        0,
    ),
    (
        "KO-301",
        ("Kuntojooga", "Hälsoyoga", "Fitness yoga"),
        (
            "Rauhallista joogaa liikkuvuuteen ja kehonhallintaan. Ota oma alusta.",
            "Lugn yoga för rörlighet och kroppskontroll. Ta med egen matta.",
            "Calm yoga for mobility and body control. Bring your own mat.",
        ),
        ("Liikuntasali, Kaupungintalo", "Gymnastiksalen, stadshuset", "Gym, City Hall"),
        "Mervi Laine",
        0,
        dt.time(19, 0),
        60,
        12,
        14,
        20,
        5,
        8,
        16,
        (6500, 4500),
        9,
        0,
        0,
    ),
    (
        "KO-302",
        ("Vesijumppa senioreille", "Vattengymnastik för seniorer", "Aqua aerobics for seniors"),
        (
            "Reipasta liikettä lämpimässä vedessä Imatran uimahallissa.",
            "Pigg rörelse i varmt vatten i Imatra simhall.",
            "Brisk exercise in warm water at Imatra swimming hall.",
        ),
        ("Imatran uimahalli", "Imatra simhall", "Imatra swimming hall"),
        "Mervi Laine",
        4,
        dt.time(10, 0),
        45,
        10,
        18,
        15,
        5,
        6,
        60,
        (5500, 4000),
        5,
        2,
        0,
    ),
    (
        "KO-E01",
        (
            "Avoin luento: Imatrankosken historia",
            "Öppen föreläsning: Imatraforsens historia",
            "Open lecture: the history of Imatrankoski",
        ),
        (
            "Kaupunginarkiston tutkija kertoo kosken ja voimalaitoksen vaiheista.",
            "En forskare vid stadsarkivet berättar om forsen och kraftverket.",
            "A researcher of the city archives on the rapids and the power plant.",
        ),
        (
            "Kaupungintalon valtuustosali",
            "Fullmäktigesalen, stadshuset",
            "Council chamber, City Hall",
        ),
        "",
        2,
        dt.time(18, 0),
        90,
        1,
        20,
        80,
        0,
        0,
        None,
        None,
        23,
        0,
        1,
    ),
)


class Row(NamedTuple):
    code: str
    names: tuple
    descriptions: tuple
    room: tuple
    teacher: str
    weekday: int
    start: dt.time
    minutes: int
    sessions: int
    days: int
    places: int
    waiting: int
    minimum: int
    min_age: int | None
    fee: tuple | None
    registrations: int
    at_counter: int
    cancelled: int


ROWS = tuple(Row(*row) for row in COURSES)

FIRST = (
    "Aino",
    "Eero",
    "Helmi",
    "Juho",
    "Kaisa",
    "Lauri",
    "Maria",
    "Niilo",
    "Oona",
    "Pekka",
    "Riikka",
    "Sanna",
    "Timo",
    "Ulla",
    "Veikko",
    "Anna",
    "Elias",
    "Iida",
    "Matti",
    "Leena",
)
LAST = ("Hämäläinen", "Karjalainen", "Laine", "Lehtonen", "Nieminen", "Pesonen", "Räsänen",
        "Salonen", "Tuominen", "Väisänen", "Kiiskinen", "Ahonen", "Sundström", "Holm")  # fmt: skip
STREETS = ("Koskenparras 4", "Tainionkoskentie 12", "Vuoksenniskantie 45", "Karjalantie 8")


def _first_day(today: dt.date, days: int, weekday: int) -> dt.date:
    day = today + dt.timedelta(days=days)
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def _course(row: Row, services, point, today: dt.date) -> Course:
    code, names, descriptions, room, teacher, weekday, start, minutes, sessions = row[:9]
    days, places, waiting, minimum, min_age, fee = row[9:15]
    first = _first_day(today, days, weekday)
    product = None
    if fee is not None:
        prices = {group: (fee[1], fee[1]) for group in ("senior", "student", "unemployed")}
        fields = {"kind": Product.Kind.FEE, "service": services["adult-education"]}
        fields |= {"cost_centre": "3110", "account": "3210", "active": True, "sort_order": 900}
        add_translations(
            fields,
            "name",
            [f"{n} – kurssimaksu" for n in names[:1]]
            + [f"{names[1]} – kursavgift", f"{names[2]} – course fee"],
        )
        product = _product(code, fields, "authority", {"resident": (fee[0], fee[0]), **prices})
    opens = demo_start(today) - dt.timedelta(days=21)
    fields = {
        "kind": Course.Kind.EVENT if sessions == 1 else Course.Kind.COURSE,
        "service": services["adult-education"],
        "service_point": point,
        "teacher_name": teacher,
        "product": product,
        "enrolment_opens": opens,
        "enrolment_closes": dt.datetime.combine(first - dt.timedelta(days=2), dt.time(0), HELSINKI),
        "capacity": places,
        "waiting_list_capacity": waiting,
        "min_age": min_age,
        "minimum_participants": minimum,
        "decision_date": first - dt.timedelta(days=7) if minimum else None,
        "free_cancellation_until": first - dt.timedelta(days=7) if fee else None,
        "published": True,
    }
    add_translations(fields, "name", names)
    add_translations(fields, "description", descriptions)
    add_translations(fields, "terms", TERMS if fee else ("", "", ""))
    add_translations(fields, "place", room)
    course, _ = Course.objects.update_or_create(code=code, defaults=fields)
    course.sessions.all().delete()
    # Weekly, a Finnish public holiday's week skipped (the course runs a week longer).
    laid_out = weekly_sessions(
        first=first, weekday=weekday, start=start, minutes=minutes, count=sessions
    )
    CourseSession.objects.bulk_create(
        CourseSession(course=course, starts_at=begins, ends_at=ends)
        for begins, ends in laid_out.sessions
    )
    return course


@transaction.atomic
def load_courses(services: dict, point, *, today: dt.date) -> list[Course]:
    """The autumn's courses (matched on their codes; their sessions laid out anew)."""
    return [_course(row, services, point, today) for row in ROWS]


def _registrant(n: int, course_index: int, *, counter: bool) -> Registrant:
    first, last = (
        FIRST[(n * 7 + course_index) % len(FIRST)],
        LAST[(n * 5 + course_index * 3) % len(LAST)],
    )
    language = "sv" if n % 9 == 4 else "en" if n % 13 == 6 else "fi"
    return Registrant(
        first_name=first,
        last_name=last,
        email=f"{first}.{last}.{course_index}{n}@example.fi".lower()
        .replace("ä", "a")
        .replace("ö", "o")
        .replace("å", "a"),
        phone=f"040 {5100000 + course_index * 1000 + n}",
        # Pensioners (the discount, the seniors' course) born in the 1940s and 50s.
        birth_year=1944 + (n * 7 + course_index) % 18
        if counter or ROWS[course_index].min_age
        else 1955 + (n * 11 + course_index * 7) % 45,
        group="senior" if counter else "resident",
        language=language,
        terms_accepted=True,
        proof_seen=counter,
    )


def _register(course, index, n, *, at, staff, number) -> Registration:
    counter = n < ROWS[index].at_counter
    channel = Registration.Channel.COUNTER if counter else Registration.Channel.ONLINE
    by = staff["aino"] if counter else None
    who = _registrant(n, index, counter=counter)
    registration = registration_start(
        course=course, channel=channel, by=by, language=who.language, now=at
    )
    registration = registration_submit(
        registration=registration, who=who, by=by, now=at, number=number
    )
    if registration.order_id and registration.status == Registration.Status.HELD:
        buyer = Buyer(
            name=registration.full_name,
            street=STREETS[n % len(STREETS)],
            postal_code="55100",
            town="Imatra",
            email=registration.email,
        )
        order_invoice(order=registration.order, buyer=buyer, due_days=14, by=by, now=at)
        registration.refresh_from_db()
    return registration


def load_course_registrations(courses: list[Course], staff: dict, *, today: dt.date) -> int:
    """The registrations since registration opened three weeks ago (for courses that have
    none yet): a full course's last ones on its waiting list, a cancellation or two."""
    count = 0
    opens = demo_start(today) - dt.timedelta(days=21)
    for index, course in enumerate(courses):
        if course.registrations.exists():
            continue
        row = ROWS[index]
        made = []
        for n in range(row.registrations):
            at = opens + dt.timedelta(hours=9 + 31 * n + 5 * index, minutes=7 * n % 60)
            year = at.astimezone(HELSINKI).year
            number = f"T-{year}-{950001 + index * 100 + n:06d}"
            made.append(_register(course, index, n, at=at, staff=staff, number=number))
            count += 1
        for registration in made[: row.cancelled]:
            registration_cancel(
                registration=registration,
                reason="Peruttu puhelimessa",
                by=staff["aino"],
                now=opens + dt.timedelta(days=20),
            )
    return count
