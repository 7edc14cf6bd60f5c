"""The demo is the same city for the same seed and date, whatever the time of day it is loaded,
and another date moves the city in time without changing it."""

import datetime as dt
import io

import pytest
import time_machine
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, models, transaction

from luukku.appointments.models import Appointment, Callback
from luukku.bookings.models import (
    Application,
    ApplicationRound,
    ApplicationWish,
    Registration,
    Reservation,
)
from luukku.cases.models import (
    Case,
    CaseEvent,
    CaseMerge,
    Consultation,
    OutboundMail,
    RoutingRule,
)
from luukku.catalogue.models import Service
from luukku.chat.models import AgentPresence, ChatQueue, ChatSession
from luukku.commerce.models import Order, OrderLine, Payment, Receipt, RegisterDay
from luukku.core.calendar import HELSINKI
from luukku.core.reference import Kept
from luukku.core.testing.clock import at
from luukku.customers.models import Customer
from luukku.demo.loader import DEMO_TOKEN_PREFIX, load_demo
from luukku.feedback.models import Feedback
from luukku.feedback.survey_models import Survey
from luukku.insights.models import ContactVolume
from luukku.keys.models import AccessRight, Key, Loan, LockChange
from luukku.organisation.models import (
    Absence,
    ExceptionalOpeningHours,
    Organisation,
    Team,
    User,
)
from luukku.organisation.selectors import business_hours
from luukku.queueing.models import Ticket, TicketEvent

# Every test sets the clock for its whole length (`make test-dates` skips them).
pytestmark = [pytest.mark.django_db, pytest.mark.clock_set, pytest.mark.usefixtures("clock")]

SIZE = {"cases": 200, "customers": 40}

# Unguessable by design (a new secret on every load), or the password's random salt.
SECRETS = {"token", "uid", "reference", "video_url", "password"}
# When the loader wrote the row, not what the row says: the moment of loading.
WRITTEN_AT = {
    Customer: {"created_at", "updated_at"},
    User: {"date_joined", "last_login"},
    Appointment: {"created_at"},
    Callback: {"created_at"},
    ApplicationRound: {"created_at", "updated_at"},
    Application: {"created_at", "updated_at"},
    Registration: {"created_at", "updated_at"},
}
# Ids inside a timeline event's data, and the table they point to.
EVENT_IDS = {
    "reservation": Reservation,
    "application": Application,
    "assignee": User,
    "team": Team,
    "consultation": Consultation,
    "appointment": Appointment,
    "callback": Callback,
    "forwarded_to": Organisation,
    "organisation": Organisation,
    "rule": RoutingRule,
    "service": Service,
    "mail": OutboundMail,
    "event": CaseEvent,
    "merge": CaseMerge,
    "chat": ChatSession,
    "order": Order,
    "loan": Loan,
    "lock_change": LockChange,
    "registration": Registration,
    "survey": Survey,
    "feedback": Feedback,
}
# References inside a timeline event's data (a merge names its cases): random, like a token.
EVENT_REFERENCES = {"into", "merged", "survivor"}


class _Undo(Exception):
    pass


def _ranks(model) -> dict[int, int]:
    """Rows by their place in the table: the same for the same loads, on any database."""
    pks = model.objects.order_by("pk").values_list("pk", flat=True)
    return {pk: rank for rank, pk in enumerate(pks)}


def _rows(model, queryset=None, *, drop=frozenset()) -> list[dict]:
    queryset = model.objects.all() if queryset is None else queryset
    fields = [
        field
        for field in model._meta.concrete_fields
        if not field.primary_key
        and field.name not in SECRETS | WRITTEN_AT.get(model, set()) | set(drop)
    ]
    ranks = {f.name: _ranks(f.related_model) for f in fields if isinstance(f, models.ForeignKey)}
    has_json = any(isinstance(f, models.JSONField) for f in fields)
    event_ranks = {m: _ranks(m) for m in set(EVENT_IDS.values())} if has_json else {}
    rows = []
    for values in queryset.order_by("pk").values(*[f.attname for f in fields]):
        row = {}
        for field in fields:
            value = values[field.attname]
            if field.name in ranks and value is not None:
                value = ranks[field.name][value]
            if isinstance(field, models.JSONField):
                value = _without_ids(value, event_ranks)
            row[field.name] = value
        rows.append(row)
    return rows


def _without_ids(value, ranks: dict):
    if isinstance(value, dict):
        return {
            key: ranks[EVENT_IDS[key]][item]
            if key in EVENT_IDS and isinstance(item, int)
            else _without_ids(item, ranks)
            for key, item in value.items()
            if key not in EVENT_REFERENCES
        }
    if isinstance(value, list):
        return [_without_ids(item, ranks) for item in value]
    return value


