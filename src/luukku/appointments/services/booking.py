"""Booking appointments: online by citizens, for a customer by staff; rescheduling,
cancelling, marking, reminders."""

import datetime as dt
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.cases.events import event_appointment
from luukku.cases.models import Case, CaseEvent, Channel
from luukku.cases.notifications import mail_domain
from luukku.cases.selectors import case_visible_to
from luukku.cases.services import (
    case_assign,
    case_create,
    case_create_for_contact,
)
from luukku.catalogue.models import Service
from luukku.core.calendar import HELSINKI
from luukku.core.locks import in_transaction, row_lock
from luukku.customers.models import Customer
from luukku.organisation.models import User
from luukku.privacy.services import access_log_record

from ..models import (
    Appointment,
    MeetingType,
    TimeClaim,
)
from ..notifications import appointment_notify
from ..selectors import Slot, bookable_service, slot_find, slots_near, units


class SlotTaken(ValidationError):
    """The time is not free (any more); `alternatives` are free times near it."""

    def __init__(self, alternatives: list[Slot]):
        super().__init__(
            {"slot": [_("Someone else booked this time a moment ago. Choose another time.")]}
        )
        self.alternatives = alternatives


def _remind_at(starts_at: dt.datetime, now: dt.datetime) -> dt.datetime | None:
    """The reminder goes the day before; none when the booking is made later than that."""
    moment = starts_at - dt.timedelta(hours=settings.APPOINTMENT_REMINDER_HOURS)
    return moment if moment > now else None


def _day_load(staff_ids: tuple[int, ...], day: dt.date) -> dict[int, int]:
    start = dt.datetime.combine(day, dt.time.min, tzinfo=HELSINKI)
    rows = (
        Appointment.objects.filter(
            staff_id__in=staff_ids,
            status=Appointment.Status.BOOKED,
            starts_at__gte=start,
            starts_at__lt=start + dt.timedelta(days=1),
        )
        .values("staff_id")
        .annotate(count=Count("pk"))
    )
    return {row["staff_id"]: row["count"] for row in rows}


def _claim(
    appointment: Appointment, slot: Slot, *, held: dt.timedelta, preferred: int | None = None
) -> Appointment:
    """Give the slot to one of its free staff members (the preferred one, then the one with
    the fewest appointments that day); the database decides between simultaneous bookings."""
    adding = appointment.pk is None
    load = _day_load(slot.staff_ids, slot.local_start.date())
    order = sorted(slot.staff_ids, key=lambda pk: (pk != preferred, load.get(pk, 0), pk))
    for staff_id in order:
        try:
            with transaction.atomic():
                appointment.staff_id = staff_id
                appointment.starts_at = slot.starts_at
                appointment.ends_at = slot.ends_at
                appointment.blocked_until = slot.starts_at + held
                appointment.save()
                TimeClaim.objects.bulk_create(
                    TimeClaim(staff_id=staff_id, starts_at=moment, appointment=appointment)
                    for moment in units(slot.starts_at, appointment.blocked_until)
                )
                return appointment
        except IntegrityError:
            if adding:
                appointment.pk = None  # the savepoint took the new row with it
            continue
    raise SlotTaken([])


def _held(service: Service) -> dt.timedelta:
    booking = bookable_service(service=service)
    return dt.timedelta(minutes=booking.duration_minutes + booking.buffer_minutes)


def _video_url(meeting_type: str) -> str:
    if meeting_type != MeetingType.VIDEO:
        return ""
    return settings.VIDEO_MEETING_URL.replace("{room}", secrets.token_urlsafe(12))


def _new_appointment(
    *, case: Case, service: Service, slot: Slot, language: str, actor
) -> Appointment:
    return Appointment(
        token=secrets.token_urlsafe(32),
        uid=f"{secrets.token_hex(16)}@{mail_domain()}",
        case=case,
        service=service,
        customer=case.customer,
        meeting_type=slot.meeting_type,
        service_point_id=slot.service_point_id,
        video_url=_video_url(slot.meeting_type),
        language=language if language in {"fi", "sv", "en"} else "fi",
        booked_by=actor,
    )


def _assign_handler(appointment: Appointment, actor: User | None) -> None:
    """The expert who meets the customer handles the case, unless someone already does."""
    case = appointment.case
    if case.assignee_id is None and case_visible_to(case=case, user=appointment.staff):
        case_assign(
            case=case,
            actor=actor,
            assignee=appointment.staff,
            team=case.team,
            context="appointment",
            reason="appointment",
        )


