"""What the key's page tells the agent of the deposit when a key comes back or is lost:
refunded (how much, in cash from which register or to the card), never paid (its order
cancelled), or kept."""

import datetime as dt
import html

import pytest
from django.urls import reverse

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
