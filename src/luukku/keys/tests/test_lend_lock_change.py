"""Lending a key whose doors wait for a lock change after a loss: the key still opens them,
so it may be lent, but the lend form warns and the loan needs the agent's confirmation that
the holder knows the key must be exchanged when the locks are changed."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from luukku.commerce.models import Order

from ..models import Loan
from ..services import Deposit, key_lend, key_report_lost
from .factories import key, series

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(client, agent):
    client.force_login(agent)
    return client


@pytest.fixture
def lost_copy(hall_key, association, agent, clock):
    """Copy 1 of series KT-3 lent and lost: its lock change is waiting."""
    loan = key_lend(
        key=hall_key, holder_kind="association", customer=association, contact_name="Aino",
        contact_phone="040 1", purpose="Kerho", due_on=dt.date(2026, 5, 1),
        deposit=Deposit("open"), by=agent,
    )  # fmt: skip
    key_report_lost(loan=loan, by=agent, note="Pudonnut")
    return loan


def _form(association, day, **fields):
    data = {
        "holder_kind": "association", "customer": association.pk, "contact_name": "Aino",
        "contact_email": "aino@example.fi", "language": "fi", "purpose": "Kerhoillat",
        "due_on": "2026-05-31", "deposit": "counter", "day": day.pk, "method": "cash",
    }  # fmt: skip
    data.update(fields)
    return data


def test_a_copy_of_a_lost_key_is_lent_only_when_the_agent_confirms(
    signed_in, lost_copy, hall_key, association, day
):
    copy2 = key(hall_key.series, 2)
    lend = reverse("web:key_lend", args=[copy2.pk])
    page = signed_in.get(lend, {"customer": association.pk}).content.decode()
    warning = page.split('id="lock-change-warning"')[1].split("</div>")[0]
    assert "The locks of these doors are to be changed after a lost key." in warning
    assert "Series KT-3 Sarja KT-3: lock change recorded on" in warning
    assert 'name="lock_change_confirmed"' in page

    refused = signed_in.post(lend, _form(association, day))
    assert refused.status_code == 400
    assert "confirm that the holder knows the key must be exchanged" in refused.content.decode()
    assert not Loan.objects.filter(key=copy2).exists()
    assert Order.objects.count() == 1  # only the lost key's

    lent = signed_in.post(lend, _form(association, day, lock_change_confirmed="on"))
    assert lent.status_code == 302
    assert Loan.objects.filter(key=copy2).exists()


def test_a_key_of_another_series_opening_the_same_doors_is_warned_of_too(
    lost_copy, building, association, agent
):
    master = key(series(building, code="YA", areas=("PO",)))  # opens the main door too
    other = key(series(building, code="K2", areas=("K2",)))  # the offices only
    fields = {"holder_kind": "employee", "employee": agent, "purpose": "Huolto", "by": agent}
    with pytest.raises(ValidationError) as refused:
        key_lend(key=master, **fields)
    assert "lock_change_confirmed" in refused.value.message_dict
    key_lend(key=master, lock_change_confirmed=True, **fields)
    key_lend(key=other, **fields)  # its doors wait for nothing: no question asked


def test_no_warning_without_a_pending_lock_change(signed_in, hall_key, association):
    page = signed_in.get(
        reverse("web:key_lend", args=[hall_key.pk]), {"customer": association.pk}
    ).content.decode()
    assert 'id="lock-change-warning"' not in page
    assert 'name="lock_change_confirmed"' not in page


def test_a_card_for_the_same_doors_is_lent_without_the_question(lost_copy, card, agent):
    key_lend(key=card, holder_kind="employee", employee=agent, purpose="Huolto", by=agent)
