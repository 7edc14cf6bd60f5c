"""The city hall's walk-in queue: four service groups, three desks, two weeks of history and
today's day open with a few waiting (docs/queue.md, "Demo").

The history is the past, so its tickets, events and desk sessions are written in bulk from a
seeded simulation of each business day rather than through the calling services one step at
a time (which would take thousands of transactions and announce every call): desks call the
oldest waiting ticket of their groups, visitors who wait past their patience leave, a few do
not come when called and a few are transferred. The visits are not logged as counter contacts
(the cases of the demo already have counter contacts of their own). Today's tickets are taken
through the services, at the moment of loading, as a kiosk would.
"""

import datetime as dt
import random
import secrets

from django.db import transaction

from luukku.catalogue.models import Service
from luukku.organisation.models import ServicePoint, User
from luukku.organisation.selectors import business_hours
from luukku.queueing.models import (
    Desk,
    DeskSession,
    GroupCounter,
    QueueDay,
    ServiceGroup,
    Ticket,
    TicketEvent,
    TicketEventKind,
    TicketSource,
    TicketStatus,
)
from luukku.queueing.services.days import desk_session_start, queue_day_open
from luukku.queueing.services.tickets import ticket_issue

from .city import HELSINKI, add_translations

# prefix, names, services, tickets on an ordinary day, mean service minutes, target wait
GROUPS = (
    (
        "K",
        ("Kela", "FPA", "Kela"),
        ("kela-services",),
        22,
        10,
        20,
    ),
    (
        "R",
        ("Rakentaminen", "Byggande", "Building permits"),
        ("building-permits", "builder-package", "map-extracts"),
        9,
        14,
        20,
    ),
    (
        "B",
        ("Bussikortit", "Busskort", "Bus cards"),
        ("public-transport",),
        18,
        4,
        10,
    ),
    (
        "Y",
        ("Yleisneuvonta", "Allmän rådgivning", "General advice"),
        ("customer-service", "digital-support", "tax-card", "parking"),
        24,
        6,
        15,
    ),
)
# number, groups: two all-round desks and one for Kela and building.
DESKS = (("1", "KYB"), ("2", "RYB"), ("3", "KR"))
HISTORY_BUSINESS_DAYS = 10
# Share of a day's tickets in each hour from the opening (mornings busier).
HOURLY = (1.6, 1.4, 1.1, 0.9, 0.8, 0.7, 0.5)
WEEKDAY_FACTOR = (1.4, 1.0, 0.95, 1.05, 0.85)  # Monday peaks
NO_SHOW, TRANSFER = 0.03, 0.02


@transaction.atomic
def load_queue_setup(point: ServicePoint, services: dict[str, Service]) -> dict:
    """The city hall point's groups and desks (matched on letter and number)."""
    groups = {}
    for position, (prefix, names, codes, _daily, minutes, target) in enumerate(GROUPS):
        fields = {
            "position": position,
            "default_service_minutes": minutes,
            "target_wait_minutes": target,
            "is_active": True,
        }
        add_translations(fields, "name", names)
        group, _ = ServiceGroup.objects.update_or_create(
            service_point=point, prefix=prefix, defaults=fields
        )
        group.services.set([services[code] for code in codes if code in services])
        groups[prefix] = group
    desks = {}
    for number, prefixes in DESKS:
        fields = {"is_active": True}
        add_translations(fields, "name", (f"Tiski {number}", f"Disk {number}", f"Desk {number}"))
        desk, _ = Desk.objects.update_or_create(service_point=point, number=number, defaults=fields)
        desk.groups.set([groups[prefix] for prefix in prefixes])
        desks[number] = desk
    return {"groups": groups, "desks": desks}


def _business_days(today: dt.date) -> list[dt.date]:
    hours = business_hours()
    days, day = [], today - dt.timedelta(days=1)
    while len(days) < HISTORY_BUSINESS_DAYS:
        if hours.periods(day):
            days.append(day)
        day -= dt.timedelta(days=1)
    return sorted(days)


def _moment(day: dt.date, time: dt.time) -> dt.datetime:
    return dt.datetime.combine(day, time, tzinfo=HELSINKI)


