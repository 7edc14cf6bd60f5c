"""A booking's order lines and receipt name the product in the reader's language (the page's
or the recipient's), not in the language the booking was made in."""

import pytest
from django.urls import reverse
from django.utils import translation

from luukku.commerce.models import Receipt
from luukku.commerce.services.receipt_mail import receipt_text
from luukku.core.testing.clock import at

from .payments import FakeProvider, pay_online
from .test_reservations import book

pytestmark = pytest.mark.usefixtures("clock")


@pytest.fixture
def named(hourly):
    hourly.name_fi, hourly.name_sv, hourly.name_en = "Tilavuokra", "Lokalhyra", "Room rent"
    hourly.save()
    return hourly


def test_the_private_page_names_the_lines_in_the_page_s_language(client, room, named):
    reservation = book(room, at(2026, 3, 17, 18, 0), language="fi")

    for language, name in (("sv", "Lokalhyra"), ("en", "Room rent"), ("fi", "Tilavuokra")):
        with translation.override(language):
            url = reverse("public:reservation", args=[reservation.token])
        page = client.get(url).content.decode()
        assert f'<th scope="row">{name}</th>' in page


def test_the_receipt_names_the_lines_in_the_recipient_s_language(room, named):
    reservation = book(room, at(2026, 3, 17, 18, 0), language="fi")
    pay_online(reservation.order, FakeProvider())
    receipt = Receipt.objects.get(order=reservation.order)

    assert receipt.content["items"][0]["name"] == "Tilavuokra"  # as sold, for the accounts
    assert "Lokalhyra" in receipt_text(receipt, "sv")
    assert "Room rent" in receipt_text(receipt, "en")
