"""A new case: its reference, reply due time, the service's answers checked, and the case
created from any channel (`case_create`)."""

import datetime as dt
import re
import secrets
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import MaxLengthValidator
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.catalogue.models import RequestField, Service
from luukku.core.calendar import add_business_days
from luukku.core.locks import in_transaction, row_created
from luukku.core.text import single_line
from luukku.customers.models import Customer
from luukku.customers.services import contact_clean, customer_for_contact
from luukku.organisation.models import User
from luukku.privacy.services import access_log_record
from luukku.search.services import search_index_deferred

from ..events import event_case_created, event_customer_message, event_note
from ..models import (
    Case,
    Channel,
    Priority,
)
from .attachments import _store_attachments, attachments_validate
from .common import _service_level_refresh
from .routing import _assign_named_handler, _routing_apply

REFERENCE_PREFIX = "LK"

# A case's reference as the acknowledgement gives it, LK-2026-042754 (six digits, eight once a
# year is crowded: `reference_candidate`), as typed back or found in a mail subject in any
# letter case.
REFERENCE_FORMAT = re.compile(rf"\b{REFERENCE_PREFIX}-\d{{4}}-(?:\d{{6}}|\d{{8}})\b", re.IGNORECASE)

# The longest answer in words to one of a service's questions.
ANSWER_TEXT_LIMIT = 2000


STRUCTURED_CHANNELS = frozenset({Channel.WEB, Channel.OPEN311})


REPLY_DUE_LOCAL_TIME = dt.time(16, 0)


def reference_candidate(*, year: int, digits: int = 6) -> str:
    """A reference readable on the phone, random so that one does not reveal the next."""
    return f"{REFERENCE_PREFIX}-{year}-{secrets.randbelow(10**digits):0{digits}d}"


def _insert_with_reference(case: Case) -> Case:
    """Save a new case under a free random reference, widening it if the year is crowded."""
    year = timezone.localtime(case.created_at).year
    for attempt in range(30):
        case.reference = reference_candidate(year=year, digits=6 if attempt < 10 else 8)
        try:
            with transaction.atomic():
                case.save(force_insert=True)
        except IntegrityError:
            if Case.objects.filter(reference=case.reference).exists():
                case.pk = None
                continue
            raise
        return case
    raise RuntimeError("no free case reference found")


def reply_due(*, service: Service, received_at: dt.datetime) -> dt.datetime:
    """When the reply is promised: the service's target in business days, at 16:00 Helsinki."""
    local = timezone.localtime(received_at)
    day = add_business_days(local.date(), service.target_reply_days)
    return timezone.make_aware(dt.datetime.combine(day, REPLY_DUE_LOCAL_TIME))


def answers_clean(*, service: Service, raw: dict, require: bool = True) -> dict:
    """Check answers to the service's request fields; returns values ready to store.

    Raises ValidationError keyed by field code, with a message a citizen understands.
    """
    if not raw and not require:  # nothing to check: the fields need not be read
        return {}
    cleaned: dict = {}
    errors: dict[str, str] = {}
    prefetched = "request_fields" in getattr(service, "_prefetched_objects_cache", {})
    fields = list(
        service.request_fields.all()
        if prefetched
        else service.request_fields.prefetch_related("options")
    )
    known = {field.code for field in fields}
    for code in raw:
        if code not in known:
            errors[code] = _("This service has no field “%(code)s”.") % {"code": code}
    for field in fields:
        value = raw.get(field.code)
        empty = value in (None, "", [], ())
        if empty:
            if field.required and require:
                errors[field.code] = _("“%(label)s” is required.") % {"label": field.label}
            continue
        options = {option.key for option in field.options.all()}
        try:
            cleaned[field.code] = _clean_answer(field, value, options)
        except ValueError:
            errors[field.code] = _answer_error(field)
    if errors:
        raise ValidationError(errors)
    return cleaned


def _clean_answer(field: RequestField, value, options: set[str]):
    kind = RequestField.DataType
    if field.datatype == kind.TEXT:
        text = str(value).strip()
        if len(text) > ANSWER_TEXT_LIMIT or "\x00" in text:
            raise ValueError
        return text
    if field.datatype == kind.NUMBER:
        try:
            number = Decimal(str(value).replace(",", ".").strip())
        except InvalidOperation as error:
            raise ValueError from error
        if not number.is_finite():
            raise ValueError
        return str(number)
    if field.datatype == kind.DATE:
        if isinstance(value, dt.date):
            return value.isoformat()
        # ISO as a date picker sends it, or as a person types it (20.11.2026).
        try:
            day = forms.DateField().to_python(str(value).strip())
        except ValidationError as error:
            raise ValueError from error
        if day is None:
            raise ValueError
        return day.isoformat()
    if field.datatype == kind.SINGLE_CHOICE:
        if isinstance(value, list | tuple) or str(value) not in options:
            raise ValueError
        return str(value)
    values = [value] if isinstance(value, str) else list(value)
    if not values or any(str(item) not in options for item in values):
        raise ValueError
    return sorted({str(item) for item in values})


