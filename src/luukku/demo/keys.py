"""The city hall's key register (docs/keys.md, "Demo"): its doors and areas, twenty keys and
access cards in six series, keys lent to employees, an association's key with its deposit
paid at today's counter, one overdue, one lost with its lock change waiting, a returned loan
in the history. Loaded once, through the keys services, at moments relative to the load date
(the deposit paid today at the moment of loading, like today's sales)."""

import datetime as dt

from luukku.catalogue.models import Service
from luukku.commerce.models import CustomerGroup, Price, Product, RegisterDay
from luukku.customers.models import Customer
from luukku.keys.models import Area, Building, Key, KeySeries
from luukku.keys.services import (
    Deposit,
    access_right_add,
    key_lend,
    key_report_lost,
    key_return,
)

from .city import HELSINKI, add_translations

DEPOSIT_CODE = "AVAINPANTTI"
AREAS = (
    ("PO", ("Pääovi", "Huvudingången", "Main entrance")),
    ("K2", ("2. kerroksen toimistot", "Kontoren på andra våningen", "Second-floor offices")),
    ("VS", ("Valtuustosali", "Fullmäktigesalen", "Council chamber")),
    ("KH", ("Kokoushuoneet", "Mötesrummen", "Meeting rooms")),
    ("AR", ("Arkisto", "Arkivet", "Archive")),
    ("AH", ("Autohalli", "Garaget", "Garage")),
)
# code, kind, names, areas, copies, deposit
SERIES = (
    (
        "KT-1",
        "mechanical",
        ("Yleisavain", "Huvudnyckel", "Master key"),
        ("PO", "K2", "VS", "KH", "AR"),
        3,
        False,
    ),
    (
        "KT-2",
        "mechanical",
        ("Toimistokäytävä", "Kontorskorridoren", "Office corridor"),
        ("PO", "K2"),
        4,
        False,
    ),
    (
        "KT-3",
        "mechanical",
        (
            "Valtuustosali ja kokoushuoneet",
            "Fullmäktigesalen och mötesrummen",
            "Council chamber and meeting rooms",
        ),
        ("PO", "VS", "KH"),
        4,
        True,
    ),
    ("KT-4", "mechanical", ("Arkisto", "Arkivet", "Archive"), ("AR",), 2, False),
    ("KT-5", "mechanical", ("Autohalli", "Garaget", "Garage"), ("AH",), 2, False),
    (
        "KK",
        "card",
        ("Kulkukortti", "Passerkort", "Access card"),
        ("PO", "K2", "VS", "KH", "AH"),
        5,
        True,
    ),
)
HOLDERS = {
    "chess": ("Imatran Shakkikerho ry", "Pekka Laine", "pekka.laine@example.fi", "040 123 4501"),
    "camera": ("Vuoksen Kamerakerho ry", "Riitta Koskinen", "riitta.koskinen@example.fi", ""),
    "theatre": ("Teatteriyhdistys Kulissi ry", "Marko Lehtonen", "", "050 765 4302"),
    "electric": ("Saimaan Sähkötyö Oy", "Jari Nieminen", "jari@saimaansahko.example", ""),
}


