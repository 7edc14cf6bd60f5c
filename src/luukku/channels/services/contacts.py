"""A phone or counter contact logged by staff as a case."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from luukku.cases.models import Case, Channel, Status
from luukku.cases.services import (
    case_change_status,
    case_create,
    case_resolve_at_first_contact,
)
from luukku.catalogue.models import Service
from luukku.core.locks import in_transaction
from luukku.customers.models import Customer
from luukku.organisation.models import User
from luukku.organisation.selectors import service_centre


@in_transaction
def contact_log(
    *,
    actor: User,
    channel: str,
    service: Service,
    note: str,
    customer: Customer | None = None,
    resolved: bool = False,
) -> Case:
    """Log a counter or phone contact in one step; resolved ones count as first-contact."""
    if channel not in {Channel.COUNTER, Channel.PHONE}:
        raise ValidationError({"channel": _("Choose counter or phone.")})
    if not (note or "").strip():
        raise ValidationError({"note": _("Write a short note of the contact.")})
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
        service_point=service_centre() if channel == Channel.COUNTER else None,
    )
    if resolved:
        case = case_resolve_at_first_contact(case=case, actor=actor, context="contact_log")
    else:
        case = case_change_status(case=case, actor=actor, status=Status.OPEN, context="contact_log")
    return case
