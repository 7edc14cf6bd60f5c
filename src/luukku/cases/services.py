"""Every change of a case goes through these functions, whatever the channel.

Each writes the case and its timeline event in one transaction, and records the
change of personal data in the privacy log.
"""

import contextlib
import datetime as dt
import secrets
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from pathlib import PurePath

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import MaxLengthValidator
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.catalogue.models import RequestField, Service
from luukku.core.calendar import add_business_days
from luukku.core.file_types import content_matches_name, download_content_type
from luukku.core.text import single_line
from luukku.customers.models import Customer
from luukku.customers.services import contact_clean
from luukku.organisation.models import Department, Organisation, Team, User
from luukku.privacy.services import access_log_record
from luukku.search.services import search_index_deferred

from .models import (
    TRANSITIONS,
    Attachment,
    Case,
    CaseEvent,
    Channel,
    Consultation,
    Priority,
    RoutingRule,
    Status,
)

REFERENCE_PREFIX = "LK"
STRUCTURED_CHANNELS = frozenset({Channel.WEB, Channel.OPEN311})
REPLY_DUE_LOCAL_TIME = dt.time(16, 0)


# -- identifiers ---------------------------------------------------------------------------


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


# -- validation ----------------------------------------------------------------------------


def answers_clean(*, service: Service, raw: dict, require: bool = True) -> dict:
    """Check answers to the service's request fields; returns values ready to store.

    Raises ValidationError keyed by field code, with a message a citizen understands.
    """
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
        if len(text) > 2000 or "\x00" in text:
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
        kind.TEXT: _("“%(label)s” is too long (at most 2000 characters)."),
        kind.NUMBER: _("“%(label)s” must be a number."),
        kind.DATE: _("“%(label)s” must be a date (YYYY-MM-DD)."),
        kind.SINGLE_CHOICE: _("Choose one of the options for “%(label)s”."),
        kind.MULTIPLE_CHOICE: _("Choose one or more of the options for “%(label)s”."),
    }
    return messages[field.datatype] % {"label": field.label}


def attachments_validate(files: Iterable[UploadedFile]) -> list[UploadedFile]:
    """Check the count, size and type of uploaded files against the settings; the type by
    the content too (luukku.core.file_types), so that nothing is stored under a false name."""
    files = [file for file in files if file]
    errors = []
    if len(files) > settings.ATTACHMENT_MAX_COUNT:
        errors.append(
            _("Attach at most %(count)d files.") % {"count": settings.ATTACHMENT_MAX_COUNT}
        )
    allowed = {ext.lower() for ext in settings.ATTACHMENT_TYPES}
    limit_mb = settings.ATTACHMENT_MAX_BYTES // (1024 * 1024)
    for file in files:
        extension = PurePath(file.name).suffix.lower().lstrip(".")
        if extension not in allowed:
            errors.append(
                _("“%(name)s” is not an accepted file type. Accepted types: %(types)s.")
                % {"name": file.name, "types": ", ".join(sorted(allowed))}
            )
        elif file.size > settings.ATTACHMENT_MAX_BYTES:
            errors.append(
                _("“%(name)s” is larger than %(limit)d MB.")
                % {"name": file.name, "limit": limit_mb}
            )
        elif file.size == 0:
            errors.append(_("“%(name)s” is empty.") % {"name": file.name})
        elif not content_matches_name(file, file.name):
            errors.append(
                _(
                    "The content of “%(name)s” does not match its name (a .%(extension)s "
                    "file). Save it again in that format, or attach another file."
                )
                % {"name": file.name, "extension": extension}
            )
    if errors:
        raise ValidationError({"attachments": errors})
    return files


def _store_attachments(*, case: Case, event: CaseEvent, files: list[UploadedFile], public: bool):
    for file in files:
        name = PurePath(file.name).name[:200] or "attachment"
        Attachment.objects.create(
            case=case,
            event=event,
            file=file,
            filename=name,
            content_type=download_content_type(name),
            size=file.size,
            public=public,
        )


def _event(
    case: Case,
    kind: str,
    *,
    author=None,
    public=False,
    body="",
    data=None,
    at=None,
    external_id="",
):
    event = CaseEvent.objects.create(
        case=case,
        kind=kind,
        author=author,
        public=public,
        body=body,
        data=data or {},
        at=at or timezone.now(),
        external_id=external_id,
    )
    Case.objects.filter(pk=case.pk).update(updated_at=event.at)
    case.updated_at = event.at
    return event