def demo_content() -> dict[str, list[dict]]:
    """What a person sees of the demo city, in a form two loads can be compared in. The cases
    booked and logged while loading (through the same services as the pages: bookings,
    callbacks, the variety of events in `demo/events.py`) were made at the moment of loading:
    their slots, windows and contents are compared, the moment is not."""
    # The chats' cases apart: their number follows the business days before the date.
    demo = Case.objects.filter(token__startswith=DEMO_TOKEN_PREFIX)
    history, chats = demo.filter(chat__isnull=True), demo.filter(chat__isnull=False)
    live = Case.objects.exclude(token__startswith=DEMO_TOKEN_PREFIX)
    moments = {f.name for f in Case._meta.concrete_fields if isinstance(f, models.DateTimeField)}
    return {
        "staff": _rows(User),
        "absences": _rows(Absence),
        "exceptional days": _rows(ExceptionalOpeningHours),
        "customers": _rows(Customer),
        "cases": _rows(Case, history),
        "timelines": _rows(CaseEvent, CaseEvent.objects.filter(case__in=history)),
        "consultations": _rows(Consultation, Consultation.objects.filter(case__in=history)),
        "consultations while loading": _rows(
            Consultation,
            Consultation.objects.filter(case__in=live),
            drop={"asked_at", "due_at", "answered_at", "seen_at"},
        ),
        # Their service level is as it stands at the moment of loading.
        "cases booked while loading": _rows(Case, live, drop=moments | {"sla_state"}),
        # (A sent mail's Message-ID is made anew, like a token.)
        "their timelines": _rows(
            CaseEvent, CaseEvent.objects.filter(case__in=live), drop={"at", "external_id"}
        ),
        "appointments": _rows(Appointment),
        "callbacks": _rows(Callback),
        "contact history": _rows(
            ContactVolume, ContactVolume.objects.filter(source=ContactVolume.Source.IMPORTED)
        ),
        # The walk-in queue's closed days (today's, taken while loading, is not compared).
        "queue history": _rows(Ticket, Ticket.objects.filter(day__closed_at__isnull=False)),
        "queue events": _rows(
            TicketEvent, TicketEvent.objects.filter(ticket__day__closed_at__isnull=False)
        ),
        "chat queues": _rows(ChatQueue),
        "chat availability": _rows(AgentPresence, drop={"changed_at"}),
        "chats": _rows(ChatSession),
        "chat cases": _rows(Case, chats),
        "chat timelines": _rows(CaseEvent, CaseEvent.objects.filter(case__in=chats)),
        # The counter's closed days (today's, open while loading, is not compared).
        **_sales_content(),
        # The key register: this morning's loan was lent at the moment of loading.
        "keys": _rows(Key),
        "key loans": _rows(Loan, Loan.objects.exclude(order__status="paid")),
        "key rights": _rows(AccessRight),
        "lock changes": _rows(LockChange),
        # Registered through the services at fixed moments before the demo's day.
        "registrations": _rows(Registration),
        # Applied through the services at fixed moments of the round's application period.
        "application rounds": _rows(ApplicationRound),
        "applications": _rows(Application),
        "wished turns": _rows(ApplicationWish),
        # The satisfaction surveys of the history (demo/surveys.py).
        "surveys": _rows(Survey, Survey.objects.filter(case__in=demo)),
    }


def _sales_content() -> dict[str, list[dict]]:
    # The keys read first, not nested subqueries: PostgreSQL, whose statistics of the tables
    # the demo has just filled say they are empty, ran the nested form as nested loops over
    # every row and took minutes.
    days = RegisterDay.objects.filter(closed_at__isnull=False)
    payments = Payment.objects.filter(register_day__in=list(days.values_list("pk", flat=True)))
    orders = set(payments.values_list("order", flat=True))
    return {
        "register days": _rows(RegisterDay, days),
        "sales": _rows(Order, Order.objects.filter(pk__in=orders)),
        "sold lines": _rows(OrderLine, OrderLine.objects.filter(order__in=orders)),
        "payments": _rows(Payment, payments),
        "receipts": _rows(Receipt, Receipt.objects.filter(order__in=orders)),
    }


@pytest.fixture
def clock():
    """A fixed moment between the loads as well, each of which travels to its own."""
    with time_machine.travel(at(2026, 12, 1, 12, 0), tick=False):
        yield


def _loaded(moment: dt.datetime, *, seed: int = 2026) -> dict:
    """The demo's content as loaded at `moment` by `luukku demo_load` into the empty database,
    which is then as empty again (and the process's kept lists forgotten) for the next load."""
    cache.clear()
    Kept.forget_all()
    with time_machine.travel(moment, tick=False):
        try:
            with transaction.atomic():
                call_command("demo_load", seed=seed, stdout=io.StringIO(), **SIZE)
                if connection.vendor == "postgresql":
                    # Tables filled in this transaction have no statistics: without them
                    # PostgreSQL sometimes planned the reads below as nested loops over every
                    # row (the test took 35 s in one CI run, 230 s in another).
                    with connection.cursor() as cursor:
                        cursor.execute("ANALYZE")
                raise _Undo(demo_content())
        except _Undo as undo:
            content = undo.args[0]
    cache.clear()
    Kept.forget_all()
    assert not Case.objects.exists()
    return content


