"""The walk-in queue's citizen pages: the kiosk, joining online, the visitor's ticket page and
the waiting-room display (public/queue_views.py; docs/queue.md)."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import translation

from luukku.organisation.models import OpeningHours
from luukku.organisation.tests.factories import UserFactory
from luukku.queueing.models import Ticket, TicketEventKind, TicketSource, TicketStatus
from luukku.queueing.services.calling import ticket_call_next, ticket_start
from luukku.queueing.services.days import desk_session_start, queue_day_close, queue_day_open
from luukku.queueing.services.tickets import ticket_issue

pytestmark = [pytest.mark.django_db, pytest.mark.clock_set]


def url(name, *args, language="fi"):
    with translation.override(language):
        return reverse(f"public:{name}", args=args)


def test_the_kiosk_shows_each_group_with_its_letter_and_estimate(client, staffed, kela, permits):
    ticket_issue(group=kela, source=TicketSource.KIOSK)
    page = client.get(url("queue_kiosk", kela.service_point_id)).content.decode()
    assert 'data-group="K"' in page and 'data-group="R"' in page
    assert "Kela" in page and "1 jonossa" in page and "noin 8 min" in page
    assert 'hreflang="sv"' in page and 'hreflang="en"' in page
    assert f'data-queue-stream="/ws/queue/{kela.service_point_id}/"' in page


def test_a_kiosk_number_is_shown_large_with_its_qr_code_in_the_page_language(client, staffed, kela):
    ticket_issue(group=kela, source=TicketSource.KIOSK)
    answer = client.post(
        url("queue_kiosk_take", kela.service_point_id, language="sv"), {"group": "K"}
    )
    page = answer.content.decode()
    ticket = Ticket.objects.get(code="K 2")
    assert answer.status_code == 200 and answer["Cache-Control"].startswith("max-age=0")
    assert (ticket.source, ticket.language) == (TicketSource.KIOSK, "sv")
    assert '<p class="ticket-code" id="ticket-code">K 2</p>' in page
    assert "Före dig" in page and '<svg role="img"' in page and "Skriv ut" in page
    assert f'data-return-url="{url("queue_kiosk", kela.service_point_id, language="sv")}"' in page


def test_a_closed_queue_says_so_and_when_it_opens_and_gives_no_number(client, point, kela, clock):
    for weekday in range(5):
        OpeningHours.objects.create(
            service_point=point, weekday=weekday, opens=dt.time(9), closes=dt.time(16)
        )
    clock.move_to(dt.datetime(2026, 3, 10, 15, 0, tzinfo=dt.UTC))  # Tuesday 17.00 in Helsinki
    page = client.get(url("queue_kiosk", point.pk)).content.decode()
    assert "Jono on nyt suljettu." in page and "Jono avautuu: keskiviikko 11.3. kello 9.00." in page
    assert 'data-group="K"' not in page
    refused = client.post(url("queue_kiosk_take", point.pk), {"group": "K"})
    assert refused.status_code == 400 and "Jono on nyt suljettu." in refused.content.decode()
    assert not Ticket.objects.exists()


def test_an_unknown_group_at_the_kiosk_gives_no_number(client, open_day, kela):
    refused = client.post(url("queue_kiosk_take", kela.service_point_id), {"group": "Q"})
    assert refused.status_code == 400
    assert "Valitse palvelu luettelosta." in refused.content.decode()
    assert not Ticket.objects.exists()


def test_a_kiosk_pressed_too_often_waits(client, open_day, kela, settings):
    settings.QUEUE_KIOSK_RATE_LIMIT = "2/m"
    take = url("queue_kiosk_take", kela.service_point_id)
    assert [client.post(take, {"group": "K"}).status_code for _ in range(2)] == [200, 200]
    refused = client.post(take, {"group": "K"})
    assert refused.status_code == 429 and int(refused["Retry-After"]) >= 1
    assert "Vuoronumeroita otettiin lyhyessä ajassa liian monta." in refused.content.decode()
    assert Ticket.objects.count() == 2


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({}, "email", "Anna sähköpostiosoite tai matkapuhelinnumero viestiä varten."),
        ({"email": "maija(at)example.fi"}, "email", "Anna kelvollinen sähköpostiosoite."),
        ({"phone": "12"}, "phone", "Anna kelvollinen puhelinnumero."),
    ],
)
def test_joining_online_with_bad_input_explains_and_gives_no_number(
    client, open_day, kela, data, field, message
):
    answer = client.post(url("queue_join", kela.service_point_id), {"group": "K", **data})
    page = answer.content.decode()
    assert answer.status_code == 400 and message in page
    assert f'id="id_{field}_error"' in page
    assert not Ticket.objects.exists()


def test_joining_online_leads_to_the_private_ticket_page(client, staffed, kela):
    ticket_issue(group=kela, source=TicketSource.KIOSK)
    answer = client.post(
        url("queue_join", kela.service_point_id, language="en"),
        {"group": "K", "phone": "040 123 4567"},
    )
    ticket = Ticket.objects.get(source=TicketSource.VIRTUAL)
    assert answer.status_code == 302 and answer["Location"] == url(
        "queue_ticket", ticket.token, language="en"
    )
    assert (ticket.source, ticket.language, ticket.notify_phone, ticket.notify_email) == (
        TicketSource.VIRTUAL,
        "en",
        "+358401234567",
        "",
    )
    page = client.get(answer["Location"])
    assert "no-store" in page["Cache-Control"]
    text = page.content.decode()
    assert 'id="ticket-status"' in text and "K 2" in text and "Before you" in text
    assert "about 8 minutes" in text and "+358401234567" not in text


def test_the_ticket_page_says_the_desk_when_called(client, staffed, kela, agent):
    ticket = ticket_issue(group=kela, source=TicketSource.VIRTUAL, notify_email="m@example.fi")
    ahead_page = client.get(url("queue_ticket_status", ticket.token)).content.decode()
    assert 'data-status="waiting"' in ahead_page and "Ennen sinua" in ahead_page
    ticket_call_next(desk=staffed, actor=agent)
    called = client.get(url("queue_ticket_status", ticket.token)).content.decode()
    assert 'data-status="called"' in called
    assert "Mene palvelupisteeseen 1" in called and "Ennen sinua" not in called


def test_leaving_the_queue_ends_the_ticket_once(client, open_day, kela):
    ticket = ticket_issue(group=kela, source=TicketSource.VIRTUAL, notify_email="m@example.fi")
    leave = url("queue_leave", ticket.token)
    answer = client.post(leave, follow=True)
    ticket.refresh_from_db()
    assert ticket.status == TicketStatus.LEFT
    assert ticket.events.filter(kind=TicketEventKind.LEFT).count() == 1
    page = answer.content.decode()
    assert "Olet poistunut jonosta." in page and 'id="leave-queue"' not in page
    again = client.post(leave, follow=True).content.decode()
    assert "Tämä vuoronumero ei ole enää jonossa." in again
    assert ticket.events.filter(kind=TicketEventKind.LEFT).count() == 1


def test_an_unknown_ticket_link_is_not_found(client, clock):
    assert client.get(url("queue_ticket", "nothing-here")).status_code == 404
    assert client.post(url("queue_leave", "nothing-here")).status_code == 404


def test_the_display_shows_the_latest_call_and_the_ones_before(
    client, staffed, desk_two, kela, agent, clock
):
    other = UserFactory(role="agent")
    desk_session_start(desk=desk_two, agent=other)
    first = ticket_issue(group=kela, source=TicketSource.KIOSK)
    second = ticket_issue(group=kela, source=TicketSource.KIOSK)
    ticket_issue(group=kela, source=TicketSource.KIOSK)
    ticket_call_next(desk=staffed, actor=agent)
    clock.shift(dt.timedelta(minutes=1))
    ticket_call_next(desk=desk_two, actor=other)
    fragment = client.get(url("queue_display_calls", kela.service_point_id, language="sv"))
    page = fragment.content.decode()
    latest = page.split('id="latest-call"')[1].split("</p>")[0]
    assert second.code in latest and "Disk</span> 2" in latest
    # Both desks' calls are "now serving": the other one too, though not the newest.
    now = page.split('id="current-calls"')[1].split("</ul>")[0]
    assert first.code in now and "Disk 1" in now and second.code not in now
    assert "1 i kö" in page
    # Once the first visitor came, their call moves to the last calls.
    first.refresh_from_db()
    ticket_start(ticket=first, desk=staffed, actor=agent)
    page = client.get(url("queue_display_calls", kela.service_point_id)).content.decode()
    assert 'id="current-calls"' not in page
    last = page.split('id="last-calls"')[1].split("</ol>")[0]
    assert first.code in last and "Palvelupiste 1" in last
    latest = page.split('id="latest-call"')[1].split("</p>")[0]
    assert "Palvelupiste</span> 2" in latest


def test_the_display_forgets_the_calls_the_closing_of_the_day_ended(
    client, point, open_day, staffed, kela, agent, clock
):
    ticket_issue(group=kela, source=TicketSource.KIOSK)
    ticket_call_next(desk=staffed, actor=agent)
    queue_day_close(day=open_day, actor=agent)
    queue_day_open(service_point=point, actor=agent)
    page = client.get(url("queue_display_calls", point.pk)).content.decode()
    assert "K 1" not in page
    assert '<p class="display-empty" id="latest-call" data-call="">' in page


def test_the_display_page_carries_its_spoken_words_in_its_language(client, open_day, kela):
    page = client.get(url("queue_display", kela.service_point_id, language="sv")).content.decode()
    assert 'data-speech-lang="sv-SE"' in page
    assert 'data-speech-text="Nummer {ticket}, disk {desk}"' in page
    page = client.get(url("queue_display", kela.service_point_id)).content.decode()
    assert 'data-speech-text="Numero {ticket}, palvelupiste {desk}"' in page
    assert 'id="sound-toggle" aria-pressed="false" hidden' in page


def test_a_point_without_a_queue_has_no_queue_pages(client, clock):
    from luukku.queueing.tests.factories import ServicePointFactory

    bare = ServicePointFactory()
    for name in ("queue_kiosk", "queue_display", "queue_point"):
        assert client.get(url(name, bare.pk)).status_code == 404


def test_the_service_page_offers_joining_the_queue_where_it_is_served(
    client, staffed, kela, service
):
    page = client.get(url("service", service.code)).content.decode()
    assert "Jonota verkossa" in page
    assert f'action="{url("queue_join", kela.service_point_id)}"' in page
    assert f'id="queue-{kela.service_point_id}-email"' in page


def test_the_join_form_says_two_messages_are_sent(client, open_day, kela):
    page = client.get(url("queue_point", kela.service_point_id, language="en")).content.decode()
    assert "one message" not in page
    assert "one when your turn is near and one when your number is called" in page


def test_an_ended_ticket_says_how_it_ended_and_offers_a_new_number(
    client, point, open_day, kela, agent, clock
):
    for weekday in range(5):
        OpeningHours.objects.create(
            service_point=point, weekday=weekday, opens=dt.time(9), closes=dt.time(16)
        )
    ticket = ticket_issue(group=kela, source=TicketSource.VIRTUAL, notify_email="m@example.fi")
    waiting = client.get(url("queue_ticket_status", ticket.token)).content.decode()
    assert 'id="leave-queue"' in waiting and "kun numerosi kutsutaan" in waiting
    queue_day_close(day=open_day, actor=agent)
    clock.move_to(dt.datetime(2026, 3, 10, 15, 0, tzinfo=dt.UTC))  # Tuesday 17.00 in Helsinki
    closed = client.get(url("queue_ticket_status", ticket.token)).content.decode()
    assert 'data-status="closed"' in closed
    assert "Jono suljettiin tältä päivältä ennen kuin numerosi K 1 kutsuttiin." in closed
    assert "Jono avautuu: keskiviikko 11.3. kello 9.00." in closed
    assert 'id="leave-queue"' not in closed and "kun numerosi kutsutaan" not in closed
    assert f'href="{url("queue_point", point.pk)}" id="take-new-number"' in closed


def test_after_leaving_the_page_offers_a_new_number_while_the_queue_is_open(client, open_day, kela):
    ticket = ticket_issue(group=kela, source=TicketSource.VIRTUAL, notify_email="m@example.fi")
    page = client.post(url("queue_leave", ticket.token, language="en"), follow=True)
    text = page.content.decode()
    assert "You left the queue. Your number is no longer in use." in text
    assert "The queue is open now." in text and 'id="take-new-number"' in text
    assert 'id="leave-queue"' not in text


def test_the_service_page_links_to_the_points_queue(client, staffed, kela, service):
    page = client.get(url("service", service.code, language="en")).content.decode()
    link = url("queue_point", kela.service_point_id, language="en")
    assert f'<a href="{link}">See the queue at Imatran kaupungintalo</a>' in page
