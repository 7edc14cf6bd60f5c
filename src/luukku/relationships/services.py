"""Writing customer plans and their annual clock: a plan saved as a new version, meetings
added, moved, cancelled and held (with minutes), reminders to the responsible handler.
Each change goes on the customer's own timeline (`customers.events`).

Writes of segments: made and changed with their rule and its parameter, hand-picked
members added and removed. A bad rule is refused with a translated error, nothing saved."""

import datetime as dt

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.core.validators import validate_email
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from luukku.catalogue.models import Service
from luukku.core.locks import in_transaction, row_lock, write_transaction
from luukku.customers.events import customer_event_meeting, customer_event_plan
from luukku.customers.models import Customer
from luukku.organisation.models import User
from luukku.privacy.services import access_log_record

from .models import (
    CustomerPlan,
    MeetingOccurrence,
    MeetingSeries,
    PlanContact,
    Segment,
    SegmentMember,
)
from .selectors import (
    Meeting,
    annual_clock,
    meeting_get,
    plan_current,
    plan_may_edit,
    plan_possible,
)


def _may_edit_or_deny(customer: Customer, actor: User) -> None:
    if not plan_may_edit(customer=customer, user=actor, plan=plan_current(customer)):
        raise ValidationError(_("Only the customer's handler or a supervisor may change the plan."))


def _contacts_clean(contacts: list[dict], errors: dict) -> list[dict]:
    clean = []
    for number, contact in enumerate(contacts, start=1):
        row = {key: (contact.get(key) or "").strip() for key in ("name", "role", "phone", "email")}
        if not any(row.values()):
            continue
        if not row["name"]:
            errors.setdefault("contacts", []).append(
                _("Contact person %(number)s: give a name.") % {"number": number}
            )
        if row["email"]:
            try:
                validate_email(row["email"])
            except ValidationError:
                errors.setdefault("contacts", []).append(
                    _("Contact person %(number)s: the e-mail address is not valid.")
                    % {"number": number}
                )
        clean.append(row)
    return clean


def _plan_errors(customer, goals, valid_from, valid_until, review_on) -> dict:
    errors = {}
    if not plan_possible(customer):
        errors["customer"] = [_("Plans are made for organisations and internal customers.")]
    if not (goals or "").strip():
        errors["goals"] = [_("Write the goals of the plan.")]
    if valid_from is None:
        errors["valid_from"] = [_("Give the day the plan is valid from.")]
    elif valid_until is not None and valid_until < valid_from:
        errors["valid_until"] = [_("The plan cannot end before it begins.")]
    elif review_on is not None and review_on < valid_from:
        errors["review_on"] = [_("The review cannot be before the plan begins.")]
    return errors


@in_transaction
def plan_save(
    *,
    actor: User,
    customer: Customer,
    goals: str,
    valid_from: dt.date | None,
    valid_until: dt.date | None = None,
    review_on: dt.date | None = None,
    services: list[Service] = (),
    service_levels: str = "",
    handler: User | None = None,
    contacts: list[dict] = (),
    now: dt.datetime | None = None,
) -> CustomerPlan:
    """Save the customer's plan as its new current version (the earlier ones are kept); the
    responsible handler is the customer's named handler unless another is given."""
    now = now or timezone.now()
    customer = row_lock(Customer, customer.pk)
    _may_edit_or_deny(customer, actor)
    errors = _plan_errors(customer, goals, valid_from, valid_until, review_on)
    contacts = _contacts_clean(list(contacts), errors)
    handler = handler or customer.handler or actor
    if not handler.is_active:
        errors["handler"] = [_("The responsible handler must be an active member of staff.")]
    if errors:
        raise ValidationError(errors)
    previous = CustomerPlan.objects.filter(customer=customer, is_current=True).first()
    if previous is not None:
        CustomerPlan.objects.filter(pk=previous.pk).update(is_current=False)
    plan = CustomerPlan.objects.create(
        customer=customer,
        version=(previous.version + 1) if previous else 1,
        goals=goals.strip(),
        service_levels=(service_levels or "").strip(),
        handler=handler,
        valid_from=valid_from,
        valid_until=valid_until,
        review_on=review_on,
        created_by=actor,
        created_at=now,
    )
    plan.services.set(services)
    PlanContact.objects.bulk_create(PlanContact(plan=plan, **row) for row in contacts)
    customer_event_plan(
        customer,
        author=actor,
        title=(_("Customer plan made") if previous is None else _("Customer plan changed")),
        body=plan.goals,
        data={"plan_id": plan.pk, "version": plan.version},
        at=now,
    )
    access_log_record(actor=actor, action="change", customer=customer, context="customer_plan")
    return plan


