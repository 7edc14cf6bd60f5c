"""Announcements: each recipient in their language (Finnish when there is no text in it), by
SMS to those who prefer it, the throttle spreading the mail over the minutes, those who
cannot or will not get it counted, bounces and outcomes recorded, the unsubscribe link."""

import datetime as dt
from email.header import decode_header, make_header

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import translation

from luukku.cases import notifications
from luukku.cases.models import OutboundMail
from luukku.core.testing.clock import at
from luukku.customers.models import Customer, CustomerEvent
from luukku.customers.tests.factories import CustomerFactory
from luukku.privacy.models import AccessLogEntry
from luukku.privacy.subject_requests import subject_erase
from luukku.relationships.announcements import announcement_create, announcement_send
from luukku.relationships.models import Announcement, Delivery, Unsubscription
from luukku.relationships.selectors import announcement_plan
from luukku.relationships.services import segment_member_add, segment_save
from luukku.relationships.subject_data import announcements_export

pytestmark = pytest.mark.django_db

NOW = at(2026, 5, 12, 10, 0)
TEXT = {
    "subject_fi": "Kirjasto suljettu maanantaina",
    "body_fi": "Pääkirjasto on suljettu maanantaina 18.5.",
    "subject_sv": "Biblioteket stängt på måndag",
    "body_sv": "Huvudbiblioteket är stängt måndagen 18.5.",
}


@pytest.fixture
def clock():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


def _announcement(by, customers, **text) -> Announcement:
    segment = segment_save(data={"name_fi": "Valitut", "rule": "hand_picked"}, by=by)
    for customer in customers:
        segment_member_add(segment=segment, customer=customer, by=by)
    return announcement_create(segment=segment, data={**TEXT, **text}, by=by)


def _subject(message) -> str:
    return str(make_header(decode_header(message["Subject"])))


def test_each_gets_it_in_their_language_and_the_mail_arrives(
    supervisor, clock, smtp_server, run_tasks
):
    finn = CustomerFactory(email="aino@example.fi", preferred_language="fi")
    swede = CustomerFactory(email="stig@example.fi", preferred_language="sv")
    english = CustomerFactory(email="john@example.fi", preferred_language="en")
    announcement = _announcement(supervisor, [finn, swede, english])
    assert announcement_send(announcement=announcement, by=supervisor) == 3
    assert run_tasks() == 3
    by_address = {m["To"]: m for m in smtp_server.messages}
    assert _subject(by_address["stig@example.fi"]) == "Biblioteket stängt på måndag"
    # No English text: the Finnish one.
    assert _subject(by_address["john@example.fi"]) == "Kirjasto suljettu maanantaina"
    message = by_address["aino@example.fi"]
    delivery = Delivery.objects.get(customer=finn)
    header = "".join(message["List-Unsubscribe"].split())
    assert header.startswith("<http") and header.endswith(f"/unsubscribe/{delivery.token}/>")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert delivery.token in message.get_payload(decode=True).decode()
    assert set(Delivery.objects.values_list("status", flat=True)) == {"sent"}
    event = CustomerEvent.objects.get(customer=swede)
    assert (event.kind, event.title) == ("announcement", "Biblioteket stängt på måndag")
    assert AccessLogEntry.objects.filter(context="announcement_send", count=3).exists()


def test_sms_to_those_who_prefer_it_and_the_left_out_are_counted(supervisor, clock, caplog):
    texted = CustomerFactory(preferred_channel="sms", phone="+358401234567")
    no_address = CustomerFactory(email="")
    failing = CustomerFactory(email_failing_since=NOW)
    unsubscribed = CustomerFactory()
    Unsubscription.objects.create(customer=unsubscribed, at=NOW)
    mailed = CustomerFactory()
    announcement = _announcement(supervisor, [texted, no_address, failing, unsubscribed, mailed])
    plan = announcement_plan(announcement)
    assert plan.skipped == {"unsubscribed": 1, "failing": 1, "no_address": 1}
    assert plan.channels == {"sms": 1, "email": 1}
    with caplog.at_level("INFO", logger="luukku.sms"):
        assert announcement_send(announcement=announcement, by=supervisor) == 2
    assert "Kirjasto suljettu maanantaina" in caplog.text
    sms = Delivery.objects.get(customer=texted)
    assert (sms.channel, sms.status, sms.mail_id) == ("sms", "sent", None)
    announcement.refresh_from_db()
    assert announcement.skipped == plan.skipped and announcement.sent_at == NOW


def test_the_throttle_spreads_the_mail_over_the_minutes(supervisor, clock, settings, run_tasks):
    settings.ANNOUNCEMENT_PER_MINUTE = 2
    customers = [CustomerFactory() for _ in range(5)]
    announcement = _announcement(supervisor, customers)
    announcement_send(announcement=announcement, by=supervisor)
    assert run_tasks() == 2
    clock.shift(dt.timedelta(minutes=1, seconds=1))
    assert run_tasks() == 2
    clock.shift(dt.timedelta(minutes=1))
    assert run_tasks() == 1
    assert OutboundMail.objects.filter(status=OutboundMail.Status.SENT).count() == 5


def test_sent_once_and_bad_texts_refused_with_nothing_saved(supervisor, clock):
    announcement = _announcement(supervisor, [CustomerFactory()])
    announcement_send(announcement=announcement, by=supervisor)
    with pytest.raises(ValidationError):
        announcement_send(announcement=announcement, by=supervisor)
    assert Delivery.objects.count() == 1
    with translation.override("fi"), pytest.raises(ValidationError) as error:
        announcement_create(
            segment=announcement.segment,
            data={"subject_fi": "", "body_fi": "x", "subject_sv": "Rubrik"},
            by=supervisor,
        )
    assert error.value.message_dict == {
        "subject_fi": ["Kirjoita otsikko suomeksi."],
        "body_sv": ["Kirjoita teksti myös tälle otsikolle."],
    }
    assert Announcement.objects.count() == 1


def test_a_bounce_marks_the_delivery_and_the_address_failing(supervisor, clock, run_tasks):
    customer = CustomerFactory(email="vanha@example.fi")
    announcement = _announcement(supervisor, [customer])
    announcement_send(announcement=announcement, by=supervisor)
    run_tasks()
    mail = OutboundMail.objects.get()
    notifications.mail_bounced(mail=mail, recipients=["vanha@example.fi"])
    notifications.mail_bounced(mail=mail, recipients=["vanha@example.fi"])
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.bounced_at) == ("bounced", NOW)
    customer.refresh_from_db()
    assert customer.email_failing_since == NOW
    statuses = [e.data["status"] for e in CustomerEvent.objects.filter(customer=customer)]
    assert sorted(statuses) == ["bounced", "sent"]
    # The next announcement leaves the failing address out.
    again = announcement_create(segment=announcement.segment, data=TEXT, by=supervisor)
    assert announcement_plan(again).skipped["failing"] == 1


def test_the_deliveries_are_exported_and_forgotten_with_the_customer(supervisor, clock):
    customer = CustomerFactory(email="aino@example.fi", preferred_language="sv")
    announcement_send(announcement=_announcement(supervisor, [customer]), by=supervisor)
    [row] = announcements_export(customer).rows
    assert (row["announcement"], row["address"]) == (TEXT["subject_sv"], "aino@example.fi")
    subject_erase(customer=customer, actor=supervisor, reason="Asiakkaan pyyntö")
    delivery = Delivery.objects.get()
    assert (delivery.customer, delivery.address) == (None, "")
    assert Customer.objects.filter(pk=customer.pk, anonymised_at=NOW).exists()
