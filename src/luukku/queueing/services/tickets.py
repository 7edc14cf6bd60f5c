"""Taking a number: at the kiosk, from an agent, online, or by checking in to an appointment."""

import datetime as dt
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.appointments.models import Appointment
from luukku.core.locks import in_transaction, row_created, row_lock
from luukku.customers.services import normalise_phone
from luukku.organisation.models import User

from ..models import GroupCounter, ServiceGroup, Ticket, TicketEventKind, TicketSource, TicketStatus
from .days import queue_day_required
from .events import queue_changed, ticket_event_add

LANGUAGES = {code for code, _name in settings.LANGUAGES}


def _contact_clean(email: str, phone: str) -> tuple[str, str]:
    email = (email or "").strip()
    if email:
        try:
            validate_email(email)
        except ValidationError as error:
            raise ValidationError({"email": _("Enter a valid e-mail address.")}) from error
    phone = normalise_phone(phone)
    if not email and not phone:
        raise ValidationError(
            {"email": _("Give an e-mail address or a mobile number for the message.")}
        )
    return email, phone


@in_transaction
def ticket_issue(
    *,
    group: ServiceGroup,
    source: str,
    language: str = "fi",
    actor: User | None = None,
    now: dt.datetime | None = None,
    notify_email: str = "",
    notify_phone: str = "",
    appointment: Appointment | None = None,
) -> Ticket:
    """A new number in `group` for today. Online (`VIRTUAL`), an e-mail address or a mobile
    number is required for the "nearly your turn" message, which goes there and nowhere else.
    An appointment's ticket comes first once the appointment's time has come."""
    now = now or timezone.now()
    if source not in TicketSource.values:
        raise ValueError(source)
    if not group.is_active:
        raise ValidationError({"group": _("This service is not in the queue now.")})
    if language not in LANGUAGES:
        language = settings.LANGUAGE_CODE
    if source == TicketSource.VIRTUAL:
        notify_email, notify_phone = _contact_clean(notify_email, notify_phone)
    else:
        notify_email = notify_phone = ""
    day = queue_day_required(group.service_point, now)
    counter, _created = GroupCounter.objects.get_or_create(day=day, group=group)
    counter = row_lock(counter)
    counter.last_number += 1
    counter.save(update_fields=["last_number"])
    ticket = row_created(
        Ticket.objects.create(
            day=day,
            group=group,
            number=counter.last_number,
            code=f"{group.prefix} {counter.last_number}",
            token=secrets.token_urlsafe(32),
            source=source,
            language=language,
            queued_at=now,
            priority_from=appointment.starts_at if appointment else None,
            appointment=appointment,
            notify_email=notify_email,
            notify_phone=notify_phone,
        )
    )
    ticket_event_add(ticket=ticket, kind=TicketEventKind.ISSUED, at=now, actor=actor)
    queue_changed(day.service_point_id, {"event": "issued", "group": group.prefix})
    return ticket


@in_transaction
def appointment_check_in(
    *, appointment: Appointment, actor: User | None = None, now: dt.datetime | None = None
) -> Ticket:
    """The visitor with an appointment arrives: a ticket in the group of the appointment's
    service at its point, first in line from the appointment's time."""
    now = now or timezone.now()
    if appointment.service_point_id is None:
        raise ValidationError(_("This appointment is not at a service point."))
    if appointment.status != Appointment.Status.BOOKED:
        raise ValidationError(_("This appointment is not booked."))
    if timezone.localdate(appointment.starts_at) != timezone.localdate(now):
        raise ValidationError(_("The appointment is on another day."))
    existing = appointment.tickets.exclude(status__in=[TicketStatus.LEFT, TicketStatus.CLOSED])
    if existing.exists():
        raise ValidationError(_("The visitor has already checked in."))
    group = (
        ServiceGroup.objects.filter(
            service_point_id=appointment.service_point_id,
            services=appointment.service_id,
            is_active=True,
        )
        .order_by("position", "prefix")
        .first()
    )
    if group is None:
        raise ValidationError(_("No service group of this point serves the appointment's service."))
    return ticket_issue(
        group=group,
        source=TicketSource.APPOINTMENT,
        language=appointment.language,
        actor=actor,
        now=now,
        appointment=appointment,
    )


@in_transaction
def ticket_leave(*, ticket: Ticket, now: dt.datetime | None = None) -> Ticket:
    """The visitor gives up their place (online, or tells the kiosk staff)."""
    now = now or timezone.now()
    ticket = row_lock(ticket)
    if ticket.status != TicketStatus.WAITING:
        raise ValidationError(_("This ticket is no longer waiting."))
    ticket.status = TicketStatus.LEFT
    ticket.finished_at = now
    ticket.save(update_fields=["status", "finished_at"])
    ticket_event_add(ticket=ticket, kind=TicketEventKind.LEFT, at=now)
    queue_changed(ticket.day.service_point_id, {"event": "left"})
    return ticket
