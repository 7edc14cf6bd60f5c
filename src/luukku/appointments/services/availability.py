"""Staff availability: weekly rules, blocked times, phone hours, calendar feed tokens."""

import datetime as dt
import secrets

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.catalogue.models import Service
from luukku.core.locks import in_transaction
from luukku.customers.services import normalise_phone
from luukku.organisation.models import ServicePoint, User

from ..models import (
    AvailabilityRule,
    BlockedTime,
    CalendarFeed,
    MeetingType,
    PhoneHours,
)
from ..selectors import bookable_service


def _check_manage(actor: User, staff: User) -> None:
    if actor.pk != staff.pk and not actor.sees_everything:
        raise ValidationError(_("You can change only your own calendar."))


@in_transaction
def availability_rule_add(
    *,
    actor: User,
    staff: User,
    services: list[Service],
    meeting_type: str,
    starts: dt.time,
    ends: dt.time,
    weekday: int | None = None,
    date: dt.date | None = None,
    service_point: ServicePoint | None = None,
    valid_from: dt.date | None = None,
    valid_until: dt.date | None = None,
) -> AvailabilityRule:
    _check_manage(actor, staff)
    errors: dict[str, list] = {}
    if not services:
        errors["services"] = [_("Choose at least one service.")]
    elif any(bookable_service(service=service) is None for service in services):
        errors["services"] = [_("Only bookable services can be chosen.")]
    if meeting_type not in MeetingType.values:
        errors["meeting_type"] = [_("Choose how the customer is met.")]
    if meeting_type == MeetingType.SERVICE_POINT and service_point is None:
        errors["service_point"] = [_("Choose the service point.")]
    if (weekday is None) == (date is None):
        errors["weekday"] = [_("Choose a weekday, or a single date.")]
    if starts is None or ends is None or starts >= ends:
        errors["ends"] = [_("The end must be after the start.")]
    elif starts.minute % 5 or ends.minute % 5:
        errors["starts"] = [_("Use times on five-minute marks.")]
    if valid_from and valid_until and valid_until < valid_from:
        errors["valid_until"] = [_("The end must be after the start.")]
    if errors:
        raise ValidationError(errors)
    rule = AvailabilityRule.objects.create(
        staff=staff,
        meeting_type=meeting_type,
        service_point=service_point if meeting_type == MeetingType.SERVICE_POINT else None,
        weekday=weekday,
        date=date,
        starts=starts,
        ends=ends,
        valid_from=valid_from,
        valid_until=valid_until,
    )
    rule.services.set(services)
    return rule


@in_transaction
def blocked_time_add(
    *, actor: User, staff: User, starts_at: dt.datetime, ends_at: dt.datetime, reason: str = ""
) -> BlockedTime:
    """Block time from bookings; appointments already in it stay (they are listed)."""
    _check_manage(actor, staff)
    if starts_at is None or ends_at is None or starts_at >= ends_at:
        raise ValidationError({"ends_at": _("The end must be after the start.")})
    return BlockedTime.objects.create(
        staff=staff, starts_at=starts_at, ends_at=ends_at, reason=reason
    )


@in_transaction
def phone_hours_add(
    *,
    actor: User,
    staff: User,
    weekday: int,
    starts: dt.time,
    ends: dt.time,
    phone: str,
    services: list[Service],
    callbacks: bool = True,
) -> PhoneHours:
    _check_manage(actor, staff)
    errors = {}
    if starts is None or ends is None or starts >= ends:
        errors["ends"] = [_("The end must be after the start.")]
    if not normalise_phone(phone or ""):
        errors["phone"] = [_("Give the number customers call.")]
    if errors:
        raise ValidationError(errors)
    hours = PhoneHours.objects.create(
        staff=staff,
        weekday=weekday,
        starts=starts,
        ends=ends,
        phone=phone.strip(),
        callbacks=callbacks,
    )
    hours.services.set(services)
    return hours


@in_transaction
def availability_can_remove(*, actor: User, item) -> bool:
    """One's own bookable times, blocked times and phone hours; a supervisor's, anyone's."""
    owner_id = getattr(item, "staff_id", None)
    return actor.sees_everything or (owner_id is not None and owner_id == actor.pk)


def availability_remove(*, actor: User, item) -> None:
    """Remove a bookable time, a blocked time or phone hours of one's own (or, for a
    supervisor, anyone's)."""
    if not availability_can_remove(actor=actor, item=item):
        raise ValidationError(_("You can change only your own calendar."))
    item.delete()


def calendar_feed_token(*, staff: User, renew: bool = False) -> CalendarFeed:
    """The staff member's private feed; renewing retires the old address."""
    feed = CalendarFeed.objects.filter(staff=staff).first()
    if feed is None:
        return CalendarFeed.objects.create(staff=staff, token=secrets.token_urlsafe(32))
    if renew:
        feed.token = secrets.token_urlsafe(32)
        feed.created_at = timezone.now()
        feed.save(update_fields=["token", "created_at"])
    return feed
