"""Lending a key with its deposit, taking it back, losing it (docs/keys.md, "Loans")."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from luukku.cases.models import CaseEvent
from luukku.commerce.models import Order, Payment
from luukku.commerce.services.payments import Tender, counter_pay
from luukku.privacy.models import AccessLogEntry

from ..models import AccessRight, Key, Loan, LockChange
from ..services import (
    Deposit,
    access_right_add,
    key_lend,
    key_report_lost,
    key_return,
    loan_due_change,
)

pytestmark = pytest.mark.django_db
DUE = dt.date(2026, 5, 31)


def lend_to_association(key, association, agent, deposit, **fields):
    return key_lend(
        key=key,
        holder_kind=Loan.HolderKind.ASSOCIATION,
        customer=association,
        contact_name="Aino Virtanen",
        contact_email="aino.virtanen@example.fi",
        purpose="Kerhoillat ti 18–20",
        due_on=DUE,
        deposit=deposit,
        by=agent,
        **fields,
    )


def test_a_key_lent_to_an_association_takes_its_deposit_at_the_counter(
    hall_key, association, agent, day
):
    loan = lend_to_association(hall_key, association, agent, Deposit("counter", day=day))

    hall_key.refresh_from_db()
    assert hall_key.status == Key.Status.LENT
    assert loan.order.status == Order.Status.PAID
    assert loan.order.total_cents == 5000
    assert loan.order.group == "association"
    assert loan.order.payments.get().method == "cash"
    # A counter contact, resolved, for the address given; the loan is on its timeline.
    assert loan.case.customer == association
    assert loan.case.contact_email == "aino.virtanen@example.fi"
    assert loan.case.status == "resolved"
    step = loan.case.events.get(kind=CaseEvent.Kind.KEY_LOAN)
    assert step.data["action"] == "lent"
    assert step.data["key"] == "KT-3/1"
    assert step.data["deposit_cents"] == 5000
    assert not step.public
    assert AccessLogEntry.objects.filter(context="key_lend", customer=association).exists()


def test_an_employee_borrows_without_a_deposit_or_a_case(hall_key, agent, supervisor, clock):
    loan = key_lend(
        key=hall_key,
        holder_kind="employee",
        employee=supervisor,
        purpose="Iltakokous",
        by=agent,
    )

    assert loan.order is None and loan.case is None and loan.due_on is None
    assert Order.objects.count() == 0


def test_a_deposit_left_open_is_an_order_waiting_for_payment_and_later_paid(
    hall_key, association, agent, day
):
    loan = lend_to_association(hall_key, association, agent, Deposit("open"))
    assert loan.order.status == Order.Status.OPEN

    counter_pay(order=loan.order, day=day, tenders=[Tender("cash", 5000)], by=agent)

    actions = list(loan.case.events.filter(kind="key_loan").values_list("data__action", flat=True))
    assert actions == ["lent", "deposit_paid"]


def test_a_key_not_in_store_is_not_lent_and_nothing_is_charged(hall_key, association, agent, day):
    Key.objects.filter(pk=hall_key.pk).update(status=Key.Status.LOST)
    hall_key.refresh_from_db()

    with pytest.raises(ValidationError) as error:
        lend_to_association(hall_key, association, agent, Deposit("counter", day=day))

    assert "not in store" in str(error.value)
    assert Order.objects.count() == 0 and Loan.objects.count() == 0


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"contact_name": ""}, "contact_name"),
        ({"contact_email": "", "contact_phone": ""}, "contact_email"),
        ({"due_on": None}, "due_on"),
        ({"due_on": dt.date(2026, 3, 9)}, "due_on"),
        ({"purpose": " "}, "purpose"),
        ({"customer": None}, "customer"),
    ],
)
def test_a_loan_to_a_customer_needs_its_details(hall_key, association, agent, day, fields, field):
    arguments = {
        "key": hall_key,
        "holder_kind": "association",
        "customer": association,
        "contact_name": "Aino Virtanen",
        "contact_email": "aino@example.fi",
        "purpose": "Kerho",
        "due_on": DUE,
        "deposit": Deposit("counter", day=day),
        "by": agent,
    }
    arguments.update(fields)
    with pytest.raises(ValidationError) as error:
        key_lend(**arguments)
    assert field in error.value.message_dict
    assert Loan.objects.count() == 0 and Order.objects.count() == 0


def test_a_payment_refused_at_the_counter_lends_nothing(hall_key, association, agent, day):
    with pytest.raises(ValidationError):
        lend_to_association(
            hall_key, association, agent, Deposit("counter", day=day, method="card")
        )

    hall_key.refresh_from_db()
    assert hall_key.status == Key.Status.IN_STORE
    assert Order.objects.count() == 0 and Payment.objects.count() == 0


def test_the_key_returned_refunds_the_deposit(hall_key, association, agent, day):
    loan = lend_to_association(hall_key, association, agent, Deposit("counter", day=day))

    key_return(loan=loan, by=agent, day=day, method="cash")

    loan.refresh_from_db()
    hall_key.refresh_from_db()
    assert loan.returned_at is not None and loan.received_by == agent
    assert hall_key.status == Key.Status.IN_STORE
    assert loan.order.refunded_cents == 5000
    assert loan.order.payments.filter(kind="refund").get().amount_cents == 5000
    step = loan.case.events.filter(kind="key_loan").latest("pk")
    assert step.data["action"] == "returned" and step.data["refunded_cents"] == 5000
    with pytest.raises(ValidationError):
        key_return(loan=loan, by=agent, day=day)


def test_the_key_returned_cancels_a_deposit_never_paid(hall_key, association, agent, day):
    loan = lend_to_association(hall_key, association, agent, Deposit("open"))

    key_return(loan=loan, by=agent)

    loan.order.refresh_from_db()
    assert loan.order.status == Order.Status.CANCELLED


def test_a_lost_key_keeps_the_deposit_and_needs_a_lock_change(hall_key, association, agent, day):
    loan = lend_to_association(hall_key, association, agent, Deposit("counter", day=day))

    with pytest.raises(ValidationError):
        key_report_lost(loan=loan, by=agent, note="")
    key_report_lost(loan=loan, by=agent, note="Hävisi kerhoillan jälkeen")

    hall_key.refresh_from_db()
    assert hall_key.status == Key.Status.LOST
    change = LockChange.objects.get()
    assert change.series == hall_key.series and change.done_at is None
    loan.order.refresh_from_db()
    assert loan.order.refunded_cents == 0
    assert loan.case.events.filter(kind="key_loan").latest("pk").data["action"] == "lost"


def test_a_lost_card_is_blocked_and_its_rights_end(card, association, agent, day, building):
    access_right_add(
        card=card,
        area=building.areas.get(code="VS"),
        weekdays="2",
        starts=dt.time(18),
        ends=dt.time(20),
        valid_from=dt.date(2026, 3, 1),
        by=agent,
    )
    loan = lend_to_association(card, association, agent, Deposit("counter", day=day))

    key_report_lost(loan=loan, by=agent, note="Kortti kadonnut")

    card.refresh_from_db()
    assert card.status == Key.Status.BLOCKED
    assert AccessRight.objects.get().ended_at is not None
    assert LockChange.objects.count() == 0


def test_a_new_due_day_is_not_in_the_past(hall_key, association, agent, day):
    loan = lend_to_association(hall_key, association, agent, Deposit("open"))

    with pytest.raises(ValidationError):
        loan_due_change(loan=loan, due_on=dt.date(2026, 3, 1), by=agent)
    loan_due_change(loan=loan, due_on=dt.date(2026, 8, 31), by=agent)

    loan.refresh_from_db()
    assert loan.due_on == dt.date(2026, 8, 31)


def test_the_deposit_of_a_key_still_lent_is_not_refunded_on_the_sale_page(
    hall_key, association, agent, day
):
    from luukku.commerce.services.payments import order_refund

    loan = lend_to_association(hall_key, association, agent, Deposit("counter", day=day))
    line = loan.order.lines.get()
    with pytest.raises(ValidationError, match="still lent"):
        order_refund(
            order=loan.order,
            quantities={line.pk: 1},
            method="cash",
            day=day,
            by=agent,
            reason="Palautus",
        )
    loan.order.refresh_from_db()
    assert loan.order.refunded_cents == 0
    # Taken back on the key's page, it is refunded once.
    key_return(loan=loan, by=agent, day=day, method="cash")
    loan.order.refresh_from_db()
    assert loan.order.refunded_cents == 5000


def _right(card, area, agent, **fields):
    values = {
        "weekdays": "2",
        "starts": dt.time(18),
        "ends": dt.time(20),
        "valid_from": dt.date(2026, 3, 10),
    }
    values.update(fields)
    return access_right_add(card=card, area=area, by=agent, **values)


def test_a_card_gets_rights_only_to_its_series_areas_once_and_not_backdated(
    card, building, agent, clock
):
    offices = building.areas.get(code="K2")  # not among the card series' areas
    with pytest.raises(ValidationError, match="does not open this area"):
        _right(card, offices, agent)
    chamber = building.areas.get(code="VS")
    _right(card, chamber, agent)
    with pytest.raises(ValidationError, match="this very right already"):
        _right(card, chamber, agent)
    with pytest.raises(ValidationError, match="more than 31 days ago"):
        _right(card, chamber, agent, valid_from=dt.date(2025, 1, 1))
    with pytest.raises(ValidationError, match="ended already"):
        _right(
            card, chamber, agent, valid_from=dt.date(2026, 3, 1), valid_until=dt.date(2026, 3, 2)
        )
    assert AccessRight.objects.count() == 1


def test_a_lock_change_done_retires_the_series_keys(
    hall_key, association, agent, day, building, clock
):
    from ..services import lock_change_done
    from .factories import key

    copy2, copy3 = key(hall_key.series, 2), key(hall_key.series, 3)
    lost = lend_to_association(hall_key, association, agent, Deposit("open"))
    key_report_lost(loan=lost, by=agent, note="Kadonnut")
    out = lend_to_association(
        copy3, association, agent, Deposit("open"), lock_change_confirmed=True
    )

    change = lock_change_done(change=LockChange.objects.get(), by=agent)

    assert change.retired == ["KT-3/2"] and change.still_out == ["KT-3/3"]
    copy2.refresh_from_db()
    assert copy2.status == Key.Status.RETIRED
    key_return(loan=out, by=agent)
    copy3.refresh_from_db()
    assert copy3.status == Key.Status.RETIRED
    hall_key.refresh_from_db()
    assert hall_key.status == Key.Status.LOST


def test_a_second_copy_lost_reuses_the_lock_change_still_waiting(
    hall_key, association, agent, day, clock
):
    from ..services import lock_change_done
    from .factories import key

    copy2 = key(hall_key.series, 2)
    first = lend_to_association(hall_key, association, agent, Deposit("open"))
    key_report_lost(loan=first, by=agent, note="Kadonnut bussissa")
    second = lend_to_association(
        copy2, association, agent, Deposit("open"), lock_change_confirmed=True
    )
    key_report_lost(loan=second, by=agent, note="Pudonnut kaivoon")

    change = LockChange.objects.get()
    assert change.reason == "Kadonnut bussissa · KT-3/2: Pudonnut kaivoon"
    event = second.case.events.filter(kind="key_loan").latest("pk")
    assert event.data["action"] == "lost" and event.data["lock_change"] == change.pk

    # Once done, a later loss asks for a new one.
    lock_change_done(change=change, by=agent)
    copy3 = key(hall_key.series, 3)
    third = lend_to_association(copy3, association, agent, Deposit("open"))
    key_report_lost(loan=third, by=agent, note="Hukassa")
    assert LockChange.objects.filter(done_at__isnull=True).count() == 1
    assert LockChange.objects.count() == 2
