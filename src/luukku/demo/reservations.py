"""The demo city's rooms and areas to book: the city hall's meeting rooms (Valtuustosali,
Kokoushuone Vuoksi, Kokoushuone Saimaa) and the sports hall with its two halves, their
prices, and a few bookings relative to the load day (a request waiting for handling, an
association's booking waiting for payment, an internal meeting, blocked time)."""

import datetime as dt
from decimal import Decimal

from luukku.bookings.models import Reservation, Unit
from luukku.bookings.selectors.reservations import unit_hours
from luukku.bookings.services.reservations import (
    reservation_block,
    reservation_book_for_customer,
    reservation_book_online,
)
from luukku.commerce.models import CustomerGroup, Price, Product, VatRate
from luukku.organisation.models import OpeningHours, ServicePoint

from .city import add_translations, demo_start
from .sales_data import FOREVER

# code, names (fi, sv, en), prices in cents per hour {group: cents}
PRODUCTS = (
    ("TILA-VALT", ("Valtuustosalin vuokra", "Hyra för fullmäktigesalen", "Council chamber rent"),
     {CustomerGroup.RESIDENT: 6000, CustomerGroup.ASSOCIATION: 3000, CustomerGroup.COMPANY: 9000}),
    ("TILA-KOK", ("Kokoushuoneen vuokra", "Hyra för mötesrum", "Meeting room rent"),
     {CustomerGroup.RESIDENT: 2000, CustomerGroup.ASSOCIATION: 1000, CustomerGroup.COMPANY: 3500}),
    ("TILA-SALI", ("Liikuntasalin vuokra", "Hyra för idrottssalen", "Sports hall rent"),
     {CustomerGroup.RESIDENT: 4000, CustomerGroup.ASSOCIATION: 2500, CustomerGroup.COMPANY: 6000}),
    ("TILA-PUOLI", ("Puolikkaan salin vuokra", "Hyra för halva salen", "Half hall rent"),
     {CustomerGroup.RESIDENT: 2200, CustomerGroup.ASSOCIATION: 1400, CustomerGroup.COMPANY: 3300}),
)  # fmt: skip

TERMS = (
    "Tila jätetään siistiksi. Varaaja vastaa tilassa aiheutuneista vahingoista.",
    "Lokalen lämnas i städat skick. Bokaren ansvarar för skador i lokalen.",
    "Leave the space tidy. The booker is liable for any damage to it.",
)
KEY_PICKUP = (
    "Avain noudetaan kaupungintalon asiakaspalvelupisteestä arkisin klo 9–15.",
    "Nyckeln hämtas vid stadshusets kundservicepunkt vardagar kl. 9–15.",
    "Pick up the key at the city hall service point on weekdays 9–15.",
)

# code, kind, names, capacity, product, rules, equipment (fi, sv, en)
UNITS = (
    ("valtuustosali", Unit.Kind.ROOM, ("Valtuustosali", "Fullmäktigesalen", "Council chamber"),
     80, "TILA-VALT", {"needs_handling": True, "min_minutes": 120, "max_minutes": 480},
     ("Videotykki, äänentoisto, induktiosilmukka", "Projektor, ljudanläggning, hörslinga",
      "Projector, sound system, hearing loop")),
    ("kokoushuone-vuoksi", Unit.Kind.ROOM, ("Kokoushuone Vuoksi", "Mötesrum Vuoksi",
     "Meeting room Vuoksi"), 12, "TILA-KOK", {},
     ("Näyttö, videoneuvottelulaitteet", "Skärm, videokonferensutrustning",
      "Screen, video conferencing")),
    ("kokoushuone-saimaa", Unit.Kind.ROOM, ("Kokoushuone Saimaa", "Mötesrum Saimen",
     "Meeting room Saimaa"), 8, "TILA-KOK", {},
     ("Fläppitaulu", "Blädderblock", "Flip chart")),
)  # fmt: skip
HALL = ("liikuntasali", ("Urheilutalon liikuntasali", "Idrottshusets idrottssal", "Sports hall"))
HALVES = (
    ("liikuntasali-a", ("Liikuntasali, A-puoli", "Idrottssalen, A-halvan", "Sports hall, half A")),
    ("liikuntasali-b", ("Liikuntasali, B-puoli", "Idrottssalen, B-halvan", "Sports hall, half B")),
)


