"""Adapters that turn a contact from a channel into a case through `cases.services`."""

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _

from luukku.cases.models import Case, Channel, Status
from luukku.cases.notifications import acknowledgement_send
from luukku.cases.services import case_change_status, case_create, case_resolve_at_first_contact
from luukku.catalogue.models import Service
from luukku.customers.models import Customer
from luukku.customers.services import customer_for_contact
from luukku.organisation.models import User


@transaction.atomic
def web_request_submit(
    *,
    service: Service,
    subject: str,
    description: str,
    first_name: str = "",
    last_name: str = "",
    email: str = "",
    phone: str = "",
    preferred_channel: str = "",
    language: str = "fi",
    answers: dict | None = None,
    address: str = "",
    latitude=None,
    longitude=None,
    files: Iterable[UploadedFile] = (),
) -> Case:
    """A citizen's request from the web form: customer found or created, case, acknowledgement."""
    if not service.accepts_requests:
        raise ValidationError({"service": _("This service does not take requests online.")})
    if not (description or "").strip():
        raise ValidationError({"description": _("Describe your matter.")})
    customer = customer_for_contact(
        email=email,
        phone=phone,
        first_name=first_name,
        last_name=last_name,
        preferred_language=language,
        preferred_channel=preferred_channel,
        context="web_request",
    )
    case = case_create(
        service=service,
        channel=Channel.WEB,
        subject=subject,
        body=description,
        customer=customer,
        answers=answers,
        address=address,
        latitude=latitude,
        longitude=longitude,
        language=language,
        files=files,
        context="web_request",
    )
    transaction.on_commit(lambda: acknowledgement_send(case_id=case.pk))
    return case


@transaction.atomic
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
    )
    if resolved:
        case = case_resolve_at_first_contact(case=case, actor=actor, context="contact_log")
    else:
        case = case_change_status(case=case, actor=actor, status=Status.OPEN, context="contact_log")
    return case
