"""The demo's history of cases, each with its timeline and search document, and the
consultations of those that wait for an expert.
"""

import datetime as dt
import math
import random
import secrets

from django.db import transaction

from luukku.cases.events import (
    event_assigned,
    event_case_created,
    event_consultation_asked,
    event_customer_message,
    event_note,
    event_reply,
    event_status_changed,
)
from luukku.cases.models import Case, CaseEvent, Channel, Consultation, Priority, Status
from luukku.cases.search_documents import case_documents
from luukku.cases.services import reference_candidate, reply_due
from luukku.core.calendar import HELSINKI
from luukku.customers.models import Customer
from luukku.organisation.models import User
from luukku.organisation.selectors import business_hours, service_centre
from luukku.search.models import SearchDocument
from luukku.search.services import search_index_new

from . import data
from .city import DEMO_TOKEN_PREFIX, demo_start

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
        event_case_created.build(case, author=None, channel=case.channel, at=at),
        event_customer_message.build(case, body=plan["body"], at=at)
        if from_customer
        else event_note.build(case, author=plan["agent"], body=plan["body"], at=at),
    ]
    if case.status == Status.NEW:
        return events
    agent = plan["agent"]
    # A recent case's history is squeezed into the time it has had: nothing in the future.
    now = plan["now"]
    at = min(at + dt.timedelta(minutes=rng.randrange(5, 60 * 24)), now)
    events.append(
        event_assigned.build(
            case,
            actor=agent,
            old_assignee_id=None,
            old_team_id=None,
            assignee=agent,
            team=None,
            at=at,
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
            reply = rng.choice(data.REPLIES[plan["language"]])
            events.append(event_reply.build(case, author=agent, body=reply, at=at))
        events.append(event_status_changed.build(case, actor=agent, old=previous, new=step, at=at))
        if step == Status.RESOLVED:
            case.resolved_at = at
        previous = step
    return events


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
            event_consultation_asked.build(
                consultation.case,
                actor=consultation.asked_by,
                consultation_id=consultation.pk,
                question=consultation.question,
                expert=consultation.expert,
                queue=None,
                at=consultation.asked_at,
            )
        )
    CaseEvent.objects.bulk_create(events)
