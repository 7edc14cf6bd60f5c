"""Registering for a course or an event (docs/bookings.md, "Registrations"): a place held
while the registrant fills in the form, or a spot on the waiting list when the places are
taken; the details given, the case and the order; the place confirmed once paid (or at
once when free).

Every change counts the course's places under its row lock (`core.locks`): two people
registering for the last place at the same moment are served one after the other, and the
second finds it taken. A write that also pays, refunds or cancels an order locks the order
first (commerce's rows come before the course's in the lock order).
"""

import datetime as dt
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from luukku.cases.models import Channel, Status
from luukku.cases.services.handling import case_change_status
from luukku.cases.services.intake import case_create_for_contact
from luukku.commerce.models import CustomerGroup, Order
from luukku.commerce.selectors.pricing import PROOF_GROUPS, price_for, proof_for
from luukku.commerce.services.orders import order_line_add, order_place, order_start
from luukku.core.locks import in_transaction, row_created, row_lock

from ..models import Course, Registration
from ..registration_mail import registration_notify
from ..selectors.courses import (
    course_counts,
    course_group_prices,
    course_open_problem,
    course_price_cents,
)
from .registration_steps import registration_event
from .waiting_list import places_offer

CONTEXT = "course_registration"
ACTIVE = (
    Registration.Status.HELD,
    Registration.Status.WAITING,
    Registration.Status.OFFERED,
    Registration.Status.CONFIRMED,
)


def hold_delta() -> dt.timedelta:
    return dt.timedelta(minutes=settings.COURSE_HOLD_MINUTES)


@dataclass(frozen=True)
class Registrant:
    """The details a registrant gives on the form (or an agent at the counter)."""

    first_name: str
    last_name: str
    email: str = ""
    phone: str = ""
    birth_year: int | None = None
    group: str = CustomerGroup.RESIDENT
    language: str = "fi"
    terms_accepted: bool = False
    proof_seen: bool = False


@in_transaction
def registration_start(
    *,
    course: Course,
    channel: str = Registration.Channel.ONLINE,
    by=None,
    language: str = "fi",
    starter: str = "",
    now: dt.datetime | None = None,
) -> Registration:
    """A place held for the registrant while they fill in the form, or, when the places are
    taken, a spot on the waiting list (if it has room); both lapse unless the form is sent
    within COURSE_HOLD_MINUTES. `starter`: a hash of the browser's session; its unfinished
    hold on the course is reused (a second click holds no second place)."""
    now = now or timezone.now()
    course = row_lock(Course, course.pk)
    problem = course_open_problem(course, now=now, counter=channel == Registration.Channel.COUNTER)
    if problem:
        raise ValidationError(problem)
    if starter:
        earlier = (
            Registration.objects.filter(
                course=course,
                starter=starter,
                submitted_at__isnull=True,
                status__in=(Registration.Status.HELD, Registration.Status.WAITING),
                hold_until__gt=now,
            )
            .order_by("pk")
            .first()
        )
        if earlier is not None:
            earlier.reused = True
            return earlier
    counts = course_counts(course, now=now)
    registration = Registration(
        starter=starter[:64],
        course=course,
        token=secrets.token_urlsafe(32),
        channel=channel,
        language=language if language in {"fi", "sv", "en"} else "fi",
        hold_until=now + hold_delta(),
        created_by=by if by is not None and by.is_authenticated else None,
    )
    if counts.free > 0:
        registration.status = Registration.Status.HELD
    elif counts.waiting_free > 0:
        registration.status = Registration.Status.WAITING
        registration.queued_at = now
    else:
        raise ValidationError(_("The course is full, and so is its waiting list."))
    registration.save()
    return row_created(registration)


def _age_error(course: Course, birth_year: int | None) -> str:
    """Why the year of birth does not fit the course's age limits ("" when it does)."""
    if course.min_age is None and course.max_age is None:
        return ""
    if birth_year is None:
        return _("Give your year of birth: the course has an age limit.")
    first = course.sessions.order_by("starts_at").first()
    year = timezone.localdate(first.starts_at).year if first else timezone.localdate().year
    age = year - birth_year
    if course.min_age is not None and age < course.min_age:
        return _("The course is for people aged %(age)s or over.") % {"age": course.min_age}
    if course.max_age is not None and age > course.max_age:
        return _("The course is for people aged %(age)s or under.") % {"age": course.max_age}
    return ""


def registrant_rule_errors(
    course: Course, *, birth_year: int | None, terms_accepted: bool
) -> dict[str, str]:
    """The course's own rules on the form (its age limits, its terms accepted) by field: the
    form shows them together with its other errors, in one round."""
    errors = {}
    if age_error := _age_error(course, birth_year):
        errors["birth_year"] = age_error
    if course.terms and not terms_accepted:
        errors["terms_accepted"] = _("Accept the registration terms to register.")
    return errors