def _locked(case: Case) -> Case:
    """Reload the case under a row lock so that two people cannot overwrite each other."""
    return Case.objects.select_for_update().get(pk=case.pk)


# -- writes --------------------------------------------------------------------------------


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


@transaction.atomic
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
    `details_later`, see `case_check`.
    """
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
    # Indexed for search once, with its first message, when it is complete.
    with search_index_deferred():
        now = received_at or timezone.now()
        case = Case(
            token=token or secrets.token_urlsafe(32),
            service=service,
            department=service.department,
            customer=customer,
            channel=channel,
            contact_email=(
                contact_email if contact_email is not None else (customer.email if customer else "")
            ),
            contact_phone=(
                contact_phone if contact_phone is not None else (customer.phone if customer else "")
            ),
            request_form=request_form,
            subject=subject[:200],
            priority=priority,
            sensitive=service.sensitive,
            address=address.strip(),
            latitude=latitude,
            longitude=longitude,
            answers=cleaned_answers,
            language=language if language in {"fi", "sv", "en"} else "fi",
            created_at=now,
            updated_at=now,
            due_at=reply_due(service=service, received_at=now),
            service_point=service_point,
        )
        _insert_with_reference(case)
        _event(
            case,
            CaseEvent.Kind.CREATED,
            author=author,
            public=True,
            data={"channel": channel},
            at=now,
        )
        if body.strip() or valid_files:
            from_customer = author is None
            message = _event(
                case,
                CaseEvent.Kind.MESSAGE_IN if from_customer else CaseEvent.Kind.NOTE,
                author=author,
                public=from_customer,
                body=body.strip(),
                at=now,
                external_id=external_id,
                data=message_data,
            )
            _store_attachments(case=case, event=message, files=valid_files, public=from_customer)
        access_log_record(
            actor=author, action="create", case=case, context=context or f"case_create:{channel}"
        )
        assigned = customer is not None and _assign_named_handler(case, customer)
        _service_level_refresh(case)
        if _routing_apply(case) or assigned:
            case.refresh_from_db()
    return case


@transaction.atomic
def case_change_status(*, case: Case, actor: User | None, status: str, context: str = "") -> Case:
    case = _locked(case)
    if status not in Status.values:
        raise ValidationError({"status": _("Unknown status.")})
    if status == case.status:
        return case
    if status not in TRANSITIONS[case.status]:
        raise ValidationError(
            {
                "status": _("A case that is “%(old)s” cannot become “%(new)s”.")
                % {"old": Status(case.status).label, "new": Status(status).label}
            }
        )
    old = case.status
    case.status = status
    if status == Status.RESOLVED:
        case.resolved_at = timezone.now()
        case.first_contact_resolution = _resolved_at_first_contact(case, actor)
    elif status in {Status.OPEN, Status.WAITING_EXPERT, Status.WAITING_CUSTOMER}:
        case.resolved_at = None
        case.first_contact_resolution = False
    case.save(update_fields=["status", "resolved_at", "first_contact_resolution"])
    _event(case, CaseEvent.Kind.STATUS, author=actor, public=True, data={"from": old, "to": status})
    access_log_record(
        actor=actor,
        action="change",
        case=case,
        context=context or "case_change_status",
        fields=["status"],
    )
    _service_level_refresh(case)
    return case


def _check_can_handle(case: Case, user: User) -> None:
    from .selectors import case_visible_to

    if not user.is_active or not case_visible_to(case=case, user=user):
        raise ValidationError(
            {"assignee": _("%(name)s may not handle this case.") % {"name": str(user)}}
        )


@transaction.atomic
def case_assign(
    *,
    case: Case,
    actor: User | None,
    assignee: User | None,
    team: Team | None = None,
    context: str = "",
    reason: str = "",
) -> Case:
    """Name the case's handler (and team). A handler must be allowed to see the case.

    `reason` says why when Luukku assigns it itself ("handler", "substitute")."""
    case = _locked(case)
    if assignee is not None:
        _check_can_handle(case, assignee)
    if (
        team is not None
        and case.department_id
        and team.department_id != case.department_id
        and case.sensitive
    ):
        raise ValidationError({"team": _("A sensitive case stays within its department.")})
    if case.assignee_id == (assignee.pk if assignee else None) and case.team_id == (
        team.pk if team else None
    ):
        return case
    old = {"assignee": case.assignee_id, "team": case.team_id}
    case.assignee = assignee
    case.team = team
    case.save(update_fields=["assignee", "team"])
    _event(
        case,
        CaseEvent.Kind.ASSIGNMENT,
        author=actor,
        data={
            "from": old,
            "to": {"assignee": case.assignee_id, "team": case.team_id},
            "assignee_name": str(assignee) if assignee else "",
            "team_name": str(team) if team else "",
            **({"reason": reason} if reason else {}),
        },
    )
    access_log_record(
        actor=actor,
        action="change",
        case=case,
        context=context or "case_assign",
        fields=["assignee", "team"],
    )
    return case


@transaction.atomic
def case_update(
    *,
    case: Case,
    actor: User,
    service: Service | None = None,
    priority: int | None = None,
    sensitive: bool | None = None,
    context: str = "",
) -> Case:
    """Change the service, priority or sensitivity; the department follows the service, and
    a case of a sensitive service stays sensitive."""
    case = _locked(case)
    changes = {}
    if service is not None and service.pk != case.service_id:
        changes["service"] = [case.service.name, service.name]
        case.service = service
        case.department = service.department
        case.sensitive = case.sensitive or service.sensitive
    if priority is not None and priority != case.priority:
        if priority not in Priority.values:
            raise ValidationError({"priority": _("Unknown priority.")})
        changes["priority"] = [case.priority, priority]
        case.priority = priority
    if sensitive is not None:
        sensitive = sensitive or case.service.sensitive
        if sensitive != case.sensitive:
            changes["sensitive"] = [case.sensitive, sensitive]
            case.sensitive = sensitive
    if not changes:
        return case
    case.save(update_fields=["service", "department", "sensitive", "priority"])
    _event(case, CaseEvent.Kind.UPDATE, author=actor, data=changes)
    _service_level_refresh(case)
    access_log_record(
        actor=actor,
        action="change",
        case=case,
        context=context or "case_update",
        fields=sorted(changes),
    )
    return case


@transaction.atomic
def case_contact_change(
    *, case: Case, actor: User, email: str, phone: str, context: str = ""
) -> Case:
    """Change where messages about the case go (the customer asked for replies to another
    address, or gave a number on the phone). Checked as a contact's addresses are; the
    customer record is not changed."""
    contact = contact_clean(email=email, phone=phone)
    case = _locked(case)
    changes = {
        field: [getattr(case, field), contact[key]]
        for field, key in (("contact_email", "email"), ("contact_phone", "phone"))
        if getattr(case, field) != contact[key]
    }
    if not changes:
        return case
    for field, (_old, new) in changes.items():
        setattr(case, field, new)
    case.save(update_fields=sorted(changes))
    _event(case, CaseEvent.Kind.UPDATE, author=actor, data=changes)
    access_log_record(
        actor=actor,
        action="change",
        case=case,
        context=context or "case_contact_change",
        fields=sorted(changes),
    )
    return case


@transaction.atomic
def case_add_note(
    *, case: Case, actor: User, body: str, files: Iterable[UploadedFile] = (), context: str = ""
) -> CaseEvent:
    body = (body or "").strip()
    if not body:
        raise ValidationError({"body": _("Write the note first.")})
    valid_files = attachments_validate(files)
    case = _locked(case)
    event = _event(case, CaseEvent.Kind.NOTE, author=actor, body=body)
    _store_attachments(case=case, event=event, files=valid_files, public=False)
    access_log_record(
        actor=actor, action="change", case=case, context=context or "case_add_note", fields=["note"]
    )
    return event


@transaction.atomic
def case_reply(
    *,
    case: Case,
    actor: User,
    body: str,
    status_after: str | None = None,
    files: Iterable[UploadedFile] = (),
    context: str = "",
) -> CaseEvent:
    """A reply from the service centre to the customer, queued for sending with it."""
    from .notifications import reply_queue

    body = (body or "").strip()
    if not body:
        raise ValidationError({"body": _("Write the reply first.")})
    valid_files = attachments_validate(files)
    case = _locked(case)
    if case.status == Status.CLOSED:
        raise ValidationError({"body": _("A closed case cannot be answered; open a new case.")})
    if status_after and status_after not in TRANSITIONS[case.status] | {case.status}:
        raise ValidationError(
            {
                "status": _("A case that is “%(old)s” cannot become “%(new)s”.")
                % {"old": Status(case.status).label, "new": Status(status_after).label}
            }
        )
    event = _event(case, CaseEvent.Kind.MESSAGE_OUT, author=actor, public=True, body=body)
    _store_attachments(case=case, event=event, files=valid_files, public=True)
    if case.assignee_id is None:
        # Whoever answers first becomes the named handler, so no answered case is orphaned.
        case = case_assign(case=case, actor=actor, assignee=actor, team=case.team, context=context)
    next_status = status_after or (Status.OPEN if case.status == Status.NEW else None)
    if next_status and next_status != case.status:
        case_change_status(case=case, actor=actor, status=next_status, context=context)
    else:
        _service_level_refresh(case)  # the reply is the first response; no status change did it
    access_log_record(
        actor=actor, action="change", case=case, context=context or "case_reply", fields=["reply"]
    )
    reply_queue(event=event)
    return event


@transaction.atomic
def case_customer_message(
    *,
    case: Case,
    body: str,
    files: Iterable[UploadedFile] = (),
    external_id: str = "",
    message_data: dict | None = None,
) -> CaseEvent:
    """The customer writes more to their own case; a waiting or resolved case opens again."""
    body = (body or "").strip()
    if not body:
        raise ValidationError({"body": _("Write your message first.")})
    valid_files = attachments_validate(files)
    case = _locked(case)
    if case.status == Status.CLOSED:
        raise ValidationError(
            {"body": _("This case is closed. Please send a new request instead.")}
        )
    event = _event(
        case,
        CaseEvent.Kind.MESSAGE_IN,
        public=True,
        body=body,
        external_id=external_id,
        data=message_data,
    )
    _store_attachments(case=case, event=event, files=valid_files, public=True)
    if case.status in {Status.WAITING_CUSTOMER, Status.RESOLVED}:
        case_change_status(case=case, actor=None, status=Status.OPEN, context="customer_message")
    return event


def _resolved_at_first_contact(case: Case, actor: User | None) -> bool:
    """Resolved by the front line in the customer's first contact, without an expert.

    The front line resolves it; no expert was waited for or wrote on the case; the customer
    did not have to write again. A case that is reopened loses the mark.
    """
    if actor is None or not actor.is_front_line:
        return False
    events = case.events.all()
    if case.consultations.exists() or case.forwarded_to_id:
        return False
    if events.filter(kind=CaseEvent.Kind.STATUS, data__to=Status.WAITING_EXPERT).exists():
        return False
    if events.filter(author__role=User.Role.EXPERT).exists():
        return False
    return events.filter(kind=CaseEvent.Kind.MESSAGE_IN).count() <= 1


@transaction.atomic
def case_resolve_at_first_contact(*, case: Case, actor: User, context: str = "") -> Case:
    """Mark a case resolved by the front line in the same contact, without an expert."""
    case = case_change_status(case=case, actor=actor, status=Status.RESOLVED, context=context)
    if not case.forwarded_to_id and not case.consultations.exists():
        case.first_contact_resolution = True
        case.save(update_fields=["first_contact_resolution"])
    return case


@transaction.atomic
def case_add_system_note(*, case: Case, body: str, data: dict | None = None) -> CaseEvent:
    """An internal note written by Luukku itself (a bounce, a failed delivery)."""
    return case_add_internal_event(case=case, kind=CaseEvent.Kind.NOTE, body=body, data=data)


@transaction.atomic
def case_add_internal_event(
    *,
    case: Case,
    kind: str,
    body: str = "",
    data: dict | None = None,
    author: User | None = None,
    at: dt.datetime | None = None,
    public: bool = False,
) -> CaseEvent:
    """A timeline entry recorded by another part of Luukku (a service-level alert, an
    escalation, an appointment) at the moment it happened; the case row is locked like any
    other change. Internal unless `public` (shown on the citizen's status page)."""
    case = _locked(case)
    return _event(case, kind, author=author, public=public, body=body, data=data, at=at)


def _service_level_refresh(case: Case) -> None:
    """Keep the case's service level (next due time, state) in step with its timeline."""
    from luukku.servicelevels.services import case_service_level_refresh

    case_service_level_refresh(case=case)


# -- the one-handler model and routing rules -----------------------------------------------


def _assign_named_handler(case: Case, customer: Customer) -> bool:
    """A customer with a named handler: the new case goes to the handler, or to the
    substitute while the handler is away. Returns whether it was assigned."""
    from luukku.customers.selectors import customer_handler_on

    if customer.handler_id is None and customer.substitute_id is None:
        return False
    person, role = customer_handler_on(customer=customer, day=timezone.localdate(case.created_at))
    if person is None:
        return False
    try:
        case_assign(case=case, actor=None, assignee=person, context="named_handler", reason=role)
    except ValidationError:
        return False  # the handler may not see this (sensitive) case: it waits in the inbox
    return True


def _routing_apply(case: Case) -> bool:
    """Forward the case at intake when an automatic routing rule matches it."""
    from .selectors import routing_rules_for

    rule = next((rule for rule in routing_rules_for(case=case, automatic=True)), None)
    if rule is None:
        return False
    message = rule.message_in(case.language)
    case_forward(case=case, actor=None, organisation=rule.organisation, message=message, rule=rule)
    return True


@transaction.atomic
def case_forward(
    *,
    case: Case,
    actor: User | None,
    organisation: Organisation | None,
    message: str,
    rule: RoutingRule | None = None,
    context: str = "",
) -> CaseEvent:
    """Send the customer to the organisation that provides the service: the message tells
    them where and how, the case is resolved and recorded as forwarded."""
    from .notifications import reply_queue

    message = (message or "").strip()
    errors = {}
    if organisation is None or organisation.is_own:
        errors["organisation"] = [_("Choose the organisation the case belongs to.")]
    if not message:
        errors["message"] = [_("Tell the customer where and how they get the service.")]
    if errors:
        raise ValidationError(errors)
    case = _locked(case)
    if not case.is_open:
        raise ValidationError({"message": _("Only an open case can be forwarded.")})
    case.forwarded_to = organisation
    case.save(update_fields=["forwarded_to"])
    reply = _event(
        case,
        CaseEvent.Kind.MESSAGE_OUT,
        author=actor,
        public=True,
        body=message,
        data={"forwarded_to": organisation.pk},
    )
    _event(
        case,
        CaseEvent.Kind.FORWARDED,
        author=actor,
        public=True,
        data={
            "organisation": organisation.pk,
            "name": organisation.name,
            "rule": rule.pk if rule else None,
        },
    )
    access_log_record(
        actor=actor,
        action="change",
        case=case,
        context=context or "case_forward",
        fields=["forward"],
    )
    case_change_status(case=case, actor=actor, status=Status.RESOLVED, context=context)
    reply_queue(event=reply)
    return reply


# -- expert consultation -------------------------------------------------------------------


@transaction.atomic
def consultation_ask(
    *,
    case: Case,
    actor: User,
    question: str,
    expert: User | None = None,
    department: Department | None = None,
    context: str = "",
) -> Consultation:
    """Ask an expert, or a department's expert queue, about the case. The case waits for
    the expert; the customer sees only that, never who."""
    from luukku.servicelevels.selectors import business_hours

    question = (question or "").strip()
    errors: dict[str, list[str]] = {}
    if not question:
        errors["question"] = [_("Write the question for the expert.")]
    if (expert is None) == (department is None):
        errors["expert"] = [_("Choose either an expert or an expert queue.")]
    elif expert is not None and (not expert.is_active or expert.role != User.Role.EXPERT):
        errors["expert"] = [_("%(name)s is not an expert.") % {"name": str(expert)}]
    if errors:
        raise ValidationError(errors)
    case = _locked(case)
    if not case.is_open:
        raise ValidationError({"question": _("Only an open case can be consulted on.")})
    now = timezone.now()
    hours = dt.timedelta(hours=settings.CONSULTATION_ANSWER_HOURS)
    consultation = Consultation.objects.create(
        case=case,
        asked_by=actor,
        expert=expert,
        department=department,
        question=question,
        asked_at=now,
        due_at=business_hours().add(now, hours),
    )
    _event(
        case,
        CaseEvent.Kind.CONSULTATION,
        author=actor,
        body=question,
        data={
            "consultation": consultation.pk,
            "expert": str(expert) if expert else "",
            "queue": str(department) if department else "",
        },
    )
    access_log_record(
        actor=actor,
        action="change",
        case=case,
        context=context or "consultation_ask",
        fields=["consultation"],
    )
    if case.assignee_id is None:
        # Whoever asks owns the case meanwhile, so the answer has someone to come back to.
        with contextlib.suppress(ValidationError):
            case = case_assign(
                case=case, actor=actor, assignee=actor, team=case.team, context=context
            )
    if case.status != Status.WAITING_EXPERT:
        case_change_status(case=case, actor=actor, status=Status.WAITING_EXPERT, context=context)
    return consultation


def _consultation_for_change(consultation: Consultation, actor: User) -> Consultation:
    consultation = Consultation.objects.select_for_update().get(pk=consultation.pk)
    from .selectors import consultation_can_answer

    if not consultation_can_answer(consultation=consultation, user=actor):
        raise PermissionDenied
    if not consultation.is_open:
        raise ValidationError({"answer": _("This consultation has been answered already.")})
    return consultation


def _stop_waiting_for_expert(case: Case, context: str) -> None:
    """Back to the front line once no consultation is waiting for an answer. Luukku makes
    the change, so that not even the author of the public status change names the expert."""
    case.refresh_from_db(fields=["status"])
    still_open = case.consultations.filter(status=Consultation.Status.OPEN).exists()
    if case.status == Status.WAITING_EXPERT and not still_open:
        case_change_status(case=case, actor=None, status=Status.OPEN, context=context)


@transaction.atomic
def consultation_answer(
    *, consultation: Consultation, actor: User, answer: str, context: str = ""
) -> Consultation:
    """The expert answers the front line (notes, bullet points); the agent writes the reply."""
    answer = (answer or "").strip()
    if not answer:
        raise ValidationError({"answer": _("Write the answer first.")})
    consultation = _consultation_for_change(consultation, actor)
    case = _locked(consultation.case)
    consultation.status = Consultation.Status.ANSWERED
    consultation.answer = answer
    consultation.answered_by = actor
    consultation.answered_at = timezone.now()
    consultation.save(update_fields=["status", "answer", "answered_by", "answered_at"])
    _event(
        case,
        CaseEvent.Kind.CONSULTATION_ANSWER,
        author=actor,
        body=answer,
        data={"consultation": consultation.pk},
    )
    access_log_record(
        actor=actor,
        action="change",
        case=case,
        context=context or "consultation_answer",
        fields=["consultation"],
    )
    _stop_waiting_for_expert(case, context)
    return consultation


@transaction.atomic
def consultation_take_over(
    *, consultation: Consultation, actor: User, note: str = "", context: str = ""
) -> Consultation:
    """The case really belongs to the expert: they become its handler and answer the
    customer themselves from now on."""
    consultation = _consultation_for_change(consultation, actor)
    case = _locked(consultation.case)
    consultation.status = Consultation.Status.TAKEN_OVER
    consultation.answer = (note or "").strip()
    consultation.answered_by = actor
    consultation.answered_at = timezone.now()
    consultation.save(update_fields=["status", "answer", "answered_by", "answered_at"])
    case = case_assign(case=case, actor=actor, assignee=actor, team=None, context=context)
    _event(
        case,
        CaseEvent.Kind.CONSULTATION_ANSWER,
        author=actor,
        body=consultation.answer,
        data={"consultation": consultation.pk, "taken_over": True},
    )
    _stop_waiting_for_expert(case, context)
    return consultation


@transaction.atomic
def consultation_withdraw(*, consultation: Consultation, actor: User) -> Consultation:
    """The front line no longer needs the answer (the customer's question went away)."""
    consultation = Consultation.objects.select_for_update().get(pk=consultation.pk)
    if actor.pk != consultation.asked_by_id and not actor.sees_everything:
        raise PermissionDenied
    if not consultation.is_open:
        raise ValidationError({"answer": _("This consultation has been answered already.")})
    consultation.status = Consultation.Status.WITHDRAWN
    consultation.save(update_fields=["status"])
    case = _locked(consultation.case)
    _event(
        case,
        CaseEvent.Kind.CONSULTATION_ANSWER,
        author=actor,
        data={"consultation": consultation.pk, "withdrawn": True},
    )
    _stop_waiting_for_expert(case, "consultation_withdraw")
    return consultation


def consultations_mark_seen(*, case: Case, user: User, consultations=None) -> int:
    """The agent who asked has now seen the answers on the case. `consultations`, the case's
    as the caller read them, spares the write when none of them waits to be seen."""
    if consultations is not None and not any(
        c.asked_by_id == user.pk and c.seen_at is None and c.answered_at is not None
        for c in consultations
    ):
        return 0
    return case.consultations.filter(
        asked_by=user, seen_at__isnull=True, answered_at__isnull=False
    ).update(seen_at=timezone.now())
