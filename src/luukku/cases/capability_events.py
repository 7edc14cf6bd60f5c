"""The steps of the capability apps' records on a case: orders (commerce), reservations and
registrations (bookings), key loans (keys), feedback and surveys (feedback). Constructors of
`cases.events` (imported from there), in a module of their own for its length."""

import datetime as dt
from typing import Any

from luukku.organisation.models import User

from .events import _constructor, _new
from .models import Case, CaseEvent

Kind = CaseEvent.Kind

__all__ = [
    "ORDER_PUBLIC_ACTIONS",
    "event_feedback",
    "event_key_loan",
    "event_order",
    "event_registration",
    "event_reservation",
]

# -- orders (commerce) ------------------------------------------------------------------------

ORDER_PUBLIC_ACTIONS = {"placed", "paid", "invoiced", "ready", "delivered", "cancelled", "refunded"}


@_constructor(Kind.ORDER, public=True, lock=True)
def event_order(
    case: Case,
    *,
    actor: User | None,
    action: str,
    order_id: int,
    number: str,
    amount_cents: int | None = None,
    method: str | None = None,
    part: str | None = None,
    note: str = "",
    at: dt.datetime | None = None,
) -> CaseEvent:
    """A step of an order on its customer's case (`action`: "placed", "paid", "invoiced",
    "part_done", "ready", "delivered", "cancelled", "refunded"); the customer sees the
    order's progress but not which expert prepared which part."""
    data: dict[str, Any] = {"action": action, "order": order_id, "number": number}
    if amount_cents is not None:
        data["amount_cents"] = amount_cents
    if method is not None:
        data["method"] = method
    if part is not None:
        data["part"] = part
    public = action in ORDER_PUBLIC_ACTIONS
    return _new(case, Kind.ORDER, author=actor, public=public, body=note[:1000], data=data, at=at)


# -- reservations and registrations (bookings), key loans (keys) ------------------------------
#
# The step's `action` says what happened ("created", "confirmed", "cancelled", "returned"...);
# `details` carries what the app's template shows (plain values: a unit's or a course's name
# as booked, ISO times, amounts in cents). The app says whether the customer may see the step.


def _booking_data(
    action: str, key: str, row_id: int | None, details: dict[str, Any] | None
) -> dict:
    data: dict[str, Any] = dict(details or {})
    data["action"] = action
    if row_id is not None:
        data[key] = row_id
    return data


@_constructor(Kind.RESERVATION, public=True, lock=True)
def event_reservation(
    case: Case,
    *,
    actor: User | None,
    action: str,
    reservation_id: int | None,
    details: dict[str, Any] | None = None,
    public: bool = True,
    note: str = "",
    at: dt.datetime | None = None,
) -> CaseEvent:
    """A step of a reservation of a room or an area on its customer's case (None: a step
    of an application for seasonal turns, its id in `details`)."""
    data = _booking_data(action, "reservation", reservation_id, details)
    return _new(
        case, Kind.RESERVATION, author=actor, public=public, body=note[:1000], data=data, at=at
    )


@_constructor(Kind.REGISTRATION, public=True, lock=True)
def event_registration(
    case: Case,
    *,
    actor: User | None,
    action: str,
    registration_id: int,
    details: dict[str, Any] | None = None,
    public: bool = True,
    note: str = "",
    at: dt.datetime | None = None,
) -> CaseEvent:
    """A step of a registration for a course or an event on its registrant's case."""
    data = _booking_data(action, "registration", registration_id, details)
    return _new(
        case, Kind.REGISTRATION, author=actor, public=public, body=note[:1000], data=data, at=at
    )


@_constructor(Kind.KEY_LOAN, public=True, lock=True)
def event_key_loan(
    case: Case,
    *,
    actor: User | None,
    action: str,
    loan_id: int,
    details: dict[str, Any] | None = None,
    public: bool = False,
    note: str = "",
    at: dt.datetime | None = None,
) -> CaseEvent:
    """A step of a key's loan (lent, reminded, returned, lost) on its holder's case."""
    data = _booking_data(action, "loan", loan_id, details)
    return _new(
        case, Kind.KEY_LOAN, author=actor, public=public, body=note[:1000], data=data, at=at
    )


# -- feedback (feedback) ----------------------------------------------------------------------


@_constructor(Kind.FEEDBACK, public=True, lock=True)
def event_feedback(
    case: Case,
    *,
    actor: User | None,
    action: str,
    details: dict[str, Any] | None = None,
    public: bool = False,
    note: str = "",
    at: dt.datetime | None = None,
) -> CaseEvent:
    """A step of the feedback app on a case: the case's feedback kind or topic set, an
    idea's fate decided, a complaint answered, a satisfaction survey sent or answered
    (`details` names the feedback or survey row)."""
    data = _booking_data(action, "feedback", None, details)
    return _new(
        case, Kind.FEEDBACK, author=actor, public=public, body=note[:1000], data=data, at=at
    )