def _priced(course: Course, group: str, *, counter: bool, now) -> bool:
    """Whether the course has a price for the group: online only the groups listed with a
    price of their own (a discount), at the counter any group (others pay the full one)."""
    if counter:
        return price_for(course.product, group, timezone.localdate(now)) is not None
    return group in {p.group for p in course_group_prices(course, now=now)}


def registrant_check(course: Course, who: Registrant, *, counter: bool, now) -> None:
    """Why the details cannot be accepted, as a translated error on their field."""
    errors = {}
    if not who.first_name.strip():
        errors["first_name"] = _("Give your first name.")
    if not who.last_name.strip():
        errors["last_name"] = _("Give your last name.")
    if not counter and not who.email.strip():
        errors["email"] = _("Give your e-mail address: the confirmation and the link come there.")
    if counter and not (who.email.strip() or who.phone.strip()):
        errors["email"] = _("Give an e-mail address or a phone number.")
    if who.group not in CustomerGroup.values:
        errors["group"] = _("Choose a customer group.")
    elif course.product_id and not _priced(course, who.group, counter=counter, now=now):
        errors["group"] = _("The course has no price for this group.")
    errors |= registrant_rule_errors(
        course, birth_year=who.birth_year, terms_accepted=who.terms_accepted
    )
    if errors:
        raise ValidationError(errors)


def _proof_check(course, who: Registrant, customer, *, counter: bool, now) -> bool:
    """Whether the discount's proof is still to be shown (at the first session: online, a
    discount is chosen on the registrant's word, as adult-education centres do); at the
    counter the agent checks it before the sale."""
    if who.group not in PROOF_GROUPS or not course.product_id:
        return False
    if proof_for(customer, who.group, timezone.localdate(now)) is not None:
        return False
    if counter and not who.proof_seen:
        raise ValidationError({"group": _("Check the customer's proof of the discount first.")})
    return not counter


def _duplicate_check(registration: Registration, course: Course, case, *, counter: bool):
    """The same person (the e-mail given, or the customer) registers once for a course; a
    cancelled or lapsed earlier registration does not count."""
    same = Q(customer=case.customer) if case.customer_id else Q(pk__in=[])
    if case.contact_email:
        same |= Q(email__iexact=case.contact_email)
    others = (
        Registration.objects.filter(same, course=course, submitted_at__isnull=False)
        .filter(status__in=ACTIVE)
        .exclude(pk=registration.pk)
    )
    earlier = others.order_by("pk").first()
    if earlier is None:
        return
    if counter:
        raise ValidationError(_("This person is registered for this course already."))
    if earlier.status == Registration.Status.HELD:
        # Its e-mail comes once it is paid: the registrant has its page open elsewhere.
        until = formats.time_format(timezone.localtime(earlier.hold_until), "TIME_FORMAT")
        raise ValidationError(
            {
                "email": _(
                    "A registration of yours for this course is waiting for payment already: "
                    "pay it on its page, or register again after %(time)s, when it lapses."
                )
                % {"time": until}
            }
        )
    raise ValidationError(
        {
            "email": _(
                "You are registered for this course already: the link to your registration "
                "is in the e-mail we sent you."
            )
        }
    )


def _case_for(registration: Registration, course: Course, who: Registrant, *, by, now):
    counter = registration.channel == Registration.Channel.COUNTER
    with translation.override(who.language):
        subject = _("Registration: %(course)s") % {"course": course.name}
    case = case_create_for_contact(
        first_name=who.first_name.strip(),
        last_name=who.last_name.strip(),
        email=who.email.strip(),
        phone=who.phone.strip(),
        language=who.language,
        context=CONTEXT,
        service=course.service,
        channel=Channel.COUNTER if counter else Channel.WEB,
        subject=subject,
        author=by if counter else None,
        service_point=course.service_point if counter else None,
        received_at=now,
        clocks_at=now,
        # The registration holds what the service's request form would ask (the course):
        # its questions are not asked again.
        details_later=True,
    )
    # The registration is the registrant's record, not work for anyone: Luukku resolves its
    # case (a message from the registrant on the case opens it again).
    case_change_status(
        case=case, actor=None, status=Status.RESOLVED, context=CONTEXT, at=now, clocks_at=now
    )
    return case


def _waiting_room_check(course: Course, now) -> None:
    """A waiting-list form counts once it is sent: the list may have filled meanwhile."""
    counts = course_counts(course, now=now)
    if counts.free == 0 and counts.waiting_free == 0:
        raise ValidationError(_("The waiting list filled up while you filled in the form."))