def _booking_event(appointment: Appointment, action: str, actor: User | None) -> CaseEvent:
    return event_appointment(
        appointment.case,
        actor=actor,
        action=action,
        appointment_id=appointment.pk,
        starts_at=appointment.starts_at,
        meeting_type=appointment.meeting_type,
        staff=str(appointment.staff),
    )


def _require_slot(service: Service, starts_at, meeting_type, point_id, *, for_staff, staff=None):
    slot = slot_find(
        service=service,
        starts_at=starts_at,
        meeting_type=meeting_type,
        service_point_id=point_id,
        for_staff=for_staff,
        staff=staff,
    )
    if slot is None:
        raise SlotTaken(
            slots_near(
                service=service, around=starts_at, meeting_type=meeting_type, for_staff=for_staff
            )
        )
    return slot


def _book(case: Case, service: Service, slot: Slot, *, language: str, actor, preferred=None):
    try:
        appointment = _claim(
            _new_appointment(case=case, service=service, slot=slot, language=language, actor=actor),
            slot,
            held=_held(service),
            preferred=preferred,
        )
    except SlotTaken as error:
        error.alternatives = slots_near(
            service=service,
            around=slot.starts_at,
            meeting_type=slot.meeting_type,
            for_staff=actor is not None,
        )
        raise
    now = timezone.now()
    appointment.remind_at = _remind_at(appointment.starts_at, now)
    appointment.save(update_fields=["remind_at"])
    _booking_event(appointment, "booked", actor)
    _assign_handler(appointment, actor)
    appointment.case.refresh_from_db()
    access_log_record(
        actor=actor, action="create", case=case, context=f"appointment:{appointment.pk}"
    )
    appointment_notify(appointment=appointment, what="booked")
    return appointment


@in_transaction
def appointment_book_online(
    *,
    service: Service,
    starts_at: dt.datetime,
    meeting_type: str,
    service_point_id: int | None,
    first_name: str,
    last_name: str,
    email: str = "",
    phone: str = "",
    description: str,
    answers: dict | None = None,
    language: str = "fi",
) -> Appointment:
    """A citizen books a free time from the service's page: customer found or created, a
    case on the web channel with their description, the appointment, the confirmation."""
    errors = {}
    if not (first_name or "").strip() or not (last_name or "").strip():
        errors["first_name"] = [_("Give your first and last name.")]
    if not (email or phone):
        errors["email"] = [_("Give an e-mail address or a phone number for the confirmation.")]
    if not (description or "").strip():
        errors["description"] = [_("Tell briefly what the appointment is about.")]
    if errors:
        raise ValidationError(errors)
    slot = _require_slot(service, starts_at, meeting_type, service_point_id, for_staff=False)
    case = case_create_for_contact(
        first_name=first_name,
        last_name=last_name,
        email=email,
        phone=phone,
        language=language,
        context="appointment_booking",
        service=service,
        channel=Channel.WEB,
        subject=_("Appointment: %(service)s") % {"service": service.name},
        body=description,
        answers=answers,
    )
    return _book(case, service, slot, language=case.language, actor=None)


@in_transaction
def appointment_book_for_customer(
    *,
    actor: User,
    service: Service,
    starts_at: dt.datetime,
    meeting_type: str,
    service_point_id: int | None,
    case: Case | None = None,
    customer: Customer | None = None,
    channel: str = Channel.COUNTER,
    note: str = "",
    staff: User | None = None,
) -> Appointment:
    """An agent books for a customer: on an existing case, or at the counter or on the phone
    (a new case is logged). `staff` books a particular person."""
    if case is None:
        if channel not in {Channel.COUNTER, Channel.PHONE}:
            raise ValidationError({"channel": _("Choose counter or phone.")})
        if customer is None:
            raise ValidationError({"customer": _("Choose the customer first.")})
        if not (note or "").strip():
            raise ValidationError(
                {"note": _("Write a short note of what the appointment is about.")}
            )
    elif not case.is_open:
        raise ValidationError({"case": _("The case is closed; book on a new contact.")})
    slot = _require_slot(
        service, starts_at, meeting_type, service_point_id, for_staff=True, staff=staff
    )
    if case is None:
        case = case_create(
            service=service,
            channel=channel,
            subject=_("Appointment: %(service)s") % {"service": service.name},
            body=note,
            customer=customer,
            author=actor,
            language=customer.preferred_language,
            context=f"appointment_booking:{channel}",
        )
    if case.customer_id is None:
        raise ValidationError({"customer": _("The case has no customer to meet.")})
    return _book(case, service, slot, language=case.language, actor=actor)


