"""What the key's page tells the agent of the deposit when a key comes back or is lost:
refunded (how much, in cash from which register or to the card), never paid (its order
cancelled), or kept."""

import datetime as dt
import html

import pytest
from django.urls import reverse

from luukku.commerce.models import Order
from luukku.commerce.services.invoices import Buyer, order_invoice

from ..models import Key
from ..services import Deposit, key_lend

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_in(client, agent):
    client.force_login(agent)
    return client


def _lend(hall_key, association, agent, deposit):
    return key_lend(
        key=hall_key, holder_kind="association", customer=association, contact_name="Aino",
        contact_email="aino@example.fi", purpose="Kerho", due_on=dt.date(2026, 5, 31),
        deposit=deposit, by=agent,
    )  # fmt: skip


def _message(response) -> str:
    text = html.unescape(response.content.decode()).replace("\xa0", " ")
    return text.split('class="messages"')[1].split("</div>")[0]


@pytest.mark.parametrize(
    ("method", "said"),
    [
        ("cash", "The deposit of 50.00 € is refunded in cash from Kassa 1: hand it over."),
        ("card", "The deposit of 50.00 € is refunded to the holder's card."),
    ],
)
def test_a_return_says_the_deposit_is_refunded_and_how(
    signed_in, hall_key, association, agent, day, method, said
):
    loan = _lend(hall_key, association, agent, Deposit("counter", day=day))
    data = {"day": day.pk, "method": method, "terminal_receipt": "1234"}
    response = signed_in.post(reverse("web:key_return", args=[loan.pk]), data, follow=True)
    assert "Key KT-3/1 returned." in _message(response)
    assert said in _message(response)


def test_a_return_of_an_unpaid_deposit_says_its_order_is_cancelled(
    signed_in, hall_key, association, agent, day
):
    loan = _lend(hall_key, association, agent, Deposit("open"))
    response = signed_in.post(
        reverse("web:key_return", args=[loan.pk]), {"day": day.pk, "method": "cash"}, follow=True
    )
    assert "The deposit of 50.00 € was never paid: its order is cancelled." in _message(response)
    assert "refunded" not in _message(response)


def test_a_lost_key_says_the_deposit_is_kept(signed_in, hall_key, association, agent, day):
    loan = _lend(hall_key, association, agent, Deposit("counter", day=day))
    response = signed_in.post(
        reverse("web:key_lost", args=[loan.pk]), {"note": "Hukassa"}, follow=True
    )
    assert "The deposit of 50.00 € is kept; nothing is refunded." in _message(response)


def _take_back_as_the_page_sends(signed_in, hall_key, loan):
    """Post the return form the key's page shows: for a deposit not paid (or none) that is
    the note only, with no register or refund method."""
    page = signed_in.get(reverse("web:key", args=[hall_key.pk])).content.decode()
    form = page.split('id="return-heading"')[1].split("</form>")[0]
    assert 'name="method"' not in form and 'name="day"' not in form
    return signed_in.post(
        reverse("web:key_return", args=[loan.pk]), {"note": "Palautti tiskille"}, follow=True
    )


def test_a_key_whose_deposit_is_unpaid_is_taken_back_with_the_note_only(
    signed_in, hall_key, association, agent, day
):
    loan = _lend(hall_key, association, agent, Deposit("open"))
    response = _take_back_as_the_page_sends(signed_in, hall_key, loan)
    assert "Key KT-3/1 returned." in _message(response)
    assert "The deposit of 50.00 € was never paid: its order is cancelled." in _message(response)
    loan.refresh_from_db()
    loan.order.refresh_from_db()
    assert loan.returned_at is not None and loan.order.status == Order.Status.CANCELLED
    assert Key.objects.get().status == Key.Status.IN_STORE


def test_a_key_lent_without_deposit_is_taken_back_with_the_note_only(signed_in, hall_key, agent):
    loan = key_lend(key=hall_key, holder_kind="employee", employee=agent, purpose="Työ", by=agent)
    response = _take_back_as_the_page_sends(signed_in, hall_key, loan)
    assert "Key KT-3/1 returned.</p>" in _message(response)
    assert Key.objects.get().status == Key.Status.IN_STORE


def test_a_key_whose_deposit_is_on_an_open_invoice_is_taken_back(
    signed_in, hall_key, association, agent, day
):
    loan = _lend(hall_key, association, agent, Deposit("open"))
    buyer = Buyer("Imatran Shakkikerho ry", "Koskikatu 1", "55100", "Imatra", "0162193-3")
    order_invoice(order=loan.order, buyer=buyer, by=agent)
    response = _take_back_as_the_page_sends(signed_in, hall_key, loan)
    assert "The deposit of 50.00 € is on an invoice still open" in _message(response)
    loan.refresh_from_db()
    loan.order.refresh_from_db()
    assert loan.returned_at is not None and loan.order.status == Order.Status.INVOICED


def test_a_paid_deposit_is_not_taken_back_without_how_it_is_refunded(
    signed_in, hall_key, association, agent, day
):
    loan = _lend(hall_key, association, agent, Deposit("counter", day=day))
    response = signed_in.post(reverse("web:key_return", args=[loan.pk]), {"day": day.pk})
    assert response.status_code == 400
    assert "Choose cash or card." in response.content.decode()
    loan.refresh_from_db()
    loan.order.refresh_from_db()
    assert loan.returned_at is None and loan.order.refunded_cents == 0