def registration_order(
    registration: Registration, *, by=None, proof_seen=False, number: str = "", now
) -> Order:
    """The course fee's order for the registration's group, placed and waiting for payment
    (`number`: one the caller fixed, the demo's)."""
    course = registration.course
    counter = registration.channel == Registration.Channel.COUNTER
    order = order_start(
        channel=Order.Channel.COUNTER if counter else Order.Channel.ONLINE,
        by=by if counter else None,
        service_point=course.service_point if counter else None,
        # A discount chosen online is sold on the registrant's word, its proof shown at the
        # first session (`proof_to_check`), as an anonymous sale on the agent's word is.
        customer=None if counter or registration.proof_to_check else registration.customer,
        case=registration.case,
        group=registration.group,
        proof_seen=proof_seen or registration.proof_to_check,
        contact_name=registration.full_name,
        contact_email=registration.email,
        contact_phone=registration.phone,
        language=registration.language,
        number=number,
        now=now,
    )
    order_line_add(order=order, product=course.product, quantity=1, now=now)
    return order_place(order=order, by=by if counter else None, now=now)


@in_transaction
def registration_submit(
    *,
    registration: Registration,
    who: Registrant,
    by=None,
    number: str = "",
    now: dt.datetime | None = None,
) -> Registration:
    """The registrant's details for their held place (confirmed at once when the course is
    free; otherwise its order waits for payment) or waiting-list spot."""
    now = now or timezone.now()
    course = row_lock(Course, registration.course_id)
    registration = row_lock(Registration, registration.pk)
    if course.decision == Course.Decision.CANCELLED:
        raise ValidationError(_("The course has been cancelled."))
    if registration.submitted_at is not None or registration.status not in (
        Registration.Status.HELD,
        Registration.Status.WAITING,
    ):
        raise ValidationError(_("This registration has been sent already or has lapsed."))
    if registration.hold_until is None or registration.hold_until <= now:
        raise ValidationError(_("The time to fill in the form ran out. Start again."))
    counter = registration.channel == Registration.Channel.COUNTER
    registrant_check(course, who, counter=counter, now=now)
    if registration.status == Registration.Status.WAITING:
        _waiting_room_check(course, now)
    case = _case_for(registration, course, who, by=by, now=now)
    _duplicate_check(registration, course, case, counter=counter)
    registration.proof_to_check = _proof_check(course, who, case.customer, counter=counter, now=now)
    registration.first_name = who.first_name.strip()[:100]
    registration.last_name = who.last_name.strip()[:100]
    registration.email = case.contact_email
    registration.phone = case.contact_phone
    registration.birth_year = who.birth_year
    registration.group = who.group
    registration.language = who.language if who.language in {"fi", "sv", "en"} else "fi"
    registration.case = case
    registration.customer = case.customer
    registration.submitted_at = now
    registration.course = course
    if registration.status == Registration.Status.WAITING:
        registration.hold_until = None
        registration.save()
        registration_event(registration, "waiting", by=by, now=now)
        registration_notify(registration, "waiting")
        places_offer(course, by=by, now=now)  # a place may have freed while they typed
        return registration
    if course_price_cents(course, registration.group, now) == 0:
        return registration_confirm(registration=registration, by=by, now=now)
    registration.hold_until = max(registration.hold_until, now + hold_delta())
    registration.save()
    registration.order = registration_order(
        registration, by=by, proof_seen=who.proof_seen, number=number, now=now
    )
    registration.save(update_fields=["order", "updated_at"])
    registration_event(
        registration, "held", by=by, now=now, until=registration.hold_until.isoformat()
    )
    return registration


@in_transaction
def registration_payment_check(
    *, registration: Registration, now: dt.datetime | None = None
) -> Registration:
    """Before the registrant goes to pay online: refused unless the place is still held or
    offered for them (not cancelled, lapsed or the course cancelled); a held place is kept
    for the payment's time (COURSE_HOLD_MINUTES more)."""
    now = now or timezone.now()
    course = row_lock(Course, registration.course_id)
    registration = row_lock(Registration, registration.pk)
    if course.decision == Course.Decision.CANCELLED:
        raise ValidationError(_("The course has been cancelled: nothing is to be paid."))
    held = registration.status == Registration.Status.HELD and registration.hold_until > now
    offered = registration.status == Registration.Status.OFFERED and registration.offer_until > now
    if not (held or offered) or registration.submitted_at is None:
        raise ValidationError(
            _("The place is no longer held for you: nothing is to be paid. Register again.")
        )
    if held:
        registration.hold_until = max(registration.hold_until, now + hold_delta())
        registration.save(update_fields=["hold_until", "updated_at"])
    return registration


@in_transaction
def registration_confirm(
    *, registration: Registration, by=None, now: dt.datetime | None = None
) -> Registration:
    """The place is the registrant's (paid, or free): a confirmation with the sessions."""
    now = now or timezone.now()
    registration = row_lock(Registration, registration.pk)
    registration.status = Registration.Status.CONFIRMED
    registration.confirmed_at = now
    registration.hold_until = None
    registration.offer_until = None
    registration.save()
    registration_event(registration, "confirmed", by=by, now=now)
    registration_notify(registration, "confirmed")
    return registration
