"""A card's access rights (an area on some weekdays between two times, from a day until a
day), a lost key's lock change marked done, and a deposit paid after the loan (the order
settled on the sale page: commerce's hook)."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.cases.capability_events import event_key_loan
from luukku.core.locks import in_transaction, row_lock
from luukku.privacy.services import access_log_record

from ..models import WEEKDAYS, AccessRight, Area, Key, Loan, LockChange

# How far back a new right may begin (recording a right given a little earlier is fine).
RIGHT_BACKDATED_DAYS = 31


def _right_clean(
    card: Key, area: Area | None, weekdays: str, starts, ends, valid_from, until, today
):
    errors: dict[str, str] = {}
    if not card.series.is_card:
        errors["area"] = _("Only an access card has access rights; a key opens its doors.")
    elif card.status in (Key.Status.BLOCKED, Key.Status.LOST, Key.Status.RETIRED):
        errors["area"] = _("The card is blocked or retired: it can be given no rights.")
    if area is None:
        errors["area"] = _("Choose the area.")
    elif area.building_id != card.series.building_id:
        errors["area"] = _("The area is in another building than the card's.")
    elif not card.series.areas.filter(pk=area.pk).exists():
        errors["area"] = _("The card's series does not open this area.")
    if not weekdays or any(d not in WEEKDAYS for d in weekdays):
        errors["weekdays"] = _("Choose at least one weekday.")
    if starts is None or ends is None or starts >= ends:
        errors["ends"] = _("The right must end after it starts.")
    if valid_from is None:
        errors["valid_from"] = _("Enter the day the right is valid from.")
    elif valid_from < today - dt.timedelta(days=RIGHT_BACKDATED_DAYS):
        errors["valid_from"] = _(
            "A right cannot begin more than %(days)d days ago; enter today or a later day."
        ) % {"days": RIGHT_BACKDATED_DAYS}
    elif until is not None and until < valid_from:
        errors["valid_until"] = _("The right must be valid until a day after it begins.")
    elif until is not None and until < today:
        errors["valid_until"] = _("The right would have ended already.")
    if not errors and _right_same(card, area, weekdays, starts, ends, valid_from, until):
        errors["area"] = _("The card has this very right already.")
    if errors:
        raise ValidationError(errors)


def _right_same(card, area, weekdays, starts, ends, valid_from, until) -> bool:
    return AccessRight.objects.filter(
        card=card,
        area=area,
        weekdays=weekdays,
        starts=starts,
        ends=ends,
        valid_from=valid_from,
        valid_until=until,
        ended_at__isnull=True,
    ).exists()


@in_transaction
def access_right_add(
    *,
    card: Key,
    area: Area | None,
    weekdays: str,
    starts: dt.time,
    ends: dt.time,
    valid_from: dt.date,
    valid_until: dt.date | None = None,
    by,
    now: dt.datetime | None = None,
) -> AccessRight:
    """Give the card a right to open the area at the hours given."""
    now = now or timezone.now()
    weekdays = "".join(sorted(set(weekdays)))
    series = card.series
    card = row_lock(Key, card.pk)
    card.series = series
    today = timezone.localdate(now)
    _right_clean(card, area, weekdays, starts, ends, valid_from, valid_until, today)
    right = AccessRight.objects.create(
        card=card,
        area=area,
        weekdays=weekdays,
        starts=starts,
        ends=ends,
        valid_from=valid_from,
        valid_until=valid_until,
        created_at=now,
        created_by=by,
    )
    _holder_logged(card, by, "key_rights")
    return right


@in_transaction
def access_right_end(*, right: AccessRight, by, now: dt.datetime | None = None) -> AccessRight:
    """The right ends now (the card no longer opens the area)."""
    now = now or timezone.now()
    card = row_lock(Key, right.card_id)
    right = AccessRight.objects.get(pk=right.pk)
    if right.ended_at is not None:
        raise ValidationError(_("The right has ended already."))
    right.ended_at = now
    right.save(update_fields=["ended_at"])
    _holder_logged(card, by, "key_rights")
    return right


def _holder_logged(card: Key, by, context: str) -> None:
    loan = card.loans.filter(returned_at__isnull=True, lost_at__isnull=True).first()
    if loan is not None and loan.customer_id:
        access_log_record(
            actor=by, action="change", context=context, customer=loan.customer, case=loan.case
        )


@in_transaction
def lock_change_done(*, change: LockChange, by, now: dt.datetime | None = None) -> LockChange:
    """The doors of the lost key's series have been rekeyed: the series' keys no longer open
    them. Those in store are retired now (`change.retired`); those lent stay with their
    holders until they come back and are retired then (`change.still_out`, key_return)."""
    now = now or timezone.now()
    for key_id in (
        Key.objects.filter(series_id=change.series_id).order_by("pk").values_list("pk", flat=True)
    ):
        row_lock(Key, key_id)
    change = row_lock(LockChange, change.pk, related=["series"])
    if change.done_at is not None:
        raise ValidationError(_("The lock change has been marked done already."))
    change.done_at, change.done_by = now, by
    change.save(update_fields=["done_at", "done_by"])
    keys = list(Key.objects.filter(series_id=change.series_id).order_by("copy_number"))
    in_store = [k for k in keys if k.status == Key.Status.IN_STORE]
    Key.objects.filter(pk__in=[k.pk for k in in_store]).update(status=Key.Status.RETIRED)
    change.retired = [k.label for k in in_store]
    change.still_out = [k.label for k in keys if k.status == Key.Status.LENT]
    return change


def deposit_settled(*, order, by=None, now) -> None:
    """commerce's settled hook: a key's deposit left open at the loan is paid now."""
    from .loans import loan_details

    loans = list(Loan.objects.filter(order_id=order.pk).values_list("pk", "key_id"))
    for loan_id, key_id in loans:
        row_lock(Key, key_id)
        loan = row_lock(Loan, loan_id, related=["key__series", "case"])
        loan.order = order
        if loan.case_id:
            event_key_loan(
                loan.case,
                actor=by,
                action="deposit_paid",
                loan_id=loan.pk,
                details=loan_details(loan),
                at=now,
            )