def _answer_error(field: RequestField) -> str:
    kind = RequestField.DataType
    messages = {
        kind.TEXT: _("“%(label)s” is too long (at most %(limit)d characters)."),
        kind.NUMBER: _("“%(label)s” must be a number."),
        kind.DATE: _("“%(label)s” must be a date (YYYY-MM-DD)."),
        kind.SINGLE_CHOICE: _("Choose one of the options for “%(label)s”."),
        kind.MULTIPLE_CHOICE: _("Choose one or more of the options for “%(label)s”."),
    }
    return messages[field.datatype] % {"label": field.label, "limit": ANSWER_TEXT_LIMIT}


def case_check(
    *,
    service: Service,
    channel: str,
    subject: str,
    anonymous: bool,
    answers: dict | None = None,
    address: str = "",
    latitude=None,
    files: Iterable[UploadedFile] = (),
    details_later: bool = False,
) -> tuple[dict, list[UploadedFile]]:
    """What `case_create` asks of a new case, without writing anything: the cleaned answers
    and the acceptable files, or a ValidationError naming every problem. A channel that takes
    a request in before registering it checks it here first.

    `details_later`: the service's questions and location are asked later, by a person (a
    callback request from the web: the agent asks them on the call)."""
    errors: dict[str, list[str]] = {}
    if not single_line(subject or ""):
        errors["subject"] = [_("Enter a subject.")]
    if channel not in Channel.values:
        errors["channel"] = [_("Unknown channel.")]
    if not service.is_published:
        errors["service"] = [_("This service is not available.")]
    if anonymous and not service.allows_anonymous and channel in STRUCTURED_CHANNELS:
        errors["email"] = [_("Give an e-mail address or a phone number so that we can reply.")]
    # Forms ask for every required field; free-text channels (e-mail, phone, counter) cannot,
    # so there the handler completes the case later.
    structured = channel in STRUCTURED_CHANNELS and not details_later
    if structured and service.requires_location and not address.strip() and latitude is None:
        errors["address"] = [_("Give the address or the location on the map.")]
    try:
        MaxLengthValidator(Case._meta.get_field("address").max_length)(address)
    except ValidationError as error:
        errors["address"] = error.messages
    cleaned_answers: dict = {}
    try:
        cleaned_answers = answers_clean(service=service, raw=answers or {}, require=structured)
    except ValidationError as error:
        errors.update(error.message_dict)
    valid_files: list[UploadedFile] = []
    try:
        valid_files = attachments_validate(files)
    except ValidationError as error:
        errors.update(error.message_dict)
    if errors:
        raise ValidationError(errors)
    return cleaned_answers, valid_files


