"""The wording of a booking's messages: the cancellation terms in the confirmation, times and
dates as each language writes them, and a cancellation by the customer in their own voice."""

import pytest

from luukku.cases.models import OutboundMail
from luukku.core.testing.clock import at

from ..services.reservation_cancel import reservation_cancel
from .payments import pay_online
from .test_reservations import book

pytestmark = pytest.mark.usefixtures("clock")


def _last_mail() -> OutboundMail:
    return OutboundMail.objects.filter(kind=OutboundMail.Kind.RESERVATION).order_by("pk").last()


@pytest.mark.parametrize(
    ("language", "time", "terms"),
    [
        ("fi", "17.3.2026 18.00–20.00", "Maksuton peruutus 10.3.2026 18.00 asti"),
        ("sv", "17.3.2026 18.00–20.00", "Avgiftsfri avbokning till 10.3.2026 18.00"),
        ("en", "17.3.2026 18:00–20:00", "Free cancellation until 10.3.2026 18:00"),
    ],
)
def test_the_confirmation_says_the_time_and_the_free_cancellation_deadline_and_fee(
    room, language, time, terms, paytrail
):
    reservation = book(room, at(2026, 3, 17, 18, 0), hours=2, language=language)

    pay_online(reservation.order, paytrail)

    body = _last_mail().body
    assert time in body
    assert terms in body
    assert "30 %" in body


@pytest.mark.parametrize(
    ("language", "voice"),
    [
        ("fi", "Hei Aino Virtanen,\n\nPeruit varauksen."),
        ("sv", "Hej Aino Virtanen,\n\nDu avbokade din bokning."),
        ("en", "Hello Aino Virtanen,\n\nYou cancelled"),
    ],
)
def test_a_cancellation_by_the_customer_reads_in_their_own_voice(room, language, voice, paytrail):
    provider = paytrail
    reservation = book(room, at(2026, 3, 17, 18, 0), language=language)
    pay_online(reservation.order, provider)

    reservation_cancel(reservation=reservation, provider=provider)

    body = _last_mail().body
    assert body.startswith(voice)
    assert "Cancelled by the customer" not in body


@pytest.mark.parametrize(
    ("language", "greeting"), [("fi", "Hei Aino Virtanen,"), ("sv", "Hej Aino Virtanen,")]
)
def test_a_booking_s_messages_greet_the_booker_by_the_name_given(
    room, language, greeting, paytrail
):
    reservation = book(room, at(2026, 3, 17, 18, 0), language=language)
    pay_online(reservation.order, paytrail)

    mail = _last_mail()
    assert mail.body.startswith(greeting + "\n\n")
    assert mail.subject == mail.subject.strip()


@pytest.mark.parametrize(
    ("language", "terms"),
    [
        ("fi", "Maksuton peruutus ei ole enää mahdollinen; peruutus maksaa 30 %"),
        ("sv", "Avgiftsfri avbokning är inte längre möjlig; en avbokning kostar 30 %"),
        ("en", "Free cancellation is no longer possible; cancelling costs 30 %"),
    ],
)
def test_a_booking_made_after_the_free_period_says_cancelling_costs_the_fee(
    room, language, terms, paytrail
):
    reservation = book(room, at(2026, 3, 12, 18, 0), language=language)  # 2 days ahead

    pay_online(reservation.order, paytrail)

    body = _last_mail().body
    assert terms in body
    assert "5.3.2026" not in body


def test_the_booking_form_says_when_the_free_cancellation_is_already_over(client, room):
    from django.urls import reverse

    url = reverse("public:reservation_book", args=[room.code])

    late = client.get(url, {"start": "2026-03-12T18:00:00+02:00", "minutes": 60})
    early = client.get(url, {"start": "2026-03-24T18:00:00+02:00", "minutes": 60})

    assert "Free cancellation is no longer possible for this time" in late.content.decode()
    assert "cancelling costs 30 %" in late.content.decode()
    assert "Free cancellation is no longer possible" not in early.content.decode()
