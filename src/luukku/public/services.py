"""What the citizen pages do beyond one app's services: a lost private link asked for again.

A citizen who lost the private link of a request gives its reference and their e-mail
address. Whether the pair matched must not show, neither in the answer nor in how long it
takes, or the form would tell anyone which address sent which request: the page only puts a
job in the queue (the same single insert either way) and answers the same, and the worker
compares the pair and, when it matches, mails the link to the case's own address.
"""

import datetime as dt
import logging

from django.template.loader import render_to_string
from django.utils import timezone, translation

from luukku.cases.events import event_private_link_requested
from luukku.cases.models import Case, OutboundMail
from luukku.cases.notifications import case_private_url, mail_queue
from luukku.core.locks import in_transaction
from luukku.core.site import service_centre_name

logger = logging.getLogger(__name__)

# One link mail per case in this time at most, however often it is asked for: the form
# cannot be used to flood a customer's mailbox.
PRIVATE_LINK_PAUSE = dt.timedelta(minutes=10)


def private_link_ask(*, reference: str, email: str) -> None:
    """Queue the check of a citizen's reference and e-mail address (`private_link_send`)."""
    from .tasks import private_link_send

    private_link_send.enqueue(reference=reference, email=email)


@in_transaction
def private_link_send(*, reference: str, email: str, now: dt.datetime | None = None) -> str:
    """Mail the case's private link to the case's own address when `email` is that address
    (in any letter case); the request is written on the case's timeline (internal). Returns
    what was done: "sent", "no_match" or "too_soon" (a link mail went out a moment ago)."""
    now = now or timezone.now()
    case = Case.objects.select_related("customer", "service").filter(reference=reference).first()
    address = case.contact_email if case is not None else ""
    if not address or address.strip().casefold() != email.strip().casefold():
        logger.info("private link asked for %s: no request with that address", reference)
        return "no_match"
    recent = case.outbound_mail.filter(
        kind=OutboundMail.Kind.PRIVATE_LINK, created_at__gte=now - PRIVATE_LINK_PAUSE
    )
    if recent.exists():
        logger.info("private link of %s asked for again within the pause: not sent", reference)
        return "too_soon"
    event = event_private_link_requested(case, at=now)
    with translation.override(case.language):
        context = {
            "case": case,
            "url": case_private_url(case),
            "centre": service_centre_name(case.language),
        }
        subject = render_to_string("public/mail/private_link_subject.txt", context).strip()
        body = render_to_string("public/mail/private_link.txt", context)
    mail_queue(case, kind=OutboundMail.Kind.PRIVATE_LINK, subject=subject, body=body, event=event)
    logger.info("private link of %s queued to the case's address", reference)
    return "sent"
