"""The customer's own timeline: named constructors of `CustomerEvent`, one per kind.

Apps above (relationships, feedback) record here what happened with a customer outside any
one case; the customer page shows the newest first. Each constructor takes `at` (the
service's clock) and saves the entry.
"""

import datetime as dt

from django.utils import timezone

from luukku.organisation.models import User

from .models import Customer, CustomerEvent

Kind = CustomerEvent.Kind


def _new(
    customer: Customer,
    kind: str,
    *,
    title: str = "",
    body: str = "",
    author: User | None = None,
    data: dict | None = None,
    at: dt.datetime | None = None,
) -> CustomerEvent:
    return CustomerEvent.objects.create(
        customer=customer,
        kind=kind,
        title=title[:300],
        body=body,
        author=author,
        data=dict(data or {}),
        at=at or timezone.now(),
    )


def customer_event_announcement(
    customer: Customer, *, title: str, data: dict, at: dt.datetime | None = None
) -> CustomerEvent:
    """An announcement was sent to the customer (its subject as they got it), or it
    bounced; `data` names the announcement and the delivery."""
    return _new(customer, Kind.ANNOUNCEMENT, title=title, data=data, at=at)


def customer_event_plan(
    customer: Customer,
    *,
    author: User,
    title: str,
    body: str = "",
    data: dict,
    at: dt.datetime | None = None,
) -> CustomerEvent:
    """The customer's plan was made or changed (goals, agreed services, contacts)."""
    return _new(customer, Kind.PLAN, title=title, body=body, author=author, data=data, at=at)


def customer_event_meeting(
    customer: Customer,
    *,
    author: User | None,
    title: str,
    body: str = "",
    data: dict,
    at: dt.datetime | None = None,
) -> CustomerEvent:
    """A meeting of the annual clock was held (its minutes in `body`), moved or missed."""
    return _new(customer, Kind.MEETING, title=title, body=body, author=author, data=data, at=at)


def customer_event_feedback(
    customer: Customer,
    *,
    title: str,
    data: dict,
    author: User | None = None,
    at: dt.datetime | None = None,
) -> CustomerEvent:
    """The customer gave feedback (praise, a complaint, an idea, a question)."""
    return _new(customer, Kind.FEEDBACK, title=title, author=author, data=data, at=at)


def customer_event_survey(
    customer: Customer, *, title: str, data: dict, at: dt.datetime | None = None
) -> CustomerEvent:
    """A satisfaction survey was sent to the customer or answered by them."""
    return _new(customer, Kind.SURVEY, title=title, data=data, at=at)


def customer_event_contact(
    customer: Customer,
    *,
    author: User | None,
    title: str,
    body: str = "",
    data: dict,
    at: dt.datetime | None = None,
) -> CustomerEvent:
    """A contact outside any case (a call the customer preferred to an e-mail)."""
    return _new(customer, Kind.CONTACT, title=title, body=body, author=author, data=data, at=at)
