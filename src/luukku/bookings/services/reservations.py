"""Booking a reservable unit: online by the citizen, at the counter by an agent for a
customer, and blocked time by staff; each booking's state from created to confirmed,
cancelled or denied, its order in commerce and its steps on the customer's case.

States: `created` holds the time while the citizen pays online (released after
RESERVATION_HOLD_MINUTES); `handling`, a request staff approve or deny; `payment`, an
approved or agent's booking waiting for its payment by a due date; `confirmed`. No two
active bookings of one space meet: the service checks (every database) and PostgreSQL's
exclusion constraint on `Occupancy` decides between simultaneous bookings.
"""

import datetime as dt
import secrets

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.cases.events import event_reservation
from luukku.cases.models import TRANSITIONS, Channel, Status
from luukku.cases.services.handling import case_change_status
from luukku.cases.services.intake import case_create, case_create_for_contact
from luukku.commerce.models import CustomerGroup, DiscountProof, Order
from luukku.commerce.selectors.pricing import PROOF_GROUPS, price_for, proof_for
from luukku.commerce.services.customers import discount_proof_record
from luukku.commerce.services.orders import order_line_add, order_place, order_start
from luukku.core.locks import in_transaction, row_created, row_lock

from ..models import Occupancy, Reservation, Unit
from ..selectors.reservations import (
    active_count,
    booked_quantity,
    clashes,
    price_cents,
    rules_errors,
    unit_spaces,
)

ONLINE_GROUPS = (CustomerGroup.RESIDENT, CustomerGroup.ASSOCIATION, CustomerGroup.COMPANY)


class ReservationClash(ValidationError):
    """The time was taken (a moment ago, by someone else)."""

    def __init__(self):
        super().__init__(_("This time is no longer free. Choose another time."), code="clash")


def _occupy(reservation: Reservation) -> None:
    """Hold the reservation's spaces; a clash (seen here, or refused by the database when
    someone else booked at the same moment) fails the booking, nothing kept."""
    unit = reservation.unit
    if clashes(unit, reservation.starts_at, reservation.ends_at, exclude=[reservation.pk]):
        raise ReservationClash()
    until = reservation.ends_at + unit.turnover
    rows = [
        Occupancy(
            reservation=reservation,
            space=space,
            starts_at=reservation.starts_at,
            ends_at=until,
        )
        for space in unit_spaces(unit)
    ]
    try:
        with transaction.atomic():
            Occupancy.objects.bulk_create(rows)
    except IntegrityError as error:
        raise ReservationClash() from error


def _release(reservation: Reservation) -> None:
    reservation.occupancies.update(active=False)


def reservation_details(reservation: Reservation) -> dict:
    """What the case's step shows: plain values as booked."""
    return {
        "unit": reservation.unit.name,
        "starts_at": reservation.starts_at.isoformat(),
        "ends_at": reservation.ends_at.isoformat(),
        "state": reservation.state,
        "reason": reservation.reason,
        "fee_cents": reservation.fee_cents,
        "refunded_cents": reservation.refunded_cents,
    }


def reservation_event(reservation: Reservation, action: str, *, by=None, now=None, note=""):
    """The step on the booking's case, when it has one."""
    if reservation.case_id is None:
        return None
    return event_reservation(
        reservation.case,
        actor=by,
        action=action,
        reservation_id=reservation.pk,
        details=reservation_details(reservation),
        note=note,
        at=now or timezone.now(),
    )


def _check(unit: Unit, starts_at, ends_at, *, now, staff: bool) -> None:
    if not unit.active or (not staff and not unit.online):
        raise ValidationError(_("This unit cannot be booked."))
    errors = rules_errors(unit, starts_at, ends_at, now=now, staff=staff)
    if errors:
        raise ValidationError(errors)
    if clashes(unit, starts_at, ends_at):
        raise ReservationClash()


