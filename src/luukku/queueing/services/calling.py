"""Calling and serving at a desk: call next, recall, no-show, hold, transfer, finish.

"Call next" claims the first waiting ticket with `SELECT ... FOR UPDATE SKIP LOCKED`
(`core.locks.row_claim_first`), and changes it only while it is still waiting: two desks calling at
the same moment each get a different ticket, never the same one (on PostgreSQL the second
passes the row the first holds; SQLite lets one writer in at a time).
"""

import datetime as dt

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.core.locks import in_transaction, row_claim_first, row_lock
from luukku.organisation.models import User

from ..models import OPEN_STATUSES, Desk, ServiceGroup, Ticket, TicketEventKind, TicketStatus
from ..registry import visit_finished
from ..selectors.queue import desk_current_ticket
from .days import queue_day_required
from .events import queue_changed, ticket_event_add


def no_show_window() -> dt.timedelta:
    """How long a called visitor has to come before the agent may mark them not come."""
    return dt.timedelta(seconds=settings.QUEUE_NO_SHOW_SECONDS)


def tickets_to_call(*, day, desk: Desk, now: dt.datetime) -> list:
    """The tickets the desk may call, one queryset a rank, each by arrival: transferred to
    this desk, then appointments whose time has come, then the others of the desk's groups.
    Claimed rank by rank (`core.locks.row_claim_first`), each an index walk in the day's
    queue order (`queueing_waiting_order`), not a sort of everyone waiting."""
    waiting = Ticket.objects.filter(day=day, status=TicketStatus.WAITING)
    groups = list(desk.groups.filter(is_active=True).values_list("pk", flat=True))
    of_groups = waiting.filter(for_desk__isnull=True, group__in=groups)
    due = Q(priority_from__lte=now)
    ranks = (waiting.filter(for_desk=desk), of_groups.filter(due), of_groups.exclude(due))
    return [queryset.order_by("queued_at", "id") for queryset in ranks]


def _announce_call(ticket: Ticket, desk: Desk, kind: str) -> None:
    queue_changed(
        desk.service_point_id,
        {"event": kind, "ticket": ticket.code, "desk": desk.number},
    )


def _desk_free_check(desk: Desk) -> None:
    current = desk_current_ticket(desk)
    if current is not None:
        raise ValidationError(
            _("Finish %(ticket)s or put it on hold before calling the next one.")
            % {"ticket": current.code}
        )


@in_transaction
def ticket_call_next(*, desk: Desk, actor: User, now: dt.datetime | None = None) -> Ticket | None:
    """The next ticket for the desk (its groups, priority, then arrival), called to it; None
    when nobody waits."""
    now = now or timezone.now()
    day = queue_day_required(desk.service_point, now)
    _desk_free_check(desk)
    ticket = row_claim_first(*tickets_to_call(day=day, desk=desk, now=now))
    if ticket is None:
        return None
    # Still waiting under the lock (SQLite has no row locks: this check is its guard).
    claimed = Ticket.objects.filter(pk=ticket.pk, status=TicketStatus.WAITING).update(
        status=TicketStatus.CALLED,
        desk=desk,
        served_by=actor,
        called_at=now,
        first_called_at=now,
        call_count=1,
        for_desk=None,
    )
    if not claimed:
        raise ValidationError(_("Another desk called the same ticket just now. Call next again."))
    ticket.refresh_from_db()
    ticket_event_add(ticket=ticket, kind=TicketEventKind.CALLED, at=now, desk=desk, actor=actor)
    _announce_call(ticket, desk, "called")
    return ticket


def _own_ticket(ticket: Ticket, desk: Desk, statuses) -> Ticket:
    ticket = row_lock(ticket)
    if ticket.desk_id != desk.pk or ticket.status not in statuses:
        raise ValidationError(_("%(ticket)s is not at your desk now.") % {"ticket": ticket.code})
    return ticket


@in_transaction
def ticket_recall(
    *, ticket: Ticket, desk: Desk, actor: User, now: dt.datetime | None = None
) -> Ticket:
    """Call the same ticket again (the display shows and says it again)."""
    now = now or timezone.now()
    ticket = _own_ticket(ticket, desk, [TicketStatus.CALLED])
    ticket.call_count += 1
    ticket.called_at = now
    ticket.save(update_fields=["call_count", "called_at"])
    ticket_event_add(ticket=ticket, kind=TicketEventKind.RECALLED, at=now, desk=desk, actor=actor)
    _announce_call(ticket, desk, "called")
    return ticket


@in_transaction
def ticket_start(
    *, ticket: Ticket, desk: Desk, actor: User, now: dt.datetime | None = None
) -> Ticket:
    """The called visitor came to the desk: service begins."""
    now = now or timezone.now()
    ticket = _own_ticket(ticket, desk, [TicketStatus.CALLED])
    ticket.status = TicketStatus.SERVING
    ticket.service_started_at = now
    ticket.served_by = actor
    ticket.save(update_fields=["status", "service_started_at", "served_by"])
    ticket_event_add(ticket=ticket, kind=TicketEventKind.STARTED, at=now, desk=desk, actor=actor)
    queue_changed(desk.service_point_id, {"event": "started"})
    return ticket


