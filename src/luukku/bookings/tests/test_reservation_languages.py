"""A booking's order lines and receipt name the product in the reader's language (the page's
or the recipient's), not in the language the booking was made in."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from luukku.commerce.models import Receipt
from luukku.commerce.services.receipt_mail import receipt_text
from luukku.core.testing.clock import at

from .payments import pay_online
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


def test_the_receipt_names_the_lines_in_the_recipient_s_language(room, named, paytrail):
    reservation = book(room, at(2026, 3, 17, 18, 0), language="fi")
    pay_online(reservation.order, paytrail)
    receipt = Receipt.objects.get(order=reservation.order)

    assert receipt.content["items"][0]["name"] == "Tilavuokra"  # as sold, for the accounts
    assert "Lokalhyra" in receipt_text(receipt, "sv")
    assert "Room rent" in receipt_text(receipt, "en")


def test_times_are_written_one_way_per_language_on_pages_and_in_mails(
    client, agent, room, paytrail
):
    from luukku.cases.models import OutboundMail

    reservation = book(room, at(2026, 3, 17, 8, 0), language="en")
    client.force_login(agent)
    pages = {}
    for language in ("fi", "sv", "en"):
        with translation.override(language):
            private = reverse("public:reservation", args=[reservation.token])
            staff = reverse("web:reservation", args=[reservation.pk])
        headers = {"HTTP_ACCEPT_LANGUAGE": language}
        pages[language] = [client.get(url, **headers).content.decode() for url in (private, staff)]

    for language, written in (("fi", "8.00–9.00"), ("sv", "8.00–9.00"), ("en", "8:00–9:00")):
        assert all(written in page for page in pages[language]), language
        # No hour with a leading zero ("08.00", "08:00"); tokens and hashes may hold "08".
        assert not any(re.search(r"(?<![\w.:])08[.:]\d\d", page) for page in pages[language])
    pay_online(reservation.order, paytrail)
    mail = OutboundMail.objects.filter(kind=OutboundMail.Kind.RESERVATION).last()
    assert "8:00–9:00" in mail.body
