"""A chat in Chromium from both sides, on two app servers sharing one database and one Redis,
as production runs them (docs/chat.md): a citizen in Swedish on one server, Aino in Finnish
and Mikko in English at their consoles on the other. The citizen waits as number 1, Aino
takes the chat, they write (the citizen once through a "tunnel": not sent, retried, stored
once), Aino transfers it to Mikko's team, Mikko takes it and opens a case for an expert; the
citizen has the transcript e-mailed through the local SMTP server and follows the case by
its private link. With both agents away, the next citizen is offered the web form with
their text carried over.

The pages re-read the chat only every ten minutes here, so what they show within seconds
came over the WebSocket from the other server, through Redis."""

import datetime as dt
import re

import pytest
from django.test import Client
from playwright.sync_api import expect

from luukku.cases.models import Consultation, OutboundMail
from luukku.cases.notifications import outbound_mail_deliver
from luukku.catalogue.tests.factories import ServiceFactory
from luukku.chat.models import ChatSession
from luukku.chat.tests.factories import ChatQueueFactory
from luukku.core.testing.servers import in_own_thread
from luukku.organisation.models import OpeningHours
from luukku.organisation.tests.factories import DepartmentFactory, TeamFactory, UserFactory
from luukku.queueing.tests.factories import ServicePointFactory

pytestmark = [pytest.mark.browser, pytest.mark.servers, pytest.mark.django_db(transaction=True)]

WAIT = 15_000  # ms for a change to reach a page; it comes in well under a second when right


def _world():
    """A chat queue open around the clock for one service, its team with Aino, another team
    with Mikko, and an expert."""
    department = DepartmentFactory()
    service = ServiceFactory(
        code="pysakointi",
        name_fi="Pysäköintitunnukset",
        name_sv="Parkeringstillstånd",
        name_en="Parking permits",
        responsible_unit__department=department,
    )
    point = ServicePointFactory(name="Palvelukeskus")
    for weekday in range(7):
        OpeningHours.objects.create(
            service_point=point, weekday=weekday, opens=dt.time(0, 0), closes=dt.time(23, 59, 59)
        )
    advice = TeamFactory(department=department, name="Neuvonta")
    permits = TeamFactory(department=department, name="Lupapalvelut")
    queue = ChatQueueFactory(team=advice, service_point=point, name="Neuvonta-chat")
    queue.services.add(service)
    aino = UserFactory(
        role="agent", first_name="Aino", title_fi="Palveluneuvoja", title_sv="Servicerådgivare",
        title_en="Customer adviser", departments=[department],
    )  # fmt: skip
    mikko = UserFactory(
        role="agent", first_name="Mikko", title_fi="Lupaneuvoja", title_sv="Tillståndsrådgivare",
        title_en="Permit adviser", departments=[department],
    )  # fmt: skip
    advice.members.add(aino)
    permits.members.add(mikko)
    expert = UserFactory(role="expert", first_name="Eeva", departments=[department])
    return service, aino, mikko, expert


def _signed_in(browser, server, user):
    client = Client()
    client.force_login(user)
    context = browser.new_context(base_url=server.url, viewport={"width": 1366, "height": 900})
    context.set_default_timeout(WAIT)
    cookie = client.cookies["sessionid"].value
    context.add_cookies([{"name": "sessionid", "value": cookie, "url": server.url}])
    return context.new_page()


def _citizen(browser, server):
    context = browser.new_context(base_url=server.url, viewport={"width": 390, "height": 800})
    context.set_default_timeout(WAIT)
    return context.new_page()


def _console(page, prefix, on, save, turned_on):
    page.goto(f"{prefix}/staff/chat/")
    page.get_by_label(on).check()
    page.get_by_role("button", name=save).click()
    expect(page.locator(".messages")).to_contain_text(turned_on)


def _citizen_starts(citizen, service):
    citizen.goto(f"/sv/services/{service.code}/")
    citizen.get_by_role("link", name="Chatta med oss").click()
    citizen.get_by_label("Ämne").fill("Tillstånd för en ny bil")
    citizen.locator("#id_name").fill("Liisa")
    citizen.locator("#id_email").fill("liisa@example.fi")
    citizen.locator("#id_body").fill("Hej! Kan mitt tillstånd flyttas till en ny bil?")
    citizen.get_by_role("button", name="Starta chatten").click()
    expect(citizen.locator("#chat-status")).to_contain_text("Du är nummer 1 i kön.")


def _citizen_writes(citizen, text):
    box = citizen.get_by_label("Ditt meddelande")
    box.fill(text)
    box.press("Enter")
    mine = citizen.locator("#chat-messages li.chat-msg-mine").last
    expect(mine).to_contain_text(text)
    return mine


def _aino_answers(aino, citizen):
    expect(aino.locator("#chat-queue")).to_contain_text("Tillstånd för en ny bil")
    aino.get_by_role("button", name="Ota seuraava").click()
    expect(aino.locator("#chat-log")).to_contain_text("Kan mitt tillstånd flyttas")
    expect(citizen.locator("#chat-status")).to_contain_text("Aino")
    expect(citizen.locator("#chat-status")).to_contain_text("Servicerådgivare")
    box = aino.get_by_label("Viesti asiakkaalle")
    box.fill("Hej Liisa! Ja, det går. Vilken bil gäller det?")
    box.press("Enter")
    expect(citizen.locator("#chat-messages")).to_contain_text("Vilken bil gäller det?")
    mine = _citizen_writes(citizen, "En elbil, registrerad i går.")
    expect(aino.locator("#chat-log")).to_contain_text("En elbil, registrerad i går.")
    expect(mine.locator(".chat-state")).to_have_attribute("data-state", "read")


