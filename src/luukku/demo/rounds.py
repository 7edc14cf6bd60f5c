"""The demo's seasonal application rounds: the sports centre's regular turns for the spring
season (relative to the load day), its application period ended yesterday, with four
applications from Imatra's associations and a residents' group wishing overlapping turns in
the hall and its halves, and the hall's floor care blocked on one Tuesday of the season
(a date clash the allocation leaves out). Staff allocate and send the results. The next
season's round is open for applications on the load day (a citizen can apply), with one
application in it."""

import datetime as dt

from luukku.bookings.models import ApplicationRound, Unit
from luukku.bookings.services.reservations import reservation_block
from luukku.bookings.services.rounds import application_submit, round_cases_resume

from .city import add_translations, demo_start
from .reservations import _at

NAMES = (
    "Urheilutalon vakiovuorot, kevät {year}",
    "Idrottshusets fasta turer, våren {year}",
    "Sports centre regular turns, spring {year}",
)
NEXT_NAMES = (
    "Urheilutalon vakiovuorot, jatkokausi {year}",
    "Idrottshusets fasta turer, följande säsong {year}",
    "Sports centre regular turns, next season {year}",
)
NEXT_DESCRIPTIONS = (
    "Haku on auki: liikuntasalin ja sen puolikkaiden viikoittaiset vuorot kevätkauden jälkeen.",
    "Ansökan är öppen: idrottssalens och dess halvors veckoturer efter vårsäsongen.",
    "Applications are open: weekly turns in the sports hall and its halves after the spring.",
)
NEXT_APPLICATION = (
    "Imatran Lentopalloseura ry", "2150394-2", "Petri Nieminen", "petri.nieminen@example.fi",
    "fi", "Lentopallon aikuisten harjoitukset", 14, "adults",
    (("liikuntasali", 0, 19, 21, 1), ("liikuntasali-a", 2, 19, 21, 2)),
)  # fmt: skip
DESCRIPTIONS = (
    "Haettavana liikuntasalin ja sen puolikkaiden viikoittaiset vuorot seuroille ja ryhmille.",
    "Idrottssalens och dess halvors veckoturer för föreningar och grupper kan sökas.",
    "Weekly turns in the sports hall and its halves for associations and groups.",
)
# organisation, business ID, contact, e-mail, language, purpose, size, age group,
# wishes (unit code, weekday, start hour, end hour, priority)
APPLICATIONS = (
    ("Imatran Salibandyseura ry", "2874519-4", "Jari Hämäläinen", "jari.hamalainen@example.fi",
     "fi", "Salibandyn junioriharjoitukset", 22, "youth",
     (("liikuntasali", 1, 18, 20, 1), ("liikuntasali", 3, 18, 20, 2))),
    ("Imatran Koripalloseura ry", "1963027-2", "Sanna Karhu", "sanna.karhu@example.fi",
     "fi", "Koripallon harjoitukset", 16, "adults",
     (("liikuntasali", 1, 18, 20, 1), ("liikuntasali", 2, 19, 21, 2))),
    ("Vuoksenniskan Voimistelijat ry", "0852316-4", "Marja Laine", "marja.laine@example.fi",
     "fi", "Lasten telinevoimistelu", 14, "children",
     (("liikuntasali-a", 1, 17, 19, 1), ("liikuntasali-b", 0, 17, 19, 2))),
    ("", "", "Göran Lindqvist", "goran.lindqvist@example.fi", "sv",
     "Motionsbadminton för pensionärer", 8, "seniors",
     (("liikuntasali-b", 3, 19, 20, 1),)),
)  # fmt: skip


def _wishes(units, rows) -> list[dict]:
    return [
        {
            "unit": units[code],
            "weekday": weekday,
            "starts": dt.time(starts),
            "ends": dt.time(ends),
            "priority": priority,
        }
        for code, weekday, starts, ends, priority in rows
    ]


def _apply(application_round, units, row, *, now) -> None:
    organisation, business_id, contact, email, language, purpose, size, age, wishes = row
    application_submit(
        application_round=application_round,
        wishes=_wishes(units, wishes),
        language=language,
        now=now,
        organisation_name=organisation,
        business_id=business_id,
        contact_name=contact,
        email=email,
        purpose=purpose,
        group_size=size,
        age_group=age,
    )


def load_round(units: dict[str, Unit], staff: dict, *, today: dt.date) -> None:
    """The spring round (once: a city loaded before keeps its own)."""
    if ApplicationRound.objects.exists():
        return
    first = today + dt.timedelta(days=28 + (7 - today.weekday()) % 7)  # a Monday
    fields = {
        "season_first_day": first,
        "season_last_day": first + dt.timedelta(weeks=16, days=-1),
        "opens_at": demo_start(today - dt.timedelta(days=28)) + dt.timedelta(hours=8),
        "closes_at": demo_start(today) - dt.timedelta(hours=8),  # yesterday at 16
    }
    add_translations(fields, "name", [n.format(year=first.year) for n in NAMES])
    add_translations(fields, "description", DESCRIPTIONS)
    spring = ApplicationRound.objects.create(**fields)
    hall = units["liikuntasali"]
    spring.units.set([hall, units["liikuntasali-a"], units["liikuntasali-b"]])
    spring.handlers.set([staff["aino"]])
    for number, row in enumerate(APPLICATIONS):
        _apply(spring, units, row, now=spring.opens_at + dt.timedelta(days=2 + 5 * number, hours=3))
    # The applications' cases waited while the round was open; they run again at its close.
    round_cases_resume(now=spring.closes_at)
    floor_care = first + dt.timedelta(weeks=3, days=1)  # a Tuesday of the season
    reservation_block(
        by=staff["aino"], unit=hall, starts_at=_at(floor_care, 17), ends_at=_at(floor_care, 21),
        note="Lattian kevätpesu", now=demo_start(today),
    )  # fmt: skip
    _load_next_round(spring, units, staff, today=today)


def _load_next_round(spring, units: dict[str, Unit], staff: dict, *, today: dt.date) -> None:
    """The next season's round, open from a week before the load day for three weeks more."""
    first = spring.season_last_day + dt.timedelta(days=1)  # a Monday
    fields = {
        "season_first_day": first,
        "season_last_day": first + dt.timedelta(weeks=16, days=-1),
        "opens_at": demo_start(today - dt.timedelta(days=7)) + dt.timedelta(hours=8),
        "closes_at": demo_start(today + dt.timedelta(days=21)) + dt.timedelta(hours=16),
    }
    add_translations(fields, "name", [n.format(year=first.year) for n in NEXT_NAMES])
    add_translations(fields, "description", NEXT_DESCRIPTIONS)
    following = ApplicationRound.objects.create(**fields)
    following.units.set([units["liikuntasali"], units["liikuntasali-a"], units["liikuntasali-b"]])
    following.handlers.set([staff["aino"]])
    _apply(following, units, NEXT_APPLICATION, now=following.opens_at + dt.timedelta(days=1))
