"""Callback requests: asked online or by staff, attempts recorded, cancelled."""

import datetime as dt

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.cases.events import event_callback
from luukku.cases.models import Case, CaseEvent, Channel, Status
from luukku.cases.selectors import case_visible_to
from luukku.cases.services import (
    case_change_status,
    case_create_for_contact,
)
from luukku.catalogue.models import Service
from luukku.core.locks import in_transaction, row_lock
from luukku.customers.models import Customer
from luukku.customers.services import normalise_phone
from luukku.organisation.models import User
from luukku.privacy.services import access_log_record

from ..models import (
    Callback,
    CallbackAttempt,
)
from ..notifications import callback_notify


def _window_errors(start: dt.datetime | None, end: dt.datetime | None, now: dt.datetime) -> dict:
    if start is None or end is None or end <= start:
        return {"window": [_("Choose when we should call.")]}
    if end <= now:
        return {"window": [_("That time has passed. Choose a later time.")]}
    if end - start > dt.timedelta(hours=12):
        return {"window": [_("A callback window can be at most 12 hours long.")]}
    return {}


def _phone(value: str) -> str:
    phone = normalise_phone(value or "")
    if not phone:
        raise ValidationError({"phone": _("Give the phone number we should call.")})
    return phone


@in_transaction
def callback_request_online(
    *,
    service: Service,
    window_start: dt.datetime,
    window_end: dt.datetime,
    first_name: str,
    last_name: str,
    phone: str,
    email: str = "",
    description: str,
    language: str = "fi",
) -> Callback:
    """A citizen asks to be called back in one of the offered windows: a name, a phone
    number and what the call is about. The service's own questions (required ones too) and
    its location are not asked: the person who calls asks what they need."""
    from ..selectors import callback_windows

    errors = _window_errors(window_start, window_end, timezone.now())
    if not errors:
        window = next(
            (
                window
                for window in callback_windows(service=service)
                if window.starts_at == window_start and window.ends_at == window_end
            ),
            None,
        )
        if window is None:
            errors["window"] = [_("That time is no longer offered. Choose another time.")]
    if not (description or "").strip():
        errors["description"] = [_("Tell briefly what the call is about.")]
    try:
        number = _phone(phone)
    except ValidationError as error:
        errors.update(error.message_dict)
    if errors:
        raise ValidationError(errors)
    case = case_create_for_contact(
        first_name=first_name,
        last_name=last_name,
        email=email,
        phone=number,
        preferred_channel=Customer.ContactChannel.PHONE,
        language=language,
        context="callback_request",
        service=service,
        channel=Channel.WEB,
        subject=_("Callback: %(service)s") % {"service": service.name},
        body=description,
        details_later=True,  # a call needs no more: the agent asks the rest on the call
    )
    callback = _callback_create(
        case=case,
        phone=number,
        window_start=window.starts_at,
        window_end=window.ends_at,
        assignee_id=window.staff_id,
        team_id=window.team_id,
        actor=None,
    )
    callback_notify(callback=callback)
    return callback


def _callback_create(*, case, phone, window_start, window_end, assignee_id, team_id, actor):
    callback = Callback.objects.create(
        case=case,
        service=case.service,
        customer=case.customer,
        phone=phone,
        window_start=window_start,
        window_end=window_end,
        first_window_end=window_end,
        assignee_id=assignee_id,
        team_id=team_id,
        requested_by=actor,
    )
    _callback_event(callback, "requested", actor)
    access_log_record(actor=actor, action="create", case=case, context=f"callback:{callback.pk}")
    return callback


def _callback_event(callback: Callback, action: str, actor: User | None, **attempt) -> CaseEvent:
    return event_callback(
        callback.case,
        actor=actor,
        action=action,
        callback_id=callback.pk,
        window_start=callback.window_start,
        window_end=callback.window_end,
        **attempt,
    )


@in_transaction
def callback_create(
    *,
    actor: User,
    case: Case,
    window_start: dt.datetime | None,
    window_end: dt.datetime | None,
    phone: str = "",
    assignee: User | None = None,
) -> Callback:
    """An agent promises the customer a call back in a window (on a case they can see)."""
    errors = _window_errors(window_start, window_end, timezone.now())
    number = phone or case.contact_phone
    try:
        number = _phone(number)
    except ValidationError as error:
        errors.update(error.message_dict)
    if not case.is_open:
        errors["case"] = [_("The case is closed; log a new contact first.")]
    if assignee is not None and not case_visible_to(case=case, user=assignee):
        errors["assignee"] = [_("%(name)s may not handle this case.") % {"name": str(assignee)}]
    if errors:
        raise ValidationError(errors)
    callback = _callback_create(
        case=case,
        phone=number,
        window_start=window_start,
        window_end=window_end,
        assignee_id=assignee.pk if assignee else None,
        team_id=None,
        actor=actor,
    )
    callback_notify(callback=callback)
    return callback


@in_transaction
def callback_attempt_record(
    *,
    callback: Callback,
    actor: User,
    outcome: str,
    note: str = "",
    next_start: dt.datetime | None = None,
    next_end: dt.datetime | None = None,
) -> Callback:
    """Record a call: reached closes the callback; not reached moves it to the next window
    (given, or the next two hours) until the last attempt, which gives up."""
    row_lock(Case, callback.case_id)  # the case first: see core.locks
    callback = row_lock(callback, related=["case"])
    if not callback.is_waiting:
        raise ValidationError(_("This callback is no longer waiting."))
    if outcome not in CallbackAttempt.Outcome.values:
        raise ValidationError({"outcome": _("Choose whether the customer was reached.")})
    now = timezone.now()
    if outcome == CallbackAttempt.Outcome.NOT_REACHED and (next_start or next_end):
        errors = _window_errors(next_start, next_end, now)
        if errors:
            raise ValidationError(errors)
    CallbackAttempt.objects.create(callback=callback, caller=actor, outcome=outcome, note=note)
    callback.attempts += 1
    callback.first_attempt_at = callback.first_attempt_at or now
    if callback.assignee_id is None:
        callback.assignee = actor
    if outcome == CallbackAttempt.Outcome.REACHED:
        callback.status = Callback.Status.REACHED
        callback.completed_at = now
        action = "reached"
    elif callback.attempts >= settings.CALLBACK_MAX_ATTEMPTS:
        callback.status = Callback.Status.UNREACHED
        callback.completed_at = now
        action = "unreached"
    else:
        callback.window_start = next_start or now
        callback.window_end = next_end or now + dt.timedelta(hours=2)
        action = "not_reached"
    callback.save()
    _callback_event(callback, action, actor, attempt=callback.attempts, note=note)
    access_log_record(
        actor=actor, action="change", case=callback.case, context=f"callback:{callback.pk}"
    )
    if action == "reached" and callback.case.status == Status.NEW:
        case_change_status(case=callback.case, actor=actor, status=Status.OPEN, context="callback")
    return callback


@in_transaction
def callback_cancel(*, callback: Callback, actor: User) -> Callback:
    row_lock(Case, callback.case_id)  # the case first: see core.locks
    callback = row_lock(callback)
    if not callback.is_waiting:
        raise ValidationError(_("This callback is no longer waiting."))
    callback.status = Callback.Status.CANCELLED
    callback.completed_at = timezone.now()
    callback.save(update_fields=["status", "completed_at"])
    _callback_event(callback, "cancelled", actor)
    return callback
