"""The ticket's event log and the announcement to the screens, for the other services."""

import datetime as dt

from luukku.core.realtime import changed_announce
from luukku.organisation.models import User

from ..models import Desk, Ticket, TicketEvent
from ..selectors.queue import queue_stream


def ticket_event_add(
    *,
    ticket: Ticket,
    kind: str,
    at: dt.datetime,
    desk: Desk | None = None,
    actor: User | None = None,
) -> TicketEvent:
    return TicketEvent.objects.create(
        ticket=ticket, kind=kind, at=at, desk=desk, group_id=ticket.group_id, actor=actor
    )


def queue_changed(service_point_id: int, payload: dict) -> None:
    """Tell the point's screens (display, desks, virtual tickets) after the commit."""
    changed_announce(queue_stream(service_point_id), payload)
