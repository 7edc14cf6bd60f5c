"""What a visit was about, logged on the timeline through the one write path for contacts."""

import datetime as dt

from django.utils import timezone

from luukku.cases.models import Channel
from luukku.catalogue.models import Service
from luukku.channels.services.contacts import contact_log
from luukku.core.locks import in_transaction, row_created
from luukku.customers.models import Customer
from luukku.organisation.models import User

from ..models import Desk, Ticket, TicketStatus, VisitContact
from .calling import _own_ticket


@in_transaction
def visit_contact_log(
    *,
    ticket: Ticket,
    desk: Desk,
    actor: User,
    service: Service,
    note: str,
    resolved: bool = False,
    customer: Customer | None = None,
    now: dt.datetime | None = None,
) -> VisitContact:
    """One service the visitor came for, as a counter contact on a case (a case per service:
    a visit about Kela and a bus card is two contacts). "Resolved" marks it resolved at the
    first contact. A called visitor who is served this way has come: the service starts."""
    now = now or timezone.now()
    ticket = _own_ticket(
        ticket, desk, [TicketStatus.CALLED, TicketStatus.SERVING, TicketStatus.ON_HOLD]
    )
    if ticket.status == TicketStatus.CALLED:
        ticket.status = TicketStatus.SERVING
        ticket.service_started_at = now
        ticket.save(update_fields=["status", "service_started_at"])
    case = contact_log(
        actor=actor,
        channel=Channel.COUNTER,
        service=service,
        note=note,
        customer=customer,
        resolved=resolved,
        contacted_at=now,
        service_point=desk.service_point,
    )
    return row_created(
        VisitContact.objects.create(
            ticket=ticket, case=case, service=service, resolved=resolved, created_at=now
        )
    )
