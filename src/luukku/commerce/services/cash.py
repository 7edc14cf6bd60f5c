"""A register's day: opened with its float, closed once with the Z report."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.core.locks import in_transaction, row_created, row_lock

from ..models import Register, RegisterDay
from ..selectors.cash import day_report
from ..templatetags.commerce_labels import euros
from .receipts import number_next

MAX_FLOAT_CENTS = 1_000_000


@in_transaction
def register_day_open(
    *, register: Register, opening_float_cents: int, by, now: dt.datetime | None = None
) -> RegisterDay:
    """Open the register for today with the float counted into the drawer."""
    now = now or timezone.now()
    if not register.active:
        raise ValidationError(_("This register is not in use."))
    if not 0 <= opening_float_cents <= MAX_FLOAT_CENTS:
        raise ValidationError({"opening_float": _("Enter the float in the drawer, 0–10 000 €.")})
    if register.days.filter(closed_at__isnull=True).exists():
        raise ValidationError(_("The register's day is open already; close it first."))
    today = timezone.localdate(now)
    day = RegisterDay(
        register=register,
        business_date=today,
        opening_float_cents=opening_float_cents,
        opened_at=now,
        opened_by=by,
    )
    try:
        with transaction.atomic():
            day.save(force_insert=True)
    except IntegrityError as error:
        raise ValidationError(_("The register's day is open already; close it first.")) from error
    return row_created(day)


@in_transaction
def register_day_close(
    *,
    day: RegisterDay,
    counted_cash_cents: int,
    explanation: str = "",
    by,
    now: dt.datetime | None = None,
) -> RegisterDay:
    """The Z report: the day's figures fixed, the counted cash against the expected and a
    difference explained. A closed day is never changed again."""
    now = now or timezone.now()
    day = row_lock(RegisterDay, day.pk)
    if not day.is_open:
        raise ValidationError(_("The register's day is closed already."))
    if not 0 <= counted_cash_cents <= 100 * MAX_FLOAT_CENTS:
        raise ValidationError({"counted_cash": _("Enter the cash counted in the drawer.")})
    report = day_report(day)
    difference = counted_cash_cents - report["expected_cash_cents"]
    if difference and not explanation.strip():
        raise ValidationError(
            {
                "explanation": _(
                    "The cash counted differs from the expected %(expected)s by %(difference)s: "
                    "explain the difference."
                )
                % {
                    "expected": euros(report["expected_cash_cents"]),
                    "difference": euros(difference),
                }
            }
        )
    day.z_number = number_next(f"z-{day.register_id}")
    day.expected_cash_cents = report["expected_cash_cents"]
    day.counted_cash_cents = counted_cash_cents
    day.explanation = explanation.strip()[:2000]
    report.update(
        z_number=day.z_number,
        counted_cash_cents=counted_cash_cents,
        difference_cents=difference,
        explanation=day.explanation,
        closed_at=now.isoformat(),
    )
    day.z_report = report
    day.closed_at = now
    day.closed_by = by
    day.save()
    return day