def test_the_same_seed_and_date_give_the_same_city_at_any_time_of_day():
    morning = _loaded(at(2026, 12, 31, 0, 20))
    night = _loaded(at(2026, 12, 31, 23, 50))
    assert morning["cases"] and morning["consultations"] and morning["appointments"]
    assert morning["callbacks"] and morning["contact history"] and morning["absences"]
    assert morning["queue history"] and morning["queue events"]
    assert morning["chats"] and morning["chat cases"] and morning["chat timelines"]
    assert morning["chat availability"]
    assert morning["register days"] and morning["sales"] and morning["receipts"]
    assert morning["keys"] and morning["key loans"] and morning["lock changes"]
    for part, rows in morning.items():
        assert rows == night[part], part
    other_seed = _loaded(at(2026, 12, 31, 0, 20), seed=2027)
    assert other_seed["customers"] != morning["customers"]
    assert other_seed["cases"] != morning["cases"]


def _local(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(HELSINKI)


def test_another_date_moves_the_city_in_time_without_changing_it():
    first, second = at(2026, 12, 5, 10, 0), at(2027, 6, 25, 17, 30)
    before, after = _loaded(first), _loaded(second)
    assert before["customers"] == after["customers"]
    assert before["staff"] == after["staff"]
    assert len(before["cases"]) == len(after["cases"]) == SIZE["cases"]
    same = ("service", "customer", "channel", "subject", "status", "priority", "assignee")
    for old, new in zip(before["cases"], after["cases"], strict=True):
        assert {k: old[k] for k in same} == {k: new[k] for k in same}
        # The same time of day, as long ago give or take a weekend.
        assert _local(old["created_at"]).time() == _local(new["created_at"]).time()
        old_age = (first.date() - _local(old["created_at"]).date()).days
        new_age = (second.date() - _local(new["created_at"]).date()).days
        assert abs(old_age - new_age) <= 2
    for content, moment in ((before, first), (after, second)):
        # Up to the start of the day, and all within the dashboard's "last 12 months".
        midnight = dt.datetime.combine(moment.date(), dt.time(0), tzinfo=HELSINKI)
        year_ago = midnight - dt.timedelta(days=364)
        assert all(year_ago <= c["created_at"] < midnight for c in content["cases"])
        assert all(year_ago <= e["at"] <= midnight for e in content["timelines"])
        # Bookings from the day after tomorrow on, through the same services as the pages.
        assert all(a["starts_at"].date() > moment.date() for a in content["appointments"])
        days = {_local(v["starts_at"]).date() for v in content["contact history"]}
        assert max(days) == moment.date() - dt.timedelta(days=1)
        assert min(days) >= moment.date() - dt.timedelta(weeks=26)
        # Ten business days of queue before the day, none of them on a weekend.
        queue_days = {_local(t["queued_at"]).date() for t in content["queue history"]}
        assert len(queue_days) == 10 and max(queue_days) < moment.date()
        assert all(day.weekday() < 5 for day in queue_days)
        # And ten of chats, each chat a case of its own started at the same moment.
        chat_days = {_local(c["created_at"]).date() for c in content["chats"]}
        assert chat_days == queue_days
        assert [c["created_at"] for c in content["chat cases"]] == [
            c["created_at"] for c in content["chats"]
        ]
    assert [e["kind"] for e in before["timelines"]] == [e["kind"] for e in after["timelines"]]
    questions = ("question", "expert", "case")
    assert [{k: c[k] for k in questions} for c in before["consultations"]] == [
        {k: c[k] for k in questions} for c in after["consultations"]
    ]
    assert len(before["appointments"]) == len(after["appointments"]) == 12
    assert len(before["callbacks"]) == len(after["callbacks"]) == 3


def test_the_service_point_is_closed_on_the_coming_christmas_and_new_years_eves():
    """Loaded on New Year's Eve, the demo already knows next year's closed days."""
    with time_machine.travel(at(2026, 12, 31, 22, 0), tick=False):
        load_demo(cases=0, customers=0)
        closed = set(
            ExceptionalOpeningHours.objects.filter(opens__isnull=True).values_list(
                "date", flat=True
            )
        )
        hours = business_hours()
    for day in (
        dt.date(2025, 12, 24),  # a year of history: due times counted as they were
        dt.date(2025, 12, 31),
        dt.date(2026, 12, 31),
        dt.date(2027, 12, 24),
        dt.date(2027, 12, 31),
    ):
        assert day in closed
        assert hours.periods(day) == ()
    assert hours.periods(dt.date(2027, 12, 30))  # a Thursday: open
