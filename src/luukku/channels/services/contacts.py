"""A phone or counter contact logged by staff as a case."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.cases.models import Case, Channel, Status
from luukku.cases.selectors import case_visible_to
from luukku.cases.services import (
    case_assign,
    case_change_status,
    case_create,
    case_resolve_at_first_contact,
)
from luukku.catalogue.models import Service
from luukku.core.locks import in_transaction
from luukku.customers.models import Customer
from luukku.organisation.models import ServicePoint, User
from luukku.organisation.selectors import service_centre

# A contact is logged at most this long after it, and never ahead of the clock by more than
# the tolerance (the staff member's and the server's clocks, a form opened a moment ago).
CONTACT_LOG_DAYS = 7
CONTACT_FUTURE_TOLERANCE = dt.timedelta(minutes=1)


def _contact_time_check(contacted_at: dt.datetime, now: dt.datetime) -> None:
    if contacted_at > now + CONTACT_FUTURE_TOLERANCE:
        raise ValidationError(
            {"contacted_at": _("The contact cannot be in the future. Check the date and time.")}
        )
    if contacted_at < now - dt.timedelta(days=CONTACT_LOG_DAYS):
        raise ValidationError(
            {
                "contacted_at": _(
                    "A contact can be logged at most %(days)s days afterwards. "
                    "Open a case for an older one."
                )
                % {"days": CONTACT_LOG_DAYS}
            }
        )


@in_transaction
def contact_log(
    *,
    actor: User,
    channel: str,
    service: Service,
    note: str,
    customer: Customer | None = None,
    resolved: bool = False,
    contacted_at: dt.datetime | None = None,
    service_point: ServicePoint | None = None,
) -> Case:
    """Log a counter or phone contact in one step; resolved ones count as first-contact.

    `contacted_at`: when the contact was, for one logged afterwards (now if not given). The
    case is received then: its creation, the note and its status (resolved or open) are on
    the timeline at that time and its service-level clocks run from it; only the privacy
    log says when the contact was written down. Whoever logs it served the customer, so
    they become its handler (when they may see the case; its team stays). A counter contact
    is at `service_point` (a walk-in visit's point), by default the service centre.
    """
    if channel not in {Channel.COUNTER, Channel.PHONE}:
        raise ValidationError({"channel": _("Choose counter or phone.")})
    if not (note or "").strip():
        raise ValidationError({"note": _("Write a short note of the contact.")})
    now = timezone.now()
    contacted_at = contacted_at or now
    _contact_time_check(contacted_at, now)
    # Within the tolerance ahead of the clock it is now: the timeline never runs ahead.
    contacted_at = min(contacted_at, now)
    subject = note.strip().splitlines()[0][:80]
    case = case_create(
        service=service,
        channel=channel,
        subject=subject,
        body=note,
        customer=customer,
        author=actor,
        language=customer.preferred_language if customer else "fi",
        context=f"contact_log:{channel}",
        service_point=(service_point or service_centre()) if channel == Channel.COUNTER else None,
        received_at=contacted_at,
        clocks_at=contacted_at,
    )
    if case_visible_to(case=case, user=actor):
        case = case_assign(
            case=case,
            actor=actor,
            assignee=actor,
            team=case.team,
            context="contact_log",
            at=contacted_at,
        )
    if resolved:
        case = case_resolve_at_first_contact(
            case=case, actor=actor, context="contact_log", at=contacted_at
        )
    else:
        case = case_change_status(
            case=case, actor=actor, status=Status.OPEN, context="contact_log", at=contacted_at
        )
    return case
