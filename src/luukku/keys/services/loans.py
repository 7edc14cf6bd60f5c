"""Lending a key, taking it back and reporting it lost (docs/keys.md, "Loans").

A loan to a customer (an association, a person, a contractor) is a counter contact: a case
opened for the contact details they gave and resolved at once, on which each step of the
loan is a `key_loan` event, so that the holder's timeline shows it; reminders of the due day
go to the e-mail address given there. An employee's loan has no case and no deposit.
Every step writes the access log (holders are personal data)."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from luukku.cases.capability_events import event_key_loan
from luukku.cases.services import case_create, case_resolve_at_first_contact
from luukku.core.locks import in_transaction, row_created, row_lock, rows_lock
from luukku.privacy.services import access_log_record

from ..models import AccessRight, Key, Loan, LockChange
from ..selectors import key_whereabouts, lock_changes_pending_for
from .deposits import Deposit, deposit_charge, deposit_clean, deposit_give_back, deposit_needed


def loan_details(loan: Loan, **extra) -> dict:
    """What a loan's step on its case shows (plain values)."""
    details = {
        "key": loan.key.label,
        "series": loan.key.series.name,
        "card": loan.key.series.is_card,
        "due_on": loan.due_on.isoformat() if loan.due_on else None,
        "purpose": loan.purpose,
    }
    if loan.order_id:
        # (Not the order's number: a random one, like a token; the case's order is linked.)
        details["deposit_cents"] = loan.order.total_cents
    details.update(extra)
    return details


def _lend_clean(
    loan: Loan, today: dt.date, deposit: Deposit | None, lock_change_confirmed: bool = False
) -> None:
    """Every reason the loan cannot be made, at once (the form shows them in one round)."""
    errors: dict[str, str] = {}
    if loan.key.status != Key.Status.IN_STORE:
        errors["key"] = (
            _("The key cannot be lent: it is not in store.") + " " + (key_whereabouts(loan.key))
        )
    elif not lock_change_confirmed and lock_changes_pending_for(loan.key):
        errors["lock_change_confirmed"] = _(
            "A lock change after a lost key is still to be done on these doors: confirm that "
            "the holder knows the key must be exchanged when the locks are changed."
        )
    if loan.holder_kind not in Loan.HolderKind.values:
        errors["holder_kind"] = _("Choose who holds the key.")
    elif loan.holder_kind == Loan.HolderKind.EMPLOYEE:
        if loan.employee is None:
            errors["employee"] = _("Choose the employee who holds the key.")
    elif loan.customer is None:
        errors["customer"] = _("Choose the customer who holds the key.")
    else:
        if not loan.contact_name:
            errors["contact_name"] = _("Enter the name of the person who takes the key.")
        if not loan.contact_email and not loan.contact_phone:
            errors["contact_email"] = _("Enter the holder's e-mail address or phone number.")
        if loan.due_on is None:
            errors["due_on"] = _("Enter the day the key is to be returned.")
    if not loan.purpose:
        errors["purpose"] = _("Say what the key is lent for.")
    if loan.due_on is not None and loan.due_on < today:
        errors["due_on"] = _("The due day cannot be in the past.")
    if deposit_needed(loan.key.series, loan.holder_kind):
        try:
            deposit_clean(deposit)
        except ValidationError as error:
            errors.update({k: v[0] for k, v in error.message_dict.items()})
    if errors:
        raise ValidationError(errors)


def key_lend_check(*, key: Key, holder_kind: str, deposit: Deposit | None = None, **fields):
    """The reasons `key_lend` would refuse the loan (a ValidationError), checked without
    writing: a form whose own fields have errors shows these beside them in the same round."""
    now = fields.pop("now", None) or timezone.now()
    confirmed = bool(fields.pop("lock_change_confirmed", False))
    customer = fields.get("customer") if holder_kind != Loan.HolderKind.EMPLOYEE else None
    loan = Loan(
        key=key,
        holder_kind=holder_kind,
        employee=fields.get("employee"),
        customer=customer,
        contact_name=(fields.get("contact_name") or "").strip(),
        contact_email=(fields.get("contact_email") or "").strip(),
        contact_phone=(fields.get("contact_phone") or "").strip(),
        purpose=(fields.get("purpose") or "").strip(),
        due_on=fields.get("due_on"),
    )
    _lend_clean(loan, timezone.localdate(now), deposit, confirmed)