def booking_price(unit: Unit, group: str, starts_at, ends_at) -> int:
    """The booking's price for the group; a discount group the unit's product has no price
    for is refused (commerce would charge it the resident's price without a word)."""
    if group in PROOF_GROUPS and unit.product_id:
        price = price_for(unit.product, group, timezone.localdate(starts_at))
        if price is not None and price.group != group:
            raise ValidationError(
                {
                    "group": [
                        _("The group “%(group)s” has no discount for this unit.")
                        % {"group": CustomerGroup(group).label}
                    ]
                }
            )
    try:
        return price_cents(unit, group, starts_at, ends_at)
    except LookupError as error:
        raise ValidationError(_("This unit has no price for the day.")) from error


def proof_seen_record(customer, group: str, *, by, now) -> None:
    """The agent saw the customer's proof of a discount: kept as commerce keeps a checked
    proof (valid today: the booking form does not ask until when)."""
    on = timezone.localdate(now)
    if customer is None or group not in PROOF_GROUPS or proof_for(customer, group, on):
        return
    kind = next(k for k, g in DiscountProof.GROUPS.items() if g == group)
    discount_proof_record(customer=customer, kind=kind, valid_until=on, by=by, now=now)


def reservation_new(unit: Unit, starts_at, ends_at, *, state: str, now, **fields) -> Reservation:
    free_until = starts_at - dt.timedelta(days=unit.free_cancellation_days)
    reservation = Reservation.objects.create(
        unit=unit,
        state=state,
        starts_at=starts_at,
        ends_at=ends_at,
        token=secrets.token_urlsafe(32),
        free_until=free_until,
        fee_percent=unit.cancellation_fee_percent,
        created_at=now,
        **fields,
    )
    row_created(reservation)
    _occupy(reservation)
    return reservation


def reservation_order(
    reservation: Reservation, *, channel: str, by=None, proof_seen=False, number="", now
):
    """The booking's order (its price for the group and the unit's deposit), placed
    (`number`: one the caller fixed, the demo's)."""
    unit = reservation.unit
    if proof_seen:
        proof_seen_record(reservation.customer, reservation.group, by=by, now=now)
    order = order_start(
        channel=channel,
        by=by,
        service_point=unit.payment_point,
        customer=reservation.customer if channel != Order.Channel.ONLINE else None,
        case=reservation.case,
        group=reservation.group,
        proof_seen=proof_seen,
        contact_name=reservation.contact_name,
        contact_email=reservation.contact_email,
        contact_phone=reservation.contact_phone,
        language=reservation.language,
        number=number,
        now=now,
    )
    if unit.product_id:
        quantity = booked_quantity(unit, reservation.starts_at, reservation.ends_at)
        order_line_add(order=order, product=unit.product, quantity=quantity, now=now)
    if unit.deposit_product_id:
        order_line_add(order=order, product=unit.deposit_product, quantity=1, now=now)
    order = order_place(order=order, by=by, now=now)
    reservation.order = order
    reservation.save(update_fields=["order", "updated_at"])
    return order


def _contact_errors(first_name, last_name, email, group, organisation_name, terms) -> dict:
    errors: dict[str, list] = {}
    if not first_name.strip() or not last_name.strip():
        errors["first_name"] = [_("Give your first and last name.")]
    if not email.strip():
        errors["email"] = [_("Give an e-mail address for the confirmation.")]
    if group in PROOF_GROUPS:
        errors["group"] = [
            _(
                "Discounts that need a proof (students, seniors, the unemployed, conscripts) "
                "are given at the counter, where the proof is checked."
            )
        ]
    elif group not in ONLINE_GROUPS:
        errors["group"] = [_("Choose a customer group.")]
    elif group != CustomerGroup.RESIDENT and not organisation_name.strip():
        errors["organisation_name"] = [_("Give the name of the association or company.")]
    if not terms:
        errors["terms"] = [_("Accept the terms of use to book.")]
    return errors