@in_transaction
def ticket_no_show(
    *, ticket: Ticket, desk: Desk, actor: User, now: dt.datetime | None = None
) -> Ticket:
    """The called visitor did not come within the window after the last call."""
    now = now or timezone.now()
    ticket = _own_ticket(ticket, desk, [TicketStatus.CALLED])
    allowed_at = ticket.called_at + no_show_window()
    if now < allowed_at:
        raise ValidationError(
            _("Give the visitor time to come: %(ticket)s can be marked not come at %(time)s.")
            % {"ticket": ticket.code, "time": timezone.localtime(allowed_at).strftime("%H.%M.%S")}
        )
    ticket.status = TicketStatus.NO_SHOW
    ticket.finished_at = now
    ticket.save(update_fields=["status", "finished_at"])
    ticket_event_add(ticket=ticket, kind=TicketEventKind.NO_SHOW, at=now, desk=desk, actor=actor)
    queue_changed(desk.service_point_id, {"event": "no_show"})
    return ticket


@in_transaction
def ticket_hold(
    *, ticket: Ticket, desk: Desk, actor: User, now: dt.datetime | None = None
) -> Ticket:
    """Put the visit aside (the visitor fetches a paper); the desk may call the next one."""
    now = now or timezone.now()
    ticket = _own_ticket(ticket, desk, [TicketStatus.CALLED, TicketStatus.SERVING])
    ticket.status = TicketStatus.ON_HOLD
    ticket.save(update_fields=["status"])
    ticket_event_add(ticket=ticket, kind=TicketEventKind.HELD, at=now, desk=desk, actor=actor)
    queue_changed(desk.service_point_id, {"event": "held"})
    return ticket


@in_transaction
def ticket_resume(
    *, ticket: Ticket, desk: Desk, actor: User, now: dt.datetime | None = None
) -> Ticket:
    """Call a held visit back to the desk (it is called again on the display)."""
    now = now or timezone.now()
    _desk_free_check(desk)
    ticket = _own_ticket(ticket, desk, [TicketStatus.ON_HOLD])
    ticket.status = TicketStatus.CALLED
    ticket.called_at = now
    ticket.call_count += 1
    ticket.save(update_fields=["status", "called_at", "call_count"])
    ticket_event_add(ticket=ticket, kind=TicketEventKind.RECALLED, at=now, desk=desk, actor=actor)
    _announce_call(ticket, desk, "called")
    return ticket


@in_transaction
def ticket_transfer(
    *,
    ticket: Ticket,
    desk: Desk,
    actor: User,
    to_group: ServiceGroup | None = None,
    to_desk: Desk | None = None,
    now: dt.datetime | None = None,
) -> Ticket:
    """Send the visitor on to another group or desk of the point. The ticket keeps its code
    and its place by arrival, so the visitor does not start again at the back."""
    now = now or timezone.now()
    if (to_group is None) == (to_desk is None):
        raise ValidationError({"to": _("Choose a service group or a desk to transfer to.")})
    ticket = _own_ticket(ticket, desk, OPEN_STATUSES)
    target_point = (to_group or to_desk).service_point_id
    if target_point != desk.service_point_id:
        raise ValidationError({"to": _("Transfer within this service point only.")})
    if to_desk is not None and (to_desk.pk == desk.pk or not to_desk.is_active):
        raise ValidationError({"to": _("Choose another desk that is in use.")})
    if to_group is not None and not to_group.is_active:
        raise ValidationError({"to": _("This service group is not in use.")})
    ticket.status = TicketStatus.WAITING
    ticket.desk = None
    ticket.for_desk = to_desk
    if to_group is not None:
        ticket.group = to_group
    ticket.save(update_fields=["status", "desk", "for_desk", "group"])
    ticket_event_add(
        ticket=ticket, kind=TicketEventKind.TRANSFERRED, at=now, desk=to_desk, actor=actor
    )
    queue_changed(desk.service_point_id, {"event": "transferred"})
    return ticket


@in_transaction
def ticket_finish(
    *, ticket: Ticket, desk: Desk, actor: User, now: dt.datetime | None = None
) -> Ticket:
    """The visit ends. What it was about must be logged first (`visit_contact_log`)."""
    now = now or timezone.now()
    ticket = _own_ticket(ticket, desk, OPEN_STATUSES[1:])
    if not ticket.contacts.exists():
        raise ValidationError(
            {"service": _("Log what the visitor came for before finishing the visit.")}
        )
    ticket.status = TicketStatus.DONE
    ticket.finished_at = now
    ticket.save(update_fields=["status", "finished_at"])
    ticket_event_add(ticket=ticket, kind=TicketEventKind.DONE, at=now, desk=desk, actor=actor)
    visit_finished(ticket=ticket, at=now)
    queue_changed(desk.service_point_id, {"event": "done"})
    return ticket
