"""Reminders of the due day go to the address the holder gave, once per due day."""

import datetime as dt

import pytest

from luukku.cases.models import OutboundMail
from luukku.core.scheduler import PERIODIC_JOBS

from ..services import Deposit, key_lend, key_reminders_send, loan_due_change
from .conftest import MORNING

pytestmark = pytest.mark.django_db


@pytest.fixture
def loan(hall_key, association, agent, clock):
    return key_lend(
        key=hall_key,
        holder_kind="association",
        customer=association,
        contact_name="Aino Virtanen",
        contact_email="aino.virtanen@example.fi",
        purpose="Kerhoillat ti 18–20",
        due_on=dt.date(2026, 3, 20),
        deposit=Deposit("open"),
        by=agent,
    )


def test_the_holder_is_reminded_two_days_before_the_due_day_once(loan, clock):
    assert key_reminders_send() == 0  # ten days before

    clock.move_to(MORNING + dt.timedelta(days=8))
    assert key_reminders_send() == 1
    assert key_reminders_send() == 0

    mail = OutboundMail.objects.get(kind=OutboundMail.Kind.KEY_LOAN)
    # The address given for the loan, not the association's own.
    assert mail.recipient == "aino.virtanen@example.fi"
    # Dates as on the pages: no leading zeros in Finnish.
    assert "KT-3/1" in mail.subject and "20.3.2026" in mail.subject and "20.3.2026" in mail.body
    # The deposit was left open: it is owed, not "refunded when the key is returned".
    assert "on vielä maksamatta" in mail.body and "Pantti palautetaan" not in mail.body
    actions = list(loan.case.events.filter(kind="key_loan").values_list("data__action", flat=True))
    assert actions == ["lent", "reminded"]


def test_a_new_due_day_is_reminded_of_again(loan, agent, clock):
    clock.move_to(MORNING + dt.timedelta(days=9))
    assert key_reminders_send() == 1
    loan_due_change(loan=loan, due_on=dt.date(2026, 3, 21), by=agent)

    assert key_reminders_send() == 1
    assert OutboundMail.objects.filter(kind=OutboundMail.Kind.KEY_LOAN).count() == 2


def test_an_overdue_loan_unreminded_is_reminded_as_overdue(loan, clock):
    clock.move_to(MORNING + dt.timedelta(days=30))
    assert key_reminders_send() == 1
    mail = OutboundMail.objects.get(kind=OutboundMail.Kind.KEY_LOAN)
    assert "olisi pitänyt palauttaa viimeistään 20.3.2026" in mail.body  # in Finnish, as given


def test_the_reminders_are_a_periodic_job():
    assert ("luukku.keys.tasks.key_reminders_task", "KEY_REMINDER_INTERVAL") in PERIODIC_JOBS
