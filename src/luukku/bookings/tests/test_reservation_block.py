"""Staff block time: never in the past; over bookings, these are listed first and staff
cancel them (the bookers told, refunded whole) or do not block."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from luukku.cases.models import OutboundMail
from luukku.core.testing.clock import at

from ..models import DenyReason, Reservation
from ..services.reservation_block import block_clashes, reservation_block_over
from ..services.reservations import reservation_block
from .payments import pay_online
from .test_reservations import book

pytestmark = pytest.mark.usefixtures("clock")


def test_a_time_in_the_past_is_not_blocked(room, agent):
    with pytest.raises(ValidationError) as error:
        reservation_block(
            by=agent, unit=room, starts_at=at(2026, 3, 10, 8, 0), ends_at=at(2026, 3, 10, 12, 0),
            note="Huolto",
        )  # fmt: skip

    assert "block only a time to come" in " ".join(error.value.messages)
    assert not Reservation.objects.exists()


def test_blocking_over_bookings_lists_them_then_cancels_and_refunds_them_whole(
    room, agent, paytrail
):
    provider = paytrail
    taken = book(room, at(2026, 3, 17, 10, 0), hours=2)
    pay_online(taken.order, provider)

    found = block_clashes(room, at(2026, 3, 17, 8, 0), at(2026, 3, 17, 12, 0))
    assert found == [taken]

    blocked = reservation_block_over(
        by=agent, unit=room, starts_at=at(2026, 3, 17, 8, 0), ends_at=at(2026, 3, 17, 12, 0),
        note="Vesivahinko", reason=DenyReason.MAINTENANCE, message="Putkiremontti",
        provider=provider, callback_url=provider.callback_url,
    )  # fmt: skip

    taken.refresh_from_db()
    assert taken.state == Reservation.State.CANCELLED and taken.reason == DenyReason.MAINTENANCE
    assert provider.refunded_cents() == 4000  # the city's reason: no cancellation fee
    assert blocked.kind == Reservation.Kind.BLOCKED
    mail = OutboundMail.objects.filter(kind=OutboundMail.Kind.RESERVATION).order_by("pk").last()
    assert mail.recipient == "aino@example.fi" and "Putkiremontti" in mail.body


def test_staff_see_the_clashing_bookings_before_they_choose(client, agent, room):
    taken = book(room, at(2026, 3, 17, 10, 0), hours=2, organisation_name="")
    client.force_login(agent)
    url = reverse("web:reservation_block", args=[room.code])
    form = {"block-day": "2026-03-17", "block-starts": "08:00", "block-ends": "12:00"}
    form["block-note"] = "Vesivahinko"

    page = client.post(url, form)

    assert page.status_code == 200
    text = page.content.decode()
    assert 'id="block-clashes"' in text and "Aino Virtanen" in text and "10:00–12:00" in text
    assert "Do not block" in text
    assert Reservation.objects.filter(kind=Reservation.Kind.BLOCKED).count() == 0
    refused = client.post(url, {**form, "action": "cancel"})  # no reason chosen
    assert refused.status_code == 400
    done = client.post(url, {**form, "action": "cancel", "block-reason": "maintenance"})
    assert done.status_code == 302
    taken.refresh_from_db()
    assert taken.state == Reservation.State.CANCELLED
    assert Reservation.objects.filter(kind=Reservation.Kind.BLOCKED).count() == 1


def test_staff_blocking_a_past_time_see_a_clear_error(client, agent, room):
    client.force_login(agent)
    url = reverse("web:reservation_block", args=[room.code])
    form = {"block-day": "2026-03-09", "block-starts": "08:00", "block-ends": "12:00"}

    page = client.post(url, {**form, "block-note": "Huolto"})

    assert page.status_code == 400
    assert "block only a time to come" in page.content.decode()


def test_staff_see_every_unit_s_week_in_a_table_and_the_view_is_logged(client, agent, room, hall):
    from luukku.privacy.models import AccessLogEntry

    book(room, at(2026, 3, 19, 18, 0), hours=2)
    client.force_login(agent)

    page = client.get(reverse("web:reservation_week"), {"day": "2026-03-18"})

    assert page.status_code == 200
    text = page.content.decode()
    assert "Mon 16.3." in text and "Sun 22.3." in text
    row = text[text.index("Kokoushuone Vuoksi</a></th>") :].split("</tr>")[0]
    assert row.count("<td>") == 7 and "18:00–20:00 Aino Virtanen" in row
    assert '<th scope="row"><a href="' in text and 'role="region"' in text
    entry = AccessLogEntry.objects.get(context="reservations_week")
    assert entry.count == 1 and entry.query == {"week": "2026-03-16"}


def test_blocking_over_an_unpaid_series_turn_gives_the_reason_and_the_new_total(room, agent):
    from ..services.reservation_series import reservation_series_book
    from .test_reservation_series import SEASON

    reservation_series_book(
        by=agent,
        unit=room,
        contact_name="Vuokselan Voima ry",
        group="association",
        contact_email="voima@example.fi",
        **SEASON,
    )  # fmt: skip  5 turns of 2 hours at 15 €: 150 €

    reservation_block_over(
        by=agent, unit=room, starts_at=at(2026, 3, 24, 18, 0), ends_at=at(2026, 3, 24, 20, 0),
        note="Lattian hionta", reason=DenyReason.MAINTENANCE, message="Salin lattia hiotaan.",
    )  # fmt: skip

    body = OutboundMail.objects.order_by("pk").last().body.replace("\xa0", " ")
    assert "Varauksesi on peruttu. Syy: huolto tai korjaus. Salin lattia hiotaan." in body
    assert "maksettavaa on nyt 120,00 € (aiemmin 150,00 €)" in body