@in_transaction
def series_add(
    *,
    actor: User,
    customer: Customer,
    kind: str,
    title: str,
    frequency: str,
    first_at: dt.datetime | None,
    until: dt.date | None = None,
    now: dt.datetime | None = None,
) -> MeetingSeries:
    """A recurring meeting on the customer's annual clock (a plan must exist)."""
    now = now or timezone.now()
    customer = row_lock(Customer, customer.pk)
    _may_edit_or_deny(customer, actor)
    errors = {}
    if plan_current(customer) is None:
        errors["customer"] = [_("Make the customer plan first.")]
    if kind not in MeetingSeries.Kind.values:
        errors["kind"] = [_("Choose the kind of meeting.")]
    if frequency not in MeetingSeries.Frequency.values:
        errors["frequency"] = [_("Choose how often the meeting repeats.")]
    if not (title or "").strip():
        errors["title"] = [_("Give the meeting a title.")]
    if first_at is None:
        errors["first_at"] = [_("Give the time of the first meeting.")]
    elif timezone.localtime(first_at).day > 28:
        errors["first_at"] = [_("Choose a day from 1 to 28, so that every month has it.")]
    elif until is not None and until < timezone.localdate(first_at):
        errors["until"] = [_("The meetings cannot end before the first one.")]
    if errors:
        raise ValidationError(errors)
    series = MeetingSeries.objects.create(
        customer=customer,
        kind=kind,
        title=title.strip(),
        frequency=frequency,
        first_at=first_at,
        until=until,
        created_by=actor,
        created_at=now,
    )
    customer_event_plan(
        customer,
        author=actor,
        title=_("Meeting added to the annual clock: %(title)s") % {"title": series.title},
        body=f"{series.get_frequency_display()}, {_when(first_at)}",
        data={"series_id": series.pk},
        at=now,
    )
    return series


def _when(at: dt.datetime) -> str:
    return date_format(timezone.localtime(at), "SHORT_DATETIME_FORMAT")


def _occurrence(series: MeetingSeries, meeting: Meeting) -> MeetingOccurrence:
    row, _created = MeetingOccurrence.objects.get_or_create(
        series=series, planned_at=meeting.planned_at, defaults={"at": meeting.at}
    )
    return row


def _meeting_for_change(actor: User, series: MeetingSeries, key: str) -> tuple:
    series = row_lock(MeetingSeries, series.pk, related=["customer"])
    _may_edit_or_deny(series.customer, actor)
    meeting = meeting_get(series, key)
    if meeting is None:
        raise ValidationError(_("There is no such meeting in this series."))
    if meeting.status != MeetingOccurrence.Status.PLANNED:
        raise ValidationError(_("This meeting was already held or cancelled."))
    return series, meeting


@in_transaction
def meeting_move(
    *, actor: User, series: MeetingSeries, key: str, to: dt.datetime | None, now=None
) -> MeetingOccurrence:
    """Move one meeting to another time; the rest of the series stays."""
    now = now or timezone.now()
    if to is None:
        raise ValidationError({"to": [_("Give the new time of the meeting.")]})
    series, meeting = _meeting_for_change(actor, series, key)
    row = _occurrence(series, meeting)
    row.at = to
    row.reminded_at = None  # reminded again before the new time
    row.save(update_fields=["at", "reminded_at"])
    customer_event_meeting(
        series.customer,
        author=actor,
        title=_("Meeting moved: %(title)s") % {"title": series.title},
        body=_("From %(old)s to %(new)s") % {"old": _when(meeting.at), "new": _when(to)},
        data={"series_id": series.pk, "action": "moved"},
        at=now,
    )
    return row


@in_transaction
def meeting_cancel(
    *, actor: User, series: MeetingSeries, key: str, reason: str = "", now=None
) -> MeetingOccurrence:
    """Cancel one meeting; the rest of the series stays."""
    now = now or timezone.now()
    series, meeting = _meeting_for_change(actor, series, key)
    row = _occurrence(series, meeting)
    row.status = MeetingOccurrence.Status.CANCELLED
    row.minutes = (reason or "").strip()
    row.save(update_fields=["status", "minutes"])
    customer_event_meeting(
        series.customer,
        author=actor,
        title=_("Meeting cancelled: %(title)s, %(when)s")
        % {"title": series.title, "when": _when(meeting.at)},
        body=row.minutes,
        data={"series_id": series.pk, "action": "cancelled"},
        at=now,
    )
    return row


@in_transaction
def meeting_minutes_record(
    *, actor: User, series: MeetingSeries, key: str, minutes: str, now=None
) -> MeetingOccurrence:
    """Record a meeting as held, with its minutes on the customer's timeline: on its day or
    after (a meeting still to come cannot have been held); again, to correct the minutes."""
    now = now or timezone.now()
    if not (minutes or "").strip():
        raise ValidationError({"minutes": [_("Write the minutes of the meeting.")]})
    series, meeting = _meeting_for_change(actor, series, key)
    if timezone.localdate(meeting.at) > timezone.localdate(now):
        raise ValidationError(
            {"minutes": [_("The meeting has not been held yet: its day is still to come.")]}
        )
    row = _occurrence(series, meeting)
    row.status = MeetingOccurrence.Status.HELD
    row.minutes = minutes.strip()
    row.save(update_fields=["status", "minutes"])
    customer_event_meeting(
        series.customer,
        author=actor,
        title=_("Meeting held: %(title)s, %(when)s")
        % {"title": series.title, "when": _when(meeting.at)},
        body=row.minutes,
        data={"series_id": series.pk, "action": "held"},
        at=now,
    )
    access_log_record(
        actor=actor, action="change", customer=series.customer, context="plan_meeting"
    )
    return row