def _loan_case(loan: Loan, *, by, now):
    """The counter contact the loan is written on, resolved at once."""
    key = loan.key
    building = key.series.building
    if building.service_id is None:
        raise ValidationError(
            {"key": _("The building has no service to open the loan's case under.")}
        )
    with translation.override(loan.language):
        subject = _("Key loan: %(key)s %(series)s") % {
            "key": key.label,
            "series": key.series.name,
        }
    case = case_create(
        service=building.service,
        channel="counter",
        subject=subject,
        customer=loan.customer,
        author=by,
        language=loan.language,
        context="key_lend",
        service_point=building.service_point,
        contact_email=loan.contact_email,
        contact_phone=loan.contact_phone,
        received_at=now,
        clocks_at=now,
    )
    return case_resolve_at_first_contact(case=case, actor=by, context="key_lend", at=now)


@in_transaction
def key_lend(
    *,
    key: Key,
    holder_kind: str,
    purpose: str,
    by,
    due_on: dt.date | None = None,
    employee=None,
    customer=None,
    contact_name: str = "",
    contact_email: str = "",
    contact_phone: str = "",
    language: str = "fi",
    deposit: Deposit | None = None,
    lock_change_confirmed: bool = False,
    now: dt.datetime | None = None,
) -> Loan:
    """Lend the key (in store) to an employee, or to a customer with the contact details
    they gave and a deposit if its series has one: paid now at the counter or left as an
    open order. Nothing is charged unless the key is lent. While a lock change after a loss
    is pending on the key's doors (`selectors.lock_changes_pending_for`) the key still opens
    them, but the loan needs `lock_change_confirmed`: the holder was told that the key is
    to be exchanged when the locks are changed."""
    now = now or timezone.now()
    employee_loan = holder_kind == Loan.HolderKind.EMPLOYEE
    loan = Loan(
        key=key,
        holder_kind=holder_kind,
        employee=employee if employee_loan else None,
        customer=None if employee_loan else customer,
        contact_name="" if employee_loan else contact_name.strip()[:200],
        contact_email="" if employee_loan else contact_email.strip(),
        contact_phone="" if employee_loan else contact_phone.strip()[:40],
        language=language,
        purpose=purpose.strip()[:300],
        lent_at=now,
        lent_by=by,
        due_on=due_on,
    )
    _lend_clean(loan, timezone.localdate(now), deposit, lock_change_confirmed)
    if deposit_needed(key.series, holder_kind):
        loan.order = deposit_charge(loan=loan, deposit=deposit, by=by, now=now)
    series = key.series
    loan.key = row_lock(Key, key.pk)
    loan.key.series = series
    if loan.key.status != Key.Status.IN_STORE:
        raise ValidationError({"key": _("The key was lent meanwhile.")})
    if loan.customer is not None:
        loan.case = _loan_case(loan, by=by, now=now)
    loan.save(force_insert=True)
    row_created(loan)
    loan.key.status = Key.Status.LENT
    loan.key.save(update_fields=["status"])
    if loan.case is not None:
        event_key_loan(
            loan.case, actor=by, action="lent", loan_id=loan.pk, details=loan_details(loan), at=now
        )
    access_log_record(
        actor=by, action="change", context="key_lend", customer=loan.customer, case=loan.case
    )
    return loan


def _open_loan(loan: Loan) -> None:
    if not loan.is_open:
        raise ValidationError(_("The key has been returned or reported lost already."))


def _loan_locked(loan: Loan) -> tuple[Key, Loan]:
    """The loan's key and the loan under their locks, checked to be still open."""
    key = row_lock(Key, loan.key_id, related=["series__building"])
    locked = row_lock(Loan, loan.pk)
    _open_loan(locked)
    locked.key = key
    locked.order = loan.order
    return key, locked