def _moment(today: dt.date, days_ago: int, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(today - dt.timedelta(days=days_ago), dt.time(hour), HELSINKI)


def _register(point, service) -> dict:
    building, _ = Building.objects.update_or_create(
        code="KT",
        defaults={
            "name_fi": "Kaupungintalo",
            "name_sv": "Stadshuset",
            "name_en": "City hall",
            "street_address": point.street_address,
            "service_point": point,
            "service": service,
        },
    )
    areas = {}
    for position, (code, names) in enumerate(AREAS):
        fields = {"position": position}
        add_translations(fields, "name", names)
        areas[code], _ = Area.objects.update_or_create(
            building=building, code=code, defaults=fields
        )
    deposit = Product.objects.filter(code=DEPOSIT_CODE).first()
    if deposit is not None:
        for group in (CustomerGroup.ASSOCIATION, CustomerGroup.COMPANY):
            Price.objects.get_or_create(
                product=deposit,
                group=group,
                valid_from=dt.date(2020, 1, 1),
                defaults={"amount_cents": 5000},
            )
    keys = {}
    for code, kind, names, opens, copies, paid in SERIES:
        fields = {"building": building, "kind": kind, "deposit_product": deposit if paid else None}
        add_translations(fields, "name", names)
        series, _ = KeySeries.objects.update_or_create(code=code, defaults=fields)
        series.areas.set([areas[a] for a in opens])
        for copy in range(1, copies + 1):
            serial = f"{code}-{copy:03d}" if kind == "mechanical" else f"04A1B2{copy:04d}"
            keys[f"{code}/{copy}"], _ = Key.objects.get_or_create(
                series=series, copy_number=copy, defaults={"serial": serial}
            )
    return {"building": building, "areas": areas, "keys": keys}


def _lend_to(holder: str, key: Key, *, by, purpose, due_on, now, deposit=None, **extra):
    """A loan to the association or company, its contact giving the organisation's own
    address and phone (so the record and the loan's case agree)."""
    name, contact, email, phone = HOLDERS[holder]
    kind = "contractor" if name.endswith("Oy") else "association"
    customer, _ = Customer.objects.get_or_create(
        kind=Customer.Kind.ORGANISATION,
        organisation_name=name,
        defaults={"email": email, "phone": phone},
    )
    return key_lend(
        key=key,
        holder_kind=kind,
        customer=customer,
        contact_name=contact,
        contact_email=email,
        contact_phone=phone,
        purpose=purpose,
        due_on=due_on,
        deposit=deposit or Deposit("open"),
        by=by,
        now=now,
        **extra,
    )


def load_keys(point, staff: dict, *, today: dt.date, now: dt.datetime) -> None:
    """The register, and its loans once (a register with loans is left as it is). The
    loans' cases are opened under the keys and access rights service, whoever the holder."""
    service = Service.objects.filter(code="keys").first()
    register = _register(point, service)
    keys = register["keys"]
    if any(key.loans.exists() for key in keys.values()):
        return
    _employee_loans(keys, register["areas"], staff, today=today)
    _customer_loans(keys, staff, today=today)
    Key.objects.filter(pk=keys["KK/5"].pk).update(status=Key.Status.RETIRED)
    _lend_today(keys["KT-3/1"], staff["aino"], today=today, now=now)


def _employee_loans(keys: dict, areas: dict, staff: dict, *, today: dt.date) -> None:
    aino, mikko, liisa = staff["aino"], staff["mikko"], staff["liisa"]
    employee = {"holder_kind": "employee", "by": aino}
    key_lend(
        key=keys["KT-1/1"],
        employee=liisa,
        purpose="Esihenkilön avain",
        now=_moment(today, 400),
        **employee,
    )
    key_lend(
        key=keys["KT-2/1"],
        employee=mikko,
        purpose="Oma työhuone",
        now=_moment(today, 120),
        **employee,
    )
    card = keys["KK/1"]
    for code in ("PO", "K2"):
        access_right_add(
            card=card,
            area=areas[code],
            weekdays="12345",
            starts=dt.time(7),
            ends=dt.time(18),
            valid_from=today - dt.timedelta(days=200),
            by=liisa,
            now=_moment(today, 200),
        )
    key_lend(
        key=card,
        employee=aino,
        purpose="Asiointipisteen aamuvuoro",
        now=_moment(today, 200, 9),
        **employee,
    )


def _customer_loans(keys: dict, staff: dict, *, today: dt.date) -> None:
    aino, mikko = staff["aino"], staff["mikko"]
    # The camera club borrowed the chamber's key for the spring, brought it back; took it
    # again for its autumn evenings, and is late with it now.
    back = _lend_to(
        "camera",
        keys["KT-3/2"],
        by=mikko,
        purpose="Kevätnäyttelyn ripustus",
        due_on=today - dt.timedelta(days=80),
        now=_moment(today, 95),
    )
    key_return(loan=back, by=aino, now=_moment(today, 81, 15))
    _lend_to(
        "camera",
        keys["KT-3/2"],
        by=aino,
        purpose="Kerhoillat to 18–21",
        due_on=today - dt.timedelta(days=3),
        now=_moment(today, 40),
    )
    _lend_to(
        "electric",
        keys["KT-5/1"],
        by=mikko,
        purpose="Autohallin valaistuksen uusiminen",
        due_on=today + dt.timedelta(days=5),
        now=_moment(today, 10, 8),
    )
    lost = _lend_to(
        "theatre",
        keys["KT-3/3"],
        by=aino,
        purpose="Harjoitukset la 12–16",
        due_on=today + dt.timedelta(days=30),
        now=_moment(today, 50),
    )
    key_report_lost(
        loan=lost,
        by=mikko,
        now=_moment(today, 12, 13),
        note="Avain hävisi harjoitusten jälkeen; ilmoitettu puhelimessa.",
    )


def _lend_today(key: Key, by, *, today: dt.date, now: dt.datetime) -> None:
    """This morning the chess club took the chamber's key for its season: the deposit paid
    in cash at today's register."""
    day = RegisterDay.objects.filter(closed_at__isnull=True, business_date=today).first()
    if day is None:
        return
    moment = max(day.opened_at, now - dt.timedelta(minutes=5))
    _lend_to(
        "chess",
        key,
        by=by,
        purpose="Kerhoillat ti 18–20 (valtuustosalin vuorot)",
        due_on=today + dt.timedelta(days=75),
        now=moment,
        deposit=Deposit("counter", day=day),
        # The theatre club lost copy 3 and the locks are not changed yet: the club was told
        # its key is to be exchanged then.
        lock_change_confirmed=True,
    )
