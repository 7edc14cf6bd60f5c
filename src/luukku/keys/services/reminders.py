"""Reminders of a key's due day, by e-mail to the address the holder gave for the loan:
sent once per loan and due day (a new due day is reminded of again), a few days before the
day or, for a loan found overdue unreminded, at once. A periodic job of the worker."""

import datetime as dt

from django.conf import settings
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from luukku.cases.capability_events import event_key_loan
from luukku.cases.models import OutboundMail
from luukku.cases.notifications import mail_queue
from luukku.core.locks import row_lock, write_transaction
from luukku.core.site import service_centre_name
from luukku.privacy.services import access_log_record

from ..models import Key, Loan
from ..selectors import deposit_state
from .loans import loan_details


def loans_to_remind(now: dt.datetime) -> list[int]:
    """The open loans with an e-mail address given whose due day is near (or past) and
    has not been reminded of."""
    last_day = timezone.localdate(now) + dt.timedelta(days=settings.KEY_REMINDER_DAYS_BEFORE)
    rows = (
        Loan.objects.filter(
            returned_at__isnull=True,
            lost_at__isnull=True,
            due_on__lte=last_day,
            case__isnull=False,
        )
        .exclude(contact_email="")
        .exclude(reminded_for=F("due_on"))
        .order_by("due_on", "pk")
        .values_list("pk", flat=True)
    )
    return list(rows[:200])


def loan_remind(loan_id: int, *, now: dt.datetime) -> bool:
    """Remind the holder of one loan, in a write of its own; False if it needs none now."""
    with write_transaction(savepoint=True):
        key_id = Loan.objects.values_list("key_id", flat=True).get(pk=loan_id)
        row_lock(Key, key_id)
        loan = row_lock(Loan, loan_id, related=["key__series__building", "case", "order"])
        if not loan.is_open or loan.reminded_for == loan.due_on or loan.case_id is None:
            return False
        with translation.override(loan.language):
            context = {
                "loan": loan,
                "overdue": loan.due_on < timezone.localdate(now),
                "deposit": deposit_state(loan),
                "centre": service_centre_name(),
            }
            subject = _("Reminder: return key %(key)s by %(day)s") % {
                "key": loan.key.label,
                "day": date_format(loan.due_on, "SHORT_DATE_FORMAT"),
            }
            body = render_to_string("keys/reminder.txt", context)
        event = event_key_loan(
            loan.case,
            actor=None,
            action="reminded",
            loan_id=loan.pk,
            details=loan_details(loan),
            at=now,
        )
        mail_queue(
            loan.case,
            kind=OutboundMail.Kind.KEY_LOAN,
            subject=subject,
            body=body,
            event=event,
            recipient=loan.contact_email,
        )
        loan.reminded_for = loan.due_on
        loan.save(update_fields=["reminded_for"])
        access_log_record(
            actor=None,
            action="change",
            context="key_reminder",
            customer=loan.customer,
            case=loan.case,
        )
    return True


def key_reminders_send(*, now: dt.datetime | None = None) -> int:
    """Send the reminders due now; how many were sent."""
    now = now or timezone.now()
    return sum(loan_remind(loan_id, now=now) for loan_id in loans_to_remind(now))