@in_transaction
def reservation_book_online(
    *,
    unit: Unit,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    first_name: str,
    last_name: str,
    email: str,
    phone: str = "",
    group: str = CustomerGroup.RESIDENT,
    organisation_name: str = "",
    purpose: str = "",
    attendees: int | None = None,
    terms_accepted: bool = False,
    language: str = "fi",
    now: dt.datetime | None = None,
) -> Reservation:
    """A citizen books a free time without signing in: a case for the contact given, the
    booking holding its time, and its order to pay online (or a request for staff, or a
    confirmed free booking)."""
    now = now or timezone.now()
    errors = reservation_online_errors(
        unit, starts_at, ends_at, first_name=first_name, last_name=last_name, email=email,
        group=group, organisation_name=organisation_name, terms_accepted=terms_accepted,
        attendees=attendees, now=now,
    )  # fmt: skip
    if errors == {NON_FIELD_ERRORS: ReservationClash().messages}:
        raise ReservationClash()  # taken a moment ago: the caller offers other times
    if errors:
        raise ValidationError(errors)
    price = booking_price(unit, group, starts_at, ends_at)
    case = case_create_for_contact(
        first_name=first_name,
        last_name=last_name,
        email=email,
        phone=phone,
        language=language,
        context="reservation_booking",
        service=unit.service,
        channel=Channel.WEB,
        subject=_("Booking: %(unit)s") % {"unit": unit.name},
        body=purpose,
        received_at=now,
        clocks_at=now,
        # The booking's rows hold what it is (unit, time, group, attendees): the service's
        # own request form (a room request's questions) is not asked again.
        details_later=True,
    )
    if unit.needs_handling:
        state = Reservation.State.HANDLING
    elif price or unit.deposit_product_id:
        state = Reservation.State.CREATED
    else:
        state = Reservation.State.CONFIRMED
    reservation = reservation_new(
        unit,
        starts_at,
        ends_at,
        state=state,
        now=now,
        case=case,
        customer=case.customer,
        contact_name=f"{first_name.strip()} {last_name.strip()}",
        contact_email=case.contact_email,
        contact_phone=case.contact_phone,
        organisation_name=organisation_name.strip()[:200],
        language=language,
        group=group,
        purpose=purpose.strip()[:500],
        attendees=attendees,
        price_cents=price,
        hold_until=now + dt.timedelta(minutes=settings.RESERVATION_HOLD_MINUTES)
        if state == Reservation.State.CREATED
        else None,
        payment=Reservation.Payment.ONLINE if price else Reservation.Payment.NONE,
    )
    if state == Reservation.State.CREATED:
        reservation_order(reservation, channel=Order.Channel.ONLINE, now=now)
    _booked(reservation, context="reservation_booking", by=None, now=now)
    return reservation


def reservation_online_errors(
    unit: Unit,
    starts_at,
    ends_at,
    *,
    first_name: str = "",
    last_name: str = "",
    email: str = "",
    group: str = CustomerGroup.RESIDENT,
    organisation_name: str = "",
    terms_accepted: bool = False,
    attendees=None,
    now,
) -> dict[str, list]:
    """Every reason a citizen's booking would be refused, at once (the form shows them all
    in one go): the contact, the group, the unit's capacity, its rules and limit, a clash.
    Keyed by field, those of the time under NON_FIELD_ERRORS."""
    errors = _contact_errors(first_name, last_name, email, group, organisation_name, terms_accepted)
    if attendees is not None and unit.capacity and attendees > unit.capacity:
        errors["attendees"] = [_("The unit holds %(n)s persons.") % {"n": unit.capacity}]
    general: list[str] = []
    try:
        _check(unit, starts_at, ends_at, now=now, staff=False)
    except ValidationError as error:
        general += error.messages
    if (
        email
        and unit.max_active
        and active_count(unit=unit, email=email, now=now) >= unit.max_active
    ):
        general.append(
            _("You have %(n)s bookings of this unit to come; that is the most at once.")
            % {"n": unit.max_active}
        )
    if "group" not in errors:
        try:
            booking_price(unit, group, starts_at, ends_at)
        except ValidationError as error:
            for field, messages in error.message_dict.items() if hasattr(
                error, "error_dict"
            ) else [(NON_FIELD_ERRORS, error.messages)]:  # fmt: skip
                errors.setdefault(field, []).extend(messages)
    if general:
        errors.setdefault(NON_FIELD_ERRORS, []).extend(general)
    return errors


