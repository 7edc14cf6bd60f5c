"""Handling a case: status, assignment, details, notes, replies and the customer's messages."""

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.catalogue.models import Service
from luukku.core.locks import in_transaction, row_lock
from luukku.customers.services import contact_clean
from luukku.organisation.models import Team, User
from luukku.privacy.services import access_log_record

from ..events import (
    event_assigned,
    event_customer_message,
    event_details_changed,
    event_note,
    event_reply,
    event_status_changed,
)
from ..models import (
    TRANSITIONS,
    Case,
    CaseEvent,
    Priority,
    Status,
)
from ..registry import case_status_changed
from .attachments import _store_attachments, attachments_validate
from .common import _check_can_handle, _service_level_refresh


@in_transaction
def case_change_status(
    *,
    case: Case,
    actor: User | None,
    status: str,
    context: str = "",
    at: dt.datetime | None = None,
    clocks_at: dt.datetime | None = None,
    resumes_at: dt.datetime | None = None,
) -> Case:
    """`at`: when it happened, for a contact logged afterwards (`contact_log`); now if not
    given. `clocks_at`: the moment the service level is looked at as of (now if not given;
    the demo's history gives its own). `resumes_at`: for a case set waiting, the moment it is
    known to wait until at least (its service-level clocks are shown counting from then)."""
    case = row_lock(case)
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
        case.resolved_at = at or timezone.now()
        case.first_contact_resolution = _resolved_at_first_contact(case, actor)
    elif status in {Status.OPEN, Status.WAITING_EXPERT, Status.WAITING_CUSTOMER}:
        case.resolved_at = None
        case.first_contact_resolution = False
    case.save(update_fields=["status", "resolved_at", "first_contact_resolution"])
    event_status_changed(case, actor=actor, old=old, new=status, at=at, resumes_at=resumes_at)
    access_log_record(
        actor=actor,
        action="change",
        case=case,
        context=context or "case_change_status",
        fields=["status"],
    )
    _service_level_refresh(case, now=clocks_at)
    case_status_changed(case, old=old, new=status, actor=actor, at=at or timezone.now())
    return case


@in_transaction
def case_assign(
    *,
    case: Case,
    actor: User | None,
    assignee: User | None,
    team: Team | None = None,
    context: str = "",
    reason: str = "",
    at: dt.datetime | None = None,
) -> Case:
    """Name the case's handler (and team). A handler must be allowed to see the case.

    `reason` says why when Luukku assigns it itself ("handler", "substitute"); `at` as in
    `case_change_status`."""
    case = row_lock(case)
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
    old_assignee_id, old_team_id = case.assignee_id, case.team_id
    case.assignee = assignee
    case.team = team
    case.save(update_fields=["assignee", "team"])
    event_assigned(
        case,
        actor=actor,
        old_assignee_id=old_assignee_id,
        old_team_id=old_team_id,
        assignee=assignee,
        team=team,
        reason=reason,
        at=at,
    )
    access_log_record(
        actor=actor,
        action="change",
        case=case,
        context=context or "case_assign",
        fields=["assignee", "team"],
    )
    return case


@in_transaction
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
    case = row_lock(case)
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
    event_details_changed(case, actor=actor, **changes)
    _service_level_refresh(case)
    access_log_record(
        actor=actor,
        action="change",
        case=case,
        context=context or "case_update",
        fields=sorted(changes),
    )
    return case


@in_transaction
def case_contact_change(
    *, case: Case, actor: User, email: str, phone: str, context: str = ""
) -> Case:
    """Change where messages about the case go (the customer asked for replies to another
    address, or gave a number on the phone). Checked as a contact's addresses are; the
    customer record is not changed."""
    contact = contact_clean(email=email, phone=phone)
    case = row_lock(case)
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
    event_details_changed(case, actor=actor, **changes)
    access_log_record(
        actor=actor,
        action="change",
        case=case,
        context=context or "case_contact_change",
        fields=sorted(changes),
    )
    return case


@in_transaction
def case_add_note(
    *, case: Case, actor: User, body: str, files: Iterable[UploadedFile] = (), context: str = ""
) -> CaseEvent:
    body = (body or "").strip()
    if not body:
        raise ValidationError({"body": _("Write the note first.")})
    valid_files = attachments_validate(files)
    case = row_lock(case)
    event = event_note(case, author=actor, body=body)
    _store_attachments(case=case, event=event, files=valid_files, public=False)
    access_log_record(
        actor=actor, action="change", case=case, context=context or "case_add_note", fields=["note"]
    )
    return event


@in_transaction
def case_reply(
    *,
    case: Case,
    actor: User,
    body: str,
    status_after: str | None = None,
    files: Iterable[UploadedFile] = (),
    case_files: Iterable[int] = (),
    context: str = "",
) -> CaseEvent:
    """A reply from the service centre to the customer, queued for sending with it;
    `case_files`, ids of files already on the case sent with it (a scanned archive copy)."""
    from ..notifications import reply_queue

    body = (body or "").strip()
    if not body:
        raise ValidationError({"body": _("Write the reply first.")})
    valid_files = attachments_validate(files)
    case = row_lock(case)
    wanted = {int(pk) for pk in case_files}
    sent_along = list(case.attachments.filter(pk__in=wanted)) if wanted else []
    if len(sent_along) != len(wanted):
        raise ValidationError({"case_files": _("Choose files of this case.")})
    if case.status == Status.CLOSED:
        raise ValidationError({"body": _("A closed case cannot be answered; open a new case.")})
    if status_after and status_after not in TRANSITIONS[case.status] | {case.status}:
        raise ValidationError(
            {
                "status": _("A case that is “%(old)s” cannot become “%(new)s”.")
                % {"old": Status(case.status).label, "new": Status(status_after).label}
            }
        )
    event = event_reply(case, author=actor, body=body)
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
    reply_queue(event=event, attachments=sent_along)
    return event


@in_transaction
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
    case = row_lock(case)
    if case.status == Status.CLOSED:
        raise ValidationError(
            {"body": _("This case is closed. Please send a new request instead.")}
        )
    event = event_customer_message(case, body=body, details=message_data, external_id=external_id)
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


@in_transaction
def case_resolve_at_first_contact(
    *, case: Case, actor: User, context: str = "", at: dt.datetime | None = None
) -> Case:
    """Mark a case resolved by the front line in the same contact, without an expert; `at`
    as in `case_change_status`."""
    case = case_change_status(
        case=case, actor=actor, status=Status.RESOLVED, context=context, at=at
    )
    if not case.forwarded_to_id and not case.consultations.exists():
        case.first_contact_resolution = True
        case.save(update_fields=["first_contact_resolution"])
    return case