def _point(city, street: str, names, hours: dict[int, tuple[int, int]]) -> ServicePoint:
    fields = {"postal_code": "55100", "post_office": "Vuoksela"}
    add_translations(fields, "name", names)
    point, _ = ServicePoint.objects.update_or_create(
        organisation=city, street_address=street, defaults=fields
    )
    point.opening_hours.all().delete()
    for weekday, (opens, closes) in hours.items():
        OpeningHours.objects.create(
            service_point=point, weekday=weekday, opens=dt.time(opens), closes=dt.time(closes)
        )
    return point


def _products() -> dict[str, Product]:
    products = {}
    for code, names, prices in PRODUCTS:
        fields = {"kind": Product.Kind.SERVICE, "cost_centre": "1310", "account": "3300"}
        add_translations(fields, "name", names)
        product, _ = Product.objects.update_or_create(code=code, defaults=fields)
        VatRate.objects.update_or_create(
            product=product,
            valid_from=FOREVER,
            defaults={"percent": Decimal("0.0"), "vat_code": "VEROTON"},
        )
        for group, cents in prices.items():
            Price.objects.update_or_create(
                product=product, group=group, valid_from=FOREVER, defaults={"amount_cents": cents}
            )
        products[code] = product
    return products


def _unit(code, kind, names, point, service, product, **rules) -> Unit:
    fields = {"kind": kind, "service_point": point, "service": service, "product": product}
    fields |= rules
    add_translations(fields, "name", names)
    add_translations(fields, "terms", TERMS)
    unit, _ = Unit.objects.update_or_create(code=code, defaults=fields)
    return unit


def load_reservation_setup(city, services: dict, counter: ServicePoint) -> dict[str, Unit]:
    """The meeting rooms (weekdays 8–21, Saturdays 9–16) and the sports hall (every day
    7–22), their products, rules and terms (matched on their codes); their bookings are paid
    and invoiced at the city hall's counter (`counter`, where Kassa 1 is)."""
    service = services["room-booking"]
    rooms = _point(
        city,
        "Virastokatu 2 A",
        ("Kaupungintalon kokoustilat", "Stadshusets möteslokaler", "City hall meeting rooms"),
        {**{d: (8, 21) for d in range(5)}, 5: (9, 16)},
    )
    sports = _point(
        city,
        "Urheilutie 5",
        ("Urheilutalo", "Idrottshuset", "Sports centre"),
        {d: (7, 22) for d in range(7)},
    )
    products = _products()
    units = {}
    for order, (code, kind, names, capacity, product, rules, equipment) in enumerate(UNITS):
        unit = _unit(code, kind, names, rooms, service, products[product], **rules,
                     sales_point=counter)  # fmt: skip
        add_translations(unit.__dict__, "key_pickup", KEY_PICKUP)
        add_translations(unit.__dict__, "equipment", equipment)
        unit.capacity, unit.sort_order = capacity, order
        unit.free_cancellation_days, unit.cancellation_fee_percent = 7, 30
        unit.save()
        units[code] = unit
    hall_rules = {"buffer_after_minutes": 15, "capacity": 200, "door_code": "2580"}
    hall_rules["sales_point"] = counter
    hall_rules |= {"free_cancellation_days": 7, "cancellation_fee_percent": 30}
    whole = _unit(*HALL[:1], Unit.Kind.HALL, HALL[1], sports, service, products["TILA-SALI"],
                  **hall_rules)  # fmt: skip
    # Each half holds half the hall's people (its own capacity, not the whole's).
    half_rules = {**hall_rules, "capacity": 100}
    halves = [
        _unit(code, Unit.Kind.HALL, names, sports, service, products["TILA-PUOLI"], **half_rules)
        for code, names in HALVES
    ]
    whole.parts.set(halves)
    units.update({whole.code: whole, **{h.code: h for h in halves}})
    return units