def _booked(reservation: Reservation, *, context: str, by, now) -> None:
    """The new booking's step on its case, the case resolved (the booking is the contact's
    record, not work for anyone; a request stays open) and the booker told (a booking to
    pay online is told once paid)."""
    from .reservation_mail import reservation_notify

    state = reservation.state
    reservation_event(reservation, state, by=by, now=now)
    if reservation.case_id:
        booked_case_status(reservation.case, state, by=by, now=now, context=context)
    if state in (Reservation.State.HANDLING, Reservation.State.CONFIRMED):
        reservation_notify(reservation, state)


def booked_case_status(case, state: str, *, by, now, context="reservation_counter") -> None:
    """A new booking's case is resolved (the booking is the contact's record, not work for
    anyone); a request waiting for handling keeps it open."""
    if state != Reservation.State.HANDLING:
        case_change_status(
            case=case, actor=by, status=Status.RESOLVED, context=context, at=now, clocks_at=now
        )


@in_transaction
def reservation_book_for_customer(
    *,
    by,
    unit: Unit,
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    customer=None,
    contact_name: str = "",
    contact_email: str = "",
    contact_phone: str = "",
    organisation_name: str = "",
    group: str = CustomerGroup.RESIDENT,
    proof_seen: bool = False,
    purpose: str = "",
    language: str = "fi",
    order_number: str = "",
    now: dt.datetime | None = None,
) -> Reservation:
    """An agent books for a customer at the counter or on the phone: the booking waits for
    its payment (at the sale page, or by invoice), confirmed at once when free."""
    now = now or timezone.now()
    if customer is None and not contact_name.strip():
        raise ValidationError({"contact_name": [_("Give the customer's name.")]})
    _check(unit, starts_at, ends_at, now=now, staff=True)
    price = booking_price(unit, group, starts_at, ends_at)
    name = contact_name.strip() or (str(customer) if customer else "")
    case = counter_case(
        unit, customer, by=by, name=name, purpose=purpose, language=language, now=now,
        contact_email=contact_email, contact_phone=contact_phone,
    )  # fmt: skip
    customer = case.customer if case is not None else customer
    payable = bool(price or unit.deposit_product_id)
    reservation = reservation_new(
        unit,
        starts_at,
        ends_at,
        state=Reservation.State.WAITING_PAYMENT if payable else Reservation.State.CONFIRMED,
        now=now,
        case=case,
        customer=customer,
        contact_name=name[:200],
        contact_email=contact_email.strip(),
        contact_phone=contact_phone.strip(),
        organisation_name=organisation_name.strip()[:200],
        language=language,
        group=group,
        purpose=purpose.strip()[:500],
        price_cents=price,
        pay_by=pay_by_date(unit, starts_at, now),
        payment=Reservation.Payment.COUNTER if payable else Reservation.Payment.NONE,
        created_by=by,
    )
    if payable:
        reservation_order(
            reservation,
            channel=Order.Channel.COUNTER,
            by=by,
            proof_seen=proof_seen,
            number=order_number,
            now=now,
        )
    _booked(reservation, context="reservation_counter", by=by, now=now)
    return reservation


def counter_case(unit: Unit, customer, *, by, name, purpose, language, now, **contact):
    """The case of a booking for a customer at the counter: of the customer record chosen,
    or of the contact the agent typed (found or created through the cases' one write path,
    as online; the e-mail typed is the one the confirmation goes to). None for a name only."""
    case = {
        "service": unit.service,
        "channel": Channel.COUNTER,
        "subject": _("Booking: %(unit)s") % {"unit": unit.name},
        "body": purpose,
        "author": by,
        "language": language,
        "context": "reservation_counter",
        "service_point": unit.service_point,
        "received_at": now,
        "clocks_at": now,
    }
    if customer is not None:
        return case_create(customer=customer, **case, **contact)
    email, phone = contact["contact_email"].strip(), contact["contact_phone"].strip()
    if not email and not phone:
        return None
    first, _space, last = name.strip().rpartition(" ")
    return case_create_for_contact(
        first_name=first or last,
        last_name=last if first else "",
        email=email,
        phone=phone,
        details_later=True,
        **case,
    )