def _locked(appointment: Appointment) -> Appointment:
    row_lock(Case, appointment.case_id)  # the case first: see core.locks
    return row_lock(appointment, related=["case", "customer", "service", "staff", "service_point"])


@in_transaction
def appointment_reschedule(
    *,
    appointment: Appointment,
    starts_at: dt.datetime,
    meeting_type: str,
    service_point_id: int | None,
    actor: User | None = None,
) -> Appointment:
    """Move a booked appointment to another free time (the same person when free); if the
    new time is taken, the old one is kept."""
    appointment = _locked(appointment)
    if not appointment.is_upcoming:
        raise ValidationError(
            {"slot": _("Only a booked appointment that has not begun can be moved.")}
        )
    old = (appointment.starts_at, appointment.staff_id)
    appointment.claims.all().delete()
    slot = _require_slot(
        appointment.service, starts_at, meeting_type, service_point_id, for_staff=actor is not None
    )
    if slot.meeting_type != appointment.meeting_type:
        appointment.video_url = _video_url(slot.meeting_type)
    appointment.meeting_type = slot.meeting_type
    appointment.service_point_id = slot.service_point_id
    try:
        _claim(appointment, slot, held=_held(appointment.service), preferred=old[1])
    except SlotTaken as error:
        error.alternatives = slots_near(
            service=appointment.service,
            around=starts_at,
            meeting_type=meeting_type,
            for_staff=actor is not None,
        )
        raise
    appointment.sequence += 1
    appointment.remind_at = _remind_at(appointment.starts_at, timezone.now())
    appointment.reminded_at = None
    appointment.save(update_fields=["sequence", "remind_at", "reminded_at", "video_url"])
    return _booking_changed(appointment, "changed", actor)


@in_transaction
def appointment_cancel(*, appointment: Appointment, actor: User | None = None) -> Appointment:
    """Cancel a booked appointment that has not begun; its time becomes free at once."""
    appointment = _locked(appointment)
    if not appointment.is_upcoming:
        raise ValidationError(_("Only a booked appointment that has not begun can be cancelled."))
    appointment.claims.all().delete()
    appointment.status = Appointment.Status.CANCELLED
    appointment.cancelled_at = timezone.now()
    appointment.sequence += 1
    appointment.remind_at = None
    appointment.save(update_fields=["status", "cancelled_at", "sequence", "remind_at"])
    return _booking_changed(appointment, "cancelled", actor)


def _booking_changed(appointment: Appointment, what: str, actor: User | None) -> Appointment:
    """After a booking moved or was cancelled (its `sequence` raised, so calendars replace
    their copy): the timeline, the access log and a message to the customer."""
    _booking_event(appointment, what, actor)
    access_log_record(
        actor=actor, action="change", case=appointment.case, context=f"appointment:{appointment.pk}"
    )
    appointment_notify(appointment=appointment, what=what)
    return appointment


@in_transaction
def appointment_mark(*, appointment: Appointment, actor: User, status: str) -> Appointment:
    """After it began: did the customer come?"""
    appointment = _locked(appointment)
    if status not in {Appointment.Status.ATTENDED, Appointment.Status.NO_SHOW}:
        raise ValidationError(_("Choose attended or did not come."))
    if appointment.status == Appointment.Status.CANCELLED or appointment.starts_at > timezone.now():
        raise ValidationError(_("Only an appointment that has begun can be marked."))
    appointment.status = status
    appointment.remind_at = None
    appointment.save(update_fields=["status", "remind_at"])
    _booking_event(appointment, status, actor)
    return appointment


def appointment_reminders_send(*, now: dt.datetime | None = None) -> int:
    """Remind the customers of appointments whose reminder time has come; each once, even
    with several workers."""
    now = now or timezone.now()
    sent = 0
    while True:
        with transaction.atomic():
            batch = list(
                Appointment.objects.select_for_update(skip_locked=True, of=("self",))
                .filter(
                    status=Appointment.Status.BOOKED,
                    remind_at__lte=now,
                    reminded_at__isnull=True,
                    starts_at__gt=now,
                )
                .select_related("case", "customer", "service", "service_point", "staff")
                .order_by("remind_at", "pk")[:100]
            )
            if not batch:
                return sent
            for appointment in batch:
                appointment.reminded_at = now
                appointment.save(update_fields=["reminded_at"])
                appointment_notify(appointment=appointment, what="reminder")
                sent += 1