def _open_day(unit: Unit, first: dt.date, weekday: int) -> dt.date:
    """The first day on or after `first` on `weekday` that the unit is open."""
    hours = unit_hours(unit)
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7)
    while not hours.periods(day):
        day += dt.timedelta(days=7)
    return day


def _at(day: dt.date, hour: int) -> dt.datetime:
    from luukku.core.calendar import HELSINKI

    return dt.datetime.combine(day, dt.time(hour), tzinfo=HELSINKI)


def load_reservations(units: dict[str, Unit], staff: dict, *, today: dt.date) -> None:
    """A few bookings from the load day on (once: a city loaded before keeps its own)."""
    if Reservation.objects.exists():
        return
    now = demo_start(today)
    aino = staff["aino"]
    soon = today + dt.timedelta(days=3)
    hall, half_a = units["liikuntasali"], units["liikuntasali-a"]
    day = _open_day(hall, soon, 0)
    reservation_block(
        by=aino, unit=hall, starts_at=_at(day, 7), ends_at=_at(day, 10),
        note="Lattian hoitokäsittely", now=now,
    )  # fmt: skip
    day = _open_day(half_a, soon, 1)
    reservation_book_for_customer(
        by=aino, unit=half_a, starts_at=_at(day, 18), ends_at=_at(day, 20),
        contact_name="Leena Salo", contact_email="sihteeri@vuokselanvoima.example",
        organisation_name="Vuokselan Voima ry", group=CustomerGroup.ASSOCIATION,
        purpose="Salibandyharjoitukset", order_number=f"T-{today.year}-700001", now=now,
    )  # fmt: skip
    vuoksi = units["kokoushuone-vuoksi"]
    day = _open_day(vuoksi, soon, 2)
    reservation_book_for_customer(
        by=aino, unit=vuoksi, starts_at=_at(day, 9), ends_at=_at(day, 11),
        contact_name="Tekninen toimi", group=CustomerGroup.INTERNAL,
        purpose="Kaavoituskatsaus", now=now,
    )  # fmt: skip
    council = units["valtuustosali"]
    day = _open_day(council, today + dt.timedelta(days=8), 2)
    reservation_book_online(
        unit=council, starts_at=_at(day, 13), ends_at=_at(day, 16),
        first_name="Pirkko", last_name="Lindholm", email="pirkko.lindholm@example.fi",
        group=CustomerGroup.ASSOCIATION, organisation_name="Vuokselan Eläkeläiset ry",
        purpose="Syyskokous", attendees=45, terms_accepted=True, now=now,
    )  # fmt: skip
    _load_week(units, aino, today=today)


def _load_week(units: dict[str, Unit], aino, *, today: dt.date) -> None:
    """Bookings in the load day's own week (the staff's week view opens on it), made on its
    Monday: the school's turn on half B on the first open day after the load day (or the
    last one before it) and the hall's floor washed on the week's last open day. The hall
    is open every day but holidays, so even a load on a holiday Sunday shows them."""
    half_b, hall = units["liikuntasali-b"], units["liikuntasali"]
    hours = unit_hours(hall)
    monday = today - dt.timedelta(days=today.weekday())
    open_days = [d for d in (monday + dt.timedelta(days=n) for n in range(7)) if hours.periods(d)]
    if not open_days:
        return
    now = demo_start(monday)
    day = next((d for d in open_days if d > today), open_days[-1])
    reservation_book_for_customer(
        by=aino, unit=half_b, starts_at=_at(day, 15), ends_at=_at(day, 17),
        contact_name="Imatran yhteiskoulu", group=CustomerGroup.INTERNAL,
        purpose="Koulun liikuntakerho", now=now,
    )  # fmt: skip
    reservation_block(
        by=aino, unit=hall, starts_at=_at(open_days[-1], 7), ends_at=_at(open_days[-1], 9),
        note="Lattian pesu", now=now,
    )  # fmt: skip