def pay_by_date(unit: Unit, starts_at: dt.datetime, now: dt.datetime) -> dt.date:
    """The due date of an approved booking's payment: the unit's days, and before the day."""
    due = timezone.localdate(now) + dt.timedelta(days=unit.payment_days)
    before = timezone.localdate(starts_at) - dt.timedelta(days=1)
    return max(min(due, before), timezone.localdate(now))


@in_transaction
def reservation_block(
    *, by, unit: Unit, starts_at: dt.datetime, ends_at: dt.datetime, note: str = "", now=None
) -> Reservation:
    """Staff block the unit's time (maintenance, the city's own event): no one can book it."""
    now = now or timezone.now()
    if not note.strip():
        raise ValidationError({"note": [_("Say why the time is blocked.")]})
    block_check(starts_at, ends_at, now=now)
    if clashes(unit, starts_at, ends_at):
        raise ReservationClash()
    return reservation_new(
        unit,
        starts_at,
        ends_at,
        state=Reservation.State.CONFIRMED,
        now=now,
        kind=Reservation.Kind.BLOCKED,
        purpose=note.strip()[:500],
        created_by=by,
    )


def block_check(starts_at: dt.datetime, ends_at: dt.datetime, *, now) -> None:
    """A blocked time is a time to come, ending after it starts."""
    if ends_at <= starts_at:
        raise ValidationError(_("The end must be after the start."))
    if starts_at < now:
        raise ValidationError(_("The time has already begun or passed: block only a time to come."))


def reservation_lock(reservation: Reservation) -> Reservation:
    """The booking's row, locked after its order's (commerce's rows come first)."""
    if reservation.order_id:
        row_lock(Order, reservation.order_id)
    return row_lock(Reservation, reservation.pk)


def reservation_confirm(reservation: Reservation, *, by=None, now, notify=True) -> Reservation:
    """Inside a write holding the booking: confirmed, the customer told (a series' turns
    are told together: `notify` False)."""
    from .reservation_mail import reservation_notify

    reservation.state = Reservation.State.CONFIRMED
    reservation.hold_until = None
    reservation.save(update_fields=["state", "hold_until", "updated_at"])
    reservation_event(reservation, "confirmed", by=by, now=now)
    if notify:
        reservation_notify(reservation, "confirmed")
    reservation_case_status(reservation, Status.RESOLVED, by=by, now=now)
    return reservation


def reservation_case_status(reservation: Reservation, status: str, *, by=None, now) -> None:
    """The booking's case follows it, as a shop order's does: waiting for the customer while
    its payment is due, resolved once the booking is confirmed, cancelled or denied (a case
    already past that is left as it is)."""
    if reservation.case_id is None:
        return
    case = reservation.case
    if case.status != status and status in TRANSITIONS.get(case.status, ()):
        case_change_status(
            case=case, actor=by, status=status, context="reservation_page", at=now, clocks_at=now
        )


def reservation_end(
    reservation: Reservation, *, state: str, reason: str, by=None, now, note=""
) -> None:
    """Inside a write holding the booking: cancelled or denied, its time freed."""
    reservation.state = state
    reservation.reason = reason
    reservation.reason_text = note.strip()[:500]
    reservation.cancelled_at = now
    reservation.hold_until = None
    reservation.save(
        update_fields=["state", "reason", "reason_text", "cancelled_at", "hold_until", "updated_at"]
    )
    _release(reservation)
    reservation_event(reservation, state, by=by, now=now, note=note)
    reservation_case_status(reservation, Status.RESOLVED, by=by, now=now)