@in_transaction
def case_create(
    *,
    service: Service,
    channel: str,
    subject: str,
    body: str = "",
    customer: Customer | None = None,
    author: User | None = None,
    answers: dict | None = None,
    address: str = "",
    latitude=None,
    longitude=None,
    priority: int = Priority.NORMAL,
    language: str = "fi",
    files: Iterable[UploadedFile] = (),
    context: str = "",
    external_id: str = "",
    message_data: dict | None = None,
    service_point=None,
    token: str = "",
    received_at: dt.datetime | None = None,
    contact_email: str | None = None,
    contact_phone: str | None = None,
    details_later: bool = False,
    request_form: bool = False,
    clocks_at: dt.datetime | None = None,
) -> Case:
    """Open a case from any channel: the one write path every channel ends in.

    `contact_email` and `contact_phone` are the addresses the sender gave on this contact:
    every message about the case goes there. A channel that knows them passes them (empty
    when the sender gave none); without them (staff opening a case for a chosen customer)
    the customer record's addresses are taken as they are now.

    `external_id` is the channel's id of the first message (an e-mail's Message-ID), and
    `message_data` what the channel wants kept with it; `token`, the private link the
    sender already holds, and `received_at`, when it was taken in (the clocks of the
    service level start then), for a request taken in before it was registered;
    `details_later`, see `case_check`; `clocks_at`, the moment its service level is first
    looked at as of (`contact_log`'s contact logged afterwards).
    """
    now = received_at or timezone.now()
    case, valid_files = _case_new(
        service=service,
        channel=channel,
        subject=subject,
        customer=customer,
        answers=answers,
        address=address,
        latitude=latitude,
        longitude=longitude,
        files=files,
        details_later=details_later,
        priority=priority,
        language=language,
        token=token,
        at=now,
        contact_email=contact_email,
        contact_phone=contact_phone,
        request_form=request_form,
        service_point=service_point,
    )
    # Indexed for search once, with its first message, when it is complete.
    with search_index_deferred():
        row_created(_insert_with_reference(case))
        event_case_created(case, author=author, channel=channel, at=now)
        if body.strip() or valid_files:
            from_customer = author is None
            if from_customer:
                message = event_customer_message(
                    case, body=body.strip(), details=message_data, at=now, external_id=external_id
                )
            else:
                message = event_note(
                    case, author=author, body=body.strip(), at=now, external_id=external_id
                )
            _store_attachments(case=case, event=message, files=valid_files, public=from_customer)
        context = context or f"case_create:{channel}"
        _case_opened(case, author=author, context=context, clocks_at=clocks_at)
    return case


@in_transaction
def case_create_for_contact(
    *,
    first_name: str = "",
    last_name: str = "",
    email: str = "",
    phone: str = "",
    preferred_channel: str = "",
    language: str = "fi",
    context: str,
    **case: Any,
) -> Case:
    """A case a citizen opens themselves (a request, a booking, a callback): the customer
    record is the one the contact unambiguously belongs to, or a new one, and the case keeps
    the addresses the citizen gave on this contact, never ones guessed from a record — every
    message about the case goes to them. `case` is the rest of `case_create`'s arguments."""
    contact = contact_clean(email=email, phone=phone, first_name=first_name, last_name=last_name)
    customer = customer_for_contact(
        **contact,
        preferred_language=language,
        preferred_channel=preferred_channel,
        context=context,
    )
    return case_create(
        customer=customer,
        contact_email=contact["email"],
        contact_phone=contact["phone"],
        language=language,
        context=context,
        **case,
    )


def _case_new(
    *,
    service: Service,
    channel: str,
    subject: str,
    customer: Customer | None,
    answers: dict | None,
    address: str,
    latitude,
    longitude,
    files: Iterable[UploadedFile],
    details_later: bool,
    priority: int,
    language: str,
    token: str,
    at: dt.datetime,
    contact_email: str | None,
    contact_phone: str | None,
    request_form: bool,
    service_point,
) -> tuple[Case, list[UploadedFile]]:
    """`case_create`'s new case, checked (`case_check`) and not yet saved, with the files
    it may keep."""
    # One line, whichever channel it came from: it becomes the subject of every reply.
    subject = single_line(subject or "")
    cleaned_answers, valid_files = case_check(
        service=service,
        channel=channel,
        subject=subject,
        anonymous=customer is None,
        answers=answers,
        address=address,
        latitude=latitude,
        files=files,
        details_later=details_later,
    )
    if contact_email is None:
        contact_email = customer.email if customer else ""
    if contact_phone is None:
        contact_phone = customer.phone if customer else ""
    case = Case(
        token=token or secrets.token_urlsafe(32),
        service=service,
        department=service.department,
        customer=customer,
        channel=channel,
        contact_email=contact_email,
        contact_phone=contact_phone,
        request_form=request_form,
        subject=subject[:200],
        priority=priority,
        sensitive=service.sensitive,
        address=address.strip(),
        latitude=latitude,
        longitude=longitude,
        answers=cleaned_answers,
        language=language if language in {"fi", "sv", "en"} else "fi",
        created_at=at,
        updated_at=at,
        due_at=reply_due(service=service, received_at=at),
        service_point=service_point,
    )
    return case, valid_files


def _case_opened(
    case: Case, *, author: User | None, context: str, clocks_at: dt.datetime | None = None
) -> None:
    """A new case, saved with its first events: its creation logged, the customer's named
    handler or the routing rules applied and its service level started."""
    access_log_record(actor=author, action="create", case=case, context=context)
    if case.customer is not None:
        _assign_named_handler(case, case.customer)
    _service_level_refresh(case, now=clocks_at)
    # The assignment and the forwarding change this instance (the row this write holds):
    # nothing to read again.
    _routing_apply(case)