def meetings_to_remind(now: dt.datetime) -> list[Meeting]:
    """The planned meetings from now to PLAN_REMINDER_DAYS_BEFORE days ahead not yet
    reminded of."""
    end = now + dt.timedelta(days=settings.PLAN_REMINDER_DAYS_BEFORE)
    found = []
    for year in sorted({timezone.localtime(now).year, timezone.localtime(end).year}):
        for _month, meetings in annual_clock(year=year):
            found += [
                meeting
                for meeting in meetings
                if now <= meeting.at <= end and meeting.status == "planned" and not meeting.reminded
            ]
    return found


def _remind(meeting: Meeting, now: dt.datetime) -> bool:
    with write_transaction(savepoint=True):
        series = row_lock(MeetingSeries, meeting.series.pk, related=["customer"])
        current = meeting_get(series, meeting.key)
        plan = plan_current(series.customer)
        if current is None or current.reminded or current.status != "planned" or plan is None:
            return False
        row = _occurrence(series, current)
        row.reminded_at = now
        row.save(update_fields=["reminded_at"])
        handler = plan.handler
        if handler.email:
            with translation.override(settings.LANGUAGE_CODE):
                EmailMessage(
                    subject=_("Meeting with %(customer)s on %(when)s")
                    % {"customer": series.customer.display_name, "when": _when(current.at)},
                    body=_(
                        "%(title)s with %(customer)s on %(when)s. The plan and its contact "
                        "persons are on the customer's page in Luukku."
                    )
                    % {
                        "title": series.title,
                        "customer": series.customer.display_name,
                        "when": _when(current.at),
                    },
                    from_email=settings.DEFAULT_FROM_EMAIL,
                    to=[handler.email],
                ).send()
        return True


def plan_reminders_send(*, now: dt.datetime | None = None) -> int:
    """Remind the responsible handlers of their meetings near now, once each (the annual
    clock page marks them; an e-mail goes to a handler with an address); how many."""
    now = now or timezone.now()
    return sum(_remind(meeting, now) for meeting in meetings_to_remind(now))


PARAMETERS = ("kind", "sector", "department", "handler", "language")
NAMES = ("name_fi", "name_sv", "name_en")


def _clean(data: dict) -> dict:
    """The segment's fields with the parameter its rule needs and no other; or the errors."""
    data = dict(data)
    errors = {}
    for name in (*NAMES, "description"):
        data[name] = (data.get(name) or "").strip()
    if not data["name_fi"]:
        errors["name_fi"] = _("Give the segment a name in Finnish.")
    rule = data.get("rule")
    if rule not in Segment.Rule.values:
        errors["rule"] = _("Choose the rule of the segment.")
    needed = Segment.PARAMETER.get(rule)
    if needed and not data.get(needed):
        errors[needed] = _("This rule needs this choice.")
    if errors:
        raise ValidationError(errors)
    for name in PARAMETERS:
        if name != needed:
            data[name] = None if name in ("department", "handler") else ""
    return data


@in_transaction
def segment_save(*, data: dict, by, segment: Segment | None = None) -> Segment:
    """A new segment, or `segment` changed, from the form's `data` (its names, rule and
    the rule's parameter)."""
    data = _clean(data)
    if segment is None:
        segment = Segment(created_by=by)
    for name in (*NAMES, "description", "rule", *PARAMETERS):
        setattr(segment, name, data[name])
    segment.name = data["name_fi"]
    segment.save()
    return segment


@in_transaction
def segment_member_add(*, segment: Segment, customer: Customer, by, now=None) -> SegmentMember:
    """A customer picked into a hand-picked segment (again: nothing changes)."""
    if not segment.is_hand_picked:
        raise ValidationError(_("Customers are picked by hand only into a hand-picked segment."))
    if customer.merged_into_id or customer.anonymised_at:
        raise ValidationError(_("This customer record is no longer in use."))
    member, created = SegmentMember.objects.get_or_create(
        segment=segment,
        customer=customer,
        defaults={"added_by": by, "added_at": now or timezone.now()},
    )
    if created:
        access_log_record(
            actor=by,
            action="change",
            customer=customer,
            context="segment_member",
            fields=["segment"],
        )
    return member


@in_transaction
def segment_member_remove(*, segment: Segment, customer: Customer, by) -> bool:
    deleted, _rows = SegmentMember.objects.filter(segment=segment, customer=customer).delete()
    if deleted:
        access_log_record(
            actor=by,
            action="change",
            customer=customer,
            context="segment_member",
            fields=["segment"],
        )
    return bool(deleted)