def _arrivals(rng, day, opens, closes, groups) -> list[dict]:
    """The day's visitors: per group and hour, a seeded count around the curve."""
    hours = int((closes - opens).total_seconds() // 3600)
    weights = HOURLY[:hours]
    visitors = []
    for prefix, _names, _codes, daily, minutes, _target in GROUPS:
        per_day = daily * WEEKDAY_FACTOR[day.weekday()]
        for hour, weight in enumerate(weights):
            mean = per_day * weight / sum(HOURLY[:6])
            count = max(0, round(rng.gauss(mean, mean**0.5)))
            for _index in range(count):
                queued = opens + dt.timedelta(hours=hour, seconds=rng.randrange(3600))
                visitors.append(
                    {
                        "group": groups[prefix],
                        "queued": queued,
                        "ready": queued,  # when it may be called (after a transfer: later)
                        "patience": dt.timedelta(minutes=rng.uniform(15, 70)),
                        "service": dt.timedelta(minutes=max(1.0, rng.gammavariate(2, minutes / 2))),
                        "events": [(TicketEventKind.ISSUED, queued, None, None)],
                        "called": None,
                        "first_prefix": prefix,  # the code keeps it through transfers
                    }
                )
    visitors.sort(key=lambda visitor: visitor["queued"])
    return visitors


def _next_call(desk_state, waiting):
    """The desk's next call: (when, visitor), the oldest waiting of its groups."""
    free_at, groups, until = desk_state["free_at"], desk_state["groups"], desk_state["until"]
    best = None
    for visitor in waiting:
        if visitor["group"].prefix not in groups:
            continue
        when = max(free_at, visitor["ready"])
        if best is None or (when, visitor["queued"]) < (best[0], best[1]["queued"]):
            best = (when, visitor)
    if best is None or best[0] > until:
        return None
    return best


def _simulate_day(rng, visitors, desks, closes, groups) -> None:
    """Desks call, serve, transfer; the impatient leave; the rest close with the day."""
    waiting = list(visitors)
    while waiting:
        calls = [(call, desk) for desk in desks if (call := _next_call(desk, waiting))]
        if not calls:
            break
        (when, visitor), desk = min(calls, key=lambda item: (item[0][0], item[0][1]["queued"]))
        if when - visitor["ready"] > visitor["patience"]:
            waiting.remove(visitor)
            visitor["status"] = TicketStatus.LEFT
            visitor["finished"] = visitor["ready"] + visitor["patience"]
            visitor["events"].append((TicketEventKind.LEFT, visitor["finished"], None, None))
            continue
        visitor["called"] = visitor["called"] or when
        visitor["desk"], visitor["agent"] = desk["desk"], desk["agent"]
        visitor["events"].append((TicketEventKind.CALLED, when, desk["desk"], desk["agent"]))
        draw = rng.random()
        if draw < NO_SHOW:
            end = when + dt.timedelta(minutes=3)
            visitor["status"], visitor["finished"] = TicketStatus.NO_SHOW, end
            visitor["events"].append((TicketEventKind.NO_SHOW, end, desk["desk"], desk["agent"]))
            waiting.remove(visitor)
        elif draw < NO_SHOW + TRANSFER and "transferred" not in visitor:
            end = when + dt.timedelta(minutes=2)
            target = groups["Y" if visitor["group"].prefix != "Y" else "R"]
            visitor["events"].append((TicketEventKind.STARTED, when, desk["desk"], desk["agent"]))
            visitor["events"].append((TicketEventKind.TRANSFERRED, end, None, desk["agent"]))
            visitor.update(
                group=target, ready=end, transferred=True, patience=dt.timedelta(hours=2)
            )
        else:
            end = when + visitor["service"]
            visitor["status"], visitor["finished"] = TicketStatus.DONE, end
            visitor["events"].append((TicketEventKind.STARTED, when, desk["desk"], desk["agent"]))
            visitor["events"].append((TicketEventKind.DONE, end, desk["desk"], desk["agent"]))
            waiting.remove(visitor)
        desk["free_at"] = end
    for visitor in waiting:
        visitor["status"], visitor["finished"] = TicketStatus.CLOSED, closes
        visitor["events"].append((TicketEventKind.CLOSED, closes, None, None))


def _day_staff(day, opens, closes, desks, staff) -> list[dict]:
    """Aino at desk 1 and Mikko at desk 2 every day; Liisa helps at desk 3 on Monday mornings."""
    rows = [(desks["1"], staff["aino"], opens, closes), (desks["2"], staff["mikko"], opens, closes)]
    if day.weekday() == 0:
        rows.append((desks["3"], staff["liisa"], opens, opens + dt.timedelta(hours=3)))
    return [
        {
            "desk": desk,
            "agent": agent,
            "groups": {group.prefix for group in desk.groups.all()},
            "free_at": start,
            "until": end,
            "start": start,
        }
        for desk, agent, start, end in rows
    ]


@transaction.atomic
def load_queue_history(
    rng: random.Random, setup: dict, point: ServicePoint, staff: dict[str, User], *, today
) -> int:
    """Ten business days before `today` at the point's opening hours; returns the tickets."""
    hours = business_hours()
    groups, desks = setup["groups"], setup["desks"]
    tickets, events, sessions, counters = [], [], [], []
    for day in _business_days(today):
        opens_at, closes_at = hours.periods(day)[0]
        opens, closes = _moment(day, opens_at), _moment(day, closes_at)
        visitors = _arrivals(rng, day, opens, closes, groups)
        desk_states = _day_staff(day, opens, closes + dt.timedelta(minutes=30), desks, staff)
        _simulate_day(rng, visitors, desk_states, closes + dt.timedelta(minutes=45), groups)
        queue_day = QueueDay.objects.create(
            service_point=point, date=day, opened_at=opens, closed_at=closes + dt.timedelta(hours=1)
        )
        numbers: dict[str, int] = {}
        for visitor in visitors:
            first = visitor["first_prefix"]
            numbers[first] = numbers.get(first, 0) + 1
            tickets.append(_ticket(queue_day, visitor, first, numbers[first]))
            events.append(visitor["events"])
        counters += [
            GroupCounter(day=queue_day, group=groups[prefix], last_number=last)
            for prefix, last in numbers.items()
        ]
        sessions += [
            DeskSession(
                desk=state["desk"],
                agent=state["agent"],
                started_at=state["start"],
                ended_at=state["until"],
            )
            for state in desk_states
        ]
    Ticket.objects.bulk_create(tickets)
    TicketEvent.objects.bulk_create(
        TicketEvent(ticket=ticket, kind=kind, at=at, desk=desk, actor=agent, group=ticket.group)
        for ticket, rows in zip(tickets, events, strict=True)
        for kind, at, desk, agent in rows
    )
    GroupCounter.objects.bulk_create(counters)
    DeskSession.objects.bulk_create(sessions)
    return len(tickets)


def _ticket(queue_day, visitor, prefix, number) -> Ticket:
    called = visitor["called"]
    return Ticket(
        day=queue_day,
        group=visitor["group"],
        number=number,
        code=f"{prefix} {number}",
        token=secrets.token_urlsafe(32),
        source=TicketSource.KIOSK,
        status=visitor["status"],
        queued_at=visitor["queued"],
        desk=visitor.get("desk") if called else None,
        served_by=visitor.get("agent") if called else None,
        first_called_at=called,
        called_at=called,
        call_count=1 if called else 0,
        service_started_at=called if visitor["status"] == TicketStatus.DONE else None,
        finished_at=visitor["finished"],
    )


def load_queue_today(setup: dict, point: ServicePoint, staff: dict[str, User], *, now) -> None:
    """Today's day open, Mikko at desk 2 and a few numbers taken in the last half hour, so
    the desks, the kiosk and the display have something to show (Aino chooses her desk)."""
    start = dt.datetime.combine(now.astimezone(HELSINKI).date(), dt.time(0), tzinfo=HELSINKI)

    def ago(minutes: int) -> dt.datetime:
        return max(start, now - dt.timedelta(minutes=minutes))

    queue_day_open(service_point=point, actor=staff["aino"], now=ago(30))
    desk_session_start(desk=setup["desks"]["2"], agent=staff["mikko"], now=ago(25))
    for minutes, prefix in ((18, "K"), (14, "Y"), (11, "B"), (9, "K"), (6, "R"), (3, "Y")):
        ticket_issue(group=setup["groups"][prefix], source=TicketSource.KIOSK, now=ago(minutes))