@in_transaction
def key_return(
    *,
    loan: Loan,
    by,
    day=None,
    method: str = "cash",
    terminal_receipt: str = "",
    note: str = "",
    now: dt.datetime | None = None,
) -> Loan:
    """Take the key back: the paid deposit is refunded at the register's open day (cash or
    to the card), an unpaid one's order cancelled; `deposit_back` on the loan returned says
    which (`deposits.DepositBack`)."""
    now = now or timezone.now()
    _open_loan(loan)
    back = deposit_give_back(
        loan=loan, day=day, method=method, terminal_receipt=terminal_receipt, by=by, now=now
    )
    key, loan = _loan_locked(loan)
    loan.returned_at, loan.received_by = now, by
    loan.save(update_fields=["returned_at", "received_by"])
    # A key whose series' locks were changed while it was out opens nothing: retired.
    rekeyed = LockChange.objects.filter(series_id=key.series_id, done_at__gte=loan.lent_at)
    key.status = Key.Status.RETIRED if rekeyed.exists() else Key.Status.IN_STORE
    key.save(update_fields=["status"])
    if loan.case_id:
        event_key_loan(
            loan.case,
            actor=by,
            action="returned",
            loan_id=loan.pk,
            details=loan_details(loan, refunded_cents=back.refunded_cents),
            note=note,
            at=now,
        )
    access_log_record(
        actor=by, action="change", context="key_return", customer=loan.customer, case=loan.case
    )
    loan.deposit_back = back
    return loan


@in_transaction
def key_report_lost(*, loan: Loan, by, note: str, now: dt.datetime | None = None) -> Loan:
    """The holder lost the key: the deposit is kept; a mechanical key's doors need a lock
    change (recorded as a task), a card is blocked at once (its access rights end)."""
    now = now or timezone.now()
    if not note.strip():
        raise ValidationError({"note": _("Say how and when the key was lost.")})
    _open_loan(loan)
    if not loan.key.series.is_card:
        # The series' keys first (as lock_change_done does): one lock change per series.
        rows_lock(Key.objects.filter(series_id=loan.key.series_id).select_related("series"))
    key, loan = _loan_locked(loan)
    loan.lost_at, loan.lost_by, loan.loss_note = now, by, note.strip()[:500]
    loan.save(update_fields=["lost_at", "lost_by", "loss_note"])
    extra: dict = {}
    if key.series.is_card:
        key.status = Key.Status.BLOCKED
        ended = AccessRight.objects.filter(card=key, ended_at__isnull=True).update(ended_at=now)
        extra["rights_ended"] = ended
    else:
        key.status = Key.Status.LOST
        extra["lock_change"] = _lock_change_for(loan, by=by, now=now).pk
    key.save(update_fields=["status"])
    if loan.case_id:
        event_key_loan(
            loan.case,
            actor=by,
            action="lost",
            loan_id=loan.pk,
            details=loan_details(loan, **extra),
            note=loan.loss_note,
            at=now,
        )
    access_log_record(
        actor=by, action="change", context="key_lost", customer=loan.customer, case=loan.case
    )
    return loan


def _lock_change_for(loan: Loan, *, by, now) -> LockChange:
    """The lock change the loss of the loan's key requires: the one of its series still
    waiting (another copy lost before: the same rekeying, its reason extended), or a new one."""
    key = loan.key
    waiting = (
        LockChange.objects.filter(series_id=key.series_id, done_at__isnull=True)
        .order_by("requested_at", "pk")
        .values_list("pk", flat=True)
        .first()
    )
    if waiting is None:
        change = LockChange.objects.create(
            series=key.series, loan=loan, reason=loan.loss_note, requested_at=now, requested_by=by
        )
        return row_created(change)
    change = row_lock(LockChange, waiting)
    change.reason = f"{change.reason} · {key.label}: {loan.loss_note}"[:500]
    change.save(update_fields=["reason"])
    return change


@in_transaction
def loan_due_change(*, loan: Loan, due_on: dt.date, by, now: dt.datetime | None = None) -> Loan:
    """A new due day (the association's season goes on): it is reminded of again."""
    now = now or timezone.now()
    if due_on is None or due_on < timezone.localdate(now):
        raise ValidationError({"due_on": _("The due day cannot be in the past.")})
    _open_loan(loan)
    _key, loan = _loan_locked(loan)
    loan.due_on = due_on
    loan.save(update_fields=["due_on"])
    if loan.case_id:
        event_key_loan(
            loan.case,
            actor=by,
            action="due_changed",
            loan_id=loan.pk,
            details=loan_details(loan),
            at=now,
        )
    access_log_record(
        actor=by, action="change", context="key_due", customer=loan.customer, case=loan.case
    )
    return loan