def _through_a_tunnel(citizen, aino, session):
    citizen.context.set_offline(True)
    mine = _citizen_writes(citizen, "Jag åker genom en tunnel nu.")
    expect(mine.locator(".chat-state")).to_contain_text("Inte skickat.")
    citizen.context.set_offline(False)
    mine.get_by_role("button", name="Försök igen").click()
    expect(mine.locator(".chat-state")).not_to_contain_text("Inte skickat.")
    expect(aino.locator("#chat-log")).to_contain_text("Jag åker genom en tunnel nu.")
    assert session.case.events.filter(body="Jag åker genom en tunnel nu.").count() == 1


def _aino_transfers(aino, citizen):
    aino.get_by_label("Siirrä kohteeseen").select_option(label="Lupapalvelut")
    aino.get_by_role("button", name="Siirrä", exact=True).click()
    expect(citizen.locator("#chat-status")).to_contain_text("Du är nummer 1 i kön.")


def _mikko_opens_a_case(mikko, citizen, expert):
    expect(mikko.locator("#chat-queue")).to_contain_text("Tillstånd för en ny bil")
    mikko.get_by_role("button", name="Accept next").click()
    expect(citizen.locator("#chat-status")).to_contain_text("Mikko")
    expect(mikko.locator("#chat-log")).to_contain_text("Jag åker genom en tunnel nu.")
    box = mikko.get_by_label("Message to the customer")
    box.fill("Vår expert svarar dig per e-post inom några dagar.")
    box.press("Enter")
    expect(citizen.locator("#chat-messages")).to_contain_text("Vår expert svarar dig")
    mikko.get_by_label("Case opened for an expert").check()
    mikko.get_by_label("Question for the expert").fill("Can the permit move to a new car?")
    mikko.get_by_label("Expert", exact=True).select_option(label=str(expert))
    mikko.get_by_role("button", name="End the chat").click()
    expect(mikko.locator(".messages")).to_contain_text("Case opened for an expert")
    expect(citizen.locator("#chat-status")).to_contain_text("Chatten har avslutats.")


def _transcript(citizen, smtp_server):
    citizen.get_by_role("button", name="Skicka utskriften till min e-post").click()
    expect(citizen.locator("main")).to_contain_text("Utskriften är på väg till din e-post.")
    mail = OutboundMail.objects.get(kind=OutboundMail.Kind.TRANSCRIPT)
    in_own_thread(outbound_mail_deliver, mail_id=mail.pk)
    (message,) = [m for m in smtp_server.messages if m["To"] == "liisa@example.fi"]
    body = message.get_payload(decode=True).decode()
    assert "Här är utskriften av din chatt" in body
    assert "Aino, Servicerådgivare" in body and "Mikko, Tillståndsrådgivare" in body
    assert body.count("Jag åker genom en tunnel nu.") == 1
    # The private link (its host is the site's address; the page is on the test's server).
    return re.search(r"/(?:sv/)?requests/[\w-]+/", body.split("Följ ditt ärende")[-1]).group(0)


def _offline_path(browser, server, service, aino, mikko):
    for page, off, save in ((aino, "Pois: ei uusia chatteja", "Tallenna"),
                            (mikko, "Off: no new chats", "Save")):  # fmt: skip
        page.get_by_label(off).check()
        page.get_by_role("button", name=save).click()
    citizen = _citizen(browser, server)
    citizen.goto(f"/en/chat/?service={service.code}")
    expect(citizen.locator("#chat-availability")).to_contain_text(
        "No one is available for chat right now."
    )
    citizen.locator("#id_body").fill("My car has a new number plate.")
    citizen.get_by_role("button", name="Send it on the web form").click()
    expect(citizen.locator("#id_description")).to_have_value("My car has a new number plate.")


def test_a_chat_across_two_servers_in_three_languages(browser, app_servers, smtp_server):
    service, aino_user, mikko_user, expert = _world()
    one, two = app_servers(2, CHAT_PAGE_REFRESH_SECONDS="600", CHAT_CONSOLE_REFRESH_SECONDS="600")
    aino = _signed_in(browser, one, aino_user)
    _console(aino, "", "Päällä: tarjoa minulle chatteja", "Tallenna", "Chat on päällä")
    mikko = _signed_in(browser, one, mikko_user)
    _console(mikko, "/en", "On: offer me chats", "Save", "Chat is on")
    citizen = _citizen(browser, two)
    _citizen_starts(citizen, service)
    session = ChatSession.objects.get()
    _aino_answers(aino, citizen)
    _through_a_tunnel(citizen, aino, session)
    _aino_transfers(aino, citizen)
    _mikko_opens_a_case(mikko, citizen, expert)
    assert Consultation.objects.filter(case=session.case, expert=expert).exists()
    link = _transcript(citizen, smtp_server)
    citizen.goto(link)
    expect(citizen.locator("main")).to_contain_text("Vår expert svarar dig")
    _offline_path(browser, two, service, aino, mikko)
