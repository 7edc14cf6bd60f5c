"""Demo cases taken through the services the pages use, so that the demo city holds every
status, every channel and every kind of timeline event whatever the generated history
happens to hold: answered, taken-over and withdrawn consultations and a question waiting in
an expert queue, an escalation closed at its step and one started by a breach of the
service level (with its alerts), a forwarded case, merged cases (one merge undone), changed
details, a reply delivered and one that could not be delivered, attachments from staff and
from a customer, a request from an Open311 client, an internal case, an e-mail taken in and
one held in quarantine.

Loaded once, with the generated cases (`load_demo`); the whole-demo smoke test
(`web/tests/test_demo_smoke.py`) checks that every kind is here."""

import datetime as dt
import itertools
from decimal import Decimal
from email.utils import make_msgid

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone

from luukku.cases.events import event_mail_outcome, event_reply
from luukku.cases.models import (
    Case,
    Channel,
    OutboundMail,
    Priority,
    RoutingRule,
    Status,
)
from luukku.cases.notifications import mail_domain, outbound_mail_deliver
from luukku.cases.services import (
    case_add_note,
    case_change_status,
    case_create,
    case_customer_message,
    case_forward,
    case_merge_undo,
    case_reply,
    case_update,
    cases_merge,
    consultation_answer,
    consultation_ask,
    consultation_take_over,
    consultation_withdraw,
)
from luukku.catalogue.models import RequestField, Service
from luukku.channels.citizen_request import CitizenRequest
from luukku.channels.services import (
    mail_receive,
    request_take_in,
    submission_register,
    web_request_submit,
)
from luukku.customers.models import Customer
from luukku.organisation.models import Department, User
from luukku.organisation.selectors import business_hours
from luukku.servicelevels.services import (
    case_escalate,
    case_service_level_refresh,
    escalation_close,
)

# A scanned letter and a photo, as an agent or a customer would attach them.
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
    b"\x00\x00\x00IEND\xaeB`\x82"
)
HTML_MAIL = (
    b"From: Maija Lahtinen <maija.lahtinen@example.fi>\r\n"
    b"To: asiakaspalvelu@vuoksela.example\r\n"
    b"Subject: Puiston penkki rikki\r\n"
    b"Message-ID: <demo-penkki@example.fi>\r\n"
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
    b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    b"Rantapuiston penkki on rikki.\r\n\r\n> Aiempi viesti\r\n"
    b"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
    b"<p>Rantapuiston penkki on <b>rikki</b>.</p><blockquote>Aiempi viesti</blockquote>\r\n"
    b"--b--\r\n"
)
UNREADABLE_MAIL = b"Subject: ilman lahettajaa\r\n\r\nTata ei voi lukea postina."


def example_answer(field: RequestField):
    options = list(field.options.order_by("order").values_list("key", flat=True))
    if field.datatype == RequestField.DataType.MULTIPLE_CHOICE:
        return options[:1]
    if options:
        return options[0]
    examples = {"number": "2", "date": timezone.localdate().isoformat()}
    return examples.get(field.datatype, "VL-1024")


class _Cases:
    """Fresh web requests from the generated people with an e-mail address, in turn."""

    def __init__(self, people: list[Customer], start: dt.datetime):
        self.people = itertools.cycle(people)
        self.start = start

    def new(
        self, code: str, subject: str, body: str, *, days_ago: float = 2, customer=None
    ) -> Case:
        service = Service.objects.get(code=code)
        customer = customer or next(self.people)
        return case_create(
            service=service,
            channel=Channel.WEB,
            subject=subject,
            body=body,
            customer=customer,
            answers={field.code: example_answer(field) for field in service.request_fields.all()},
            address="Koskikatu 12" if service.requires_location else "",
            language=customer.preferred_language,
            received_at=self.start - dt.timedelta(days=days_ago),
        )


@transaction.atomic
def load_event_variety(staff: dict[str, User], *, start: dt.datetime) -> None:
    """Every status, channel and kind of event (see the module's docstring); nothing in a
    city without people. The requests arrived before `start` (the demo's history runs up to
    it); what staff did with them happens at the moment of loading."""
    people = list(
        Customer.objects.filter(kind=Customer.Kind.PERSON).exclude(email="").order_by("pk")
    )
    if not people:
        return
    aino, sari, liisa = staff["aino"], staff["sari"], staff["liisa"]
    cases = _Cases(people, start)
    # Mikko asks, so that Aino, whom the demo's journeys sign in as, has no answers waiting.
    _consultations(cases, staff["mikko"], sari)
    changed = cases.new("parks", "Leikkipuiston keinu rikki", "Keinun ketju on katki.")
    case_update(
        case=changed,
        actor=aino,
        service=Service.objects.get(code="street-maintenance"),
        priority=Priority.HIGH,
    )
    escalated = cases.new(
        "street-maintenance", "Aurausvalli ajoväylällä", "Valli tukkii ajoväylän jo viikon."
    )
    escalation = case_escalate(
        case=escalated, actor=aino, reason="Asiakas on odottanut vastausta kolme viikkoa."
    )
    escalation_close(escalation=escalation, actor=liisa, outcome="Soitin, aurataan huomenna.")
    # The worker's service-level round on an old request: its alerts, and the escalation
    # a breach of the resolution time starts.
    late = cases.new(
        "street-lighting", "Katuvalo pimeänä", "Valo ei ole palanut viikkoon.", days_ago=10
    )
    case_service_level_refresh(case=late, hours=business_hours())
    _forwarded(cases, aino)
    _merged(cases, aino)
    _attachments(cases, aino)
    _replies(cases, aino)
    _open311_and_internal(aino)
    _possible_duplicates(people)
    mail_receive(raw=HTML_MAIL)
    mail_receive(raw=UNREADABLE_MAIL)


def _consultations(cases: _Cases, agent: User, sari: User) -> None:
    question = "Onko korjaus jo tilattu urakoitsijalta?"
    answered, taken, withdrawn, queued = (
        cases.new("street-lighting", subject, "Valo vilkkuu illalla.")
        for subject in (
            "Katuvalo vilkkuu",
            "Katuvalo kallellaan",
            "Katuvalon kupu rikki",
            "Katuvalo palaa päivällä",
        )
    )
    consultation_answer(
        consultation=consultation_ask(case=answered, actor=agent, expert=sari, question=question),
        actor=sari,
        answer="- Korjaus on tilattu\n- valmis kahden viikon kuluessa",
    )
    consultation_take_over(
        consultation=consultation_ask(case=taken, actor=agent, expert=sari, question=question),
        actor=sari,
        note="Hoidan tämän itse, vaatii katselmuksen.",
    )
    consultation_withdraw(
        consultation=consultation_ask(case=withdrawn, actor=agent, expert=sari, question=question),
        actor=agent,
    )
    consultation_ask(
        case=queued,
        actor=agent,
        department=Department.objects.get(code="city-development"),
        question="Kuuluuko tämä katu kaupungin vai tiekunnan kunnossapitoon?",
    )


def _forwarded(cases: _Cases, actor: User) -> None:
    rule = RoutingRule.objects.select_related("organisation").order_by("pk").first()
    case = cases.new("feedback", "Asumistuen hakeminen", "Miten haen asumistukea?")
    case_forward(
        case=case,
        actor=actor,
        organisation=rule.organisation,
        message=getattr(rule, f"message_{case.language}") or rule.message_fi,
        rule=rule,
    )


def _merged(cases: _Cases, actor: User) -> None:
    """The same person wrote twice about one light: merged. Another pair merged by mistake
    and undone."""
    first = cases.new("street-lighting", "Katuvalo vilkkuu", "Valo vilkkuu.", days_ago=3)
    again = cases.new(
        "street-lighting", "Sama valo vilkkuu yhä", "Vilkkuu edelleen.", customer=first.customer
    )
    cases_merge(cases=[first, again], survivor=again, actor=actor)
    park = cases.new("parks", "Puiston penkki rikki", "Penkin lauta on irti.")
    bench = cases.new("parks", "Penkki", "Lauta on irti.", customer=park.customer)
    [merge] = cases_merge(cases=[park, bench], survivor=park, actor=actor)
    case_merge_undo(merge=merge, actor=actor)


def _attachments(cases: _Cases, actor: User) -> None:
    case = cases.new("parks", "Roskakori kaatunut", "Roskakori on kaatunut rantapolulle.")
    case_add_note(
        case=case,
        actor=actor,
        body="Asiakkaan tuoma kirje skannattuna.",
        files=[SimpleUploadedFile("kirje.pdf", PDF, content_type="application/pdf")],
    )
    case_customer_message(
        case=case,
        body="Lisään vielä valokuvan paikasta.",
        files=[SimpleUploadedFile("valokuva.png", PNG, content_type="image/png")],
    )


def _replies(cases: _Cases, actor: User) -> None:
    """A reply sent as the worker sends it; a closed case; and a reply that the customer's
    mail server kept refusing, written as the worker records giving up (nothing is left
    queued, so that `luukku worker` does not send it after all)."""
    asked = cases.new("parks", "Uimarannan laituri", "Milloin laituri korjataan?")
    reply = case_reply(
        case=asked,
        actor=actor,
        body="Tarvitsemme tarkemman paikan. Voitko vastata tähän viestiin?",
        status_after=Status.WAITING_CUSTOMER,
    )
    for mail in reply.outbound_mail.all():
        outbound_mail_deliver(mail_id=mail.pk)
    done = cases.new("room-booking", "Kokoushuone yhdistykselle", "Varaamme huoneen kokoukseen.")
    case_reply(case=done, actor=actor, body="Kiitos palautteesta!", status_after=Status.RESOLVED)
    case_change_status(case=done, actor=actor, status=Status.CLOSED)
    undelivered = cases.new("parks", "Penkki puuttuu", "Rantapolulta puuttuu penkki.")
    now = timezone.now()
    # Written before the status change, which then moves the case's `updated_at` past it.
    event = event_reply(
        undelivered,
        author=actor,
        body="Penkki palautetaan paikalleen ensi viikolla.",
        at=now - dt.timedelta(hours=2),
    )
    case_change_status(case=undelivered, actor=actor, status=Status.OPEN)
    mail = OutboundMail.objects.create(
        case=undelivered,
        event=event,
        kind=OutboundMail.Kind.REPLY,
        message_id=make_msgid(domain=mail_domain()).strip("<>"),
        recipient=undelivered.contact_email,
        subject=f"Re: {undelivered.subject} [{undelivered.reference}]",
        body=event.body,
        status=OutboundMail.Status.FAILED,
        attempts=settings.MAIL_SEND_ATTEMPTS,
        last_error="550 5.1.1 Recipient address rejected: User unknown",
        created_at=event.at,
        attempted_at=now,
    )
    event_mail_outcome(mail, status="failed")


def _possible_duplicates(people: list[Customer]) -> None:
    """Requests that the matching rules do not join to a record (staff see "possibly the
    same person as …"): a family member writing from the shared e-mail address, and someone
    giving a known phone number with a typo in the name."""
    family, typo = people[0], next(p for p in people[1:] if p.phone)
    for first_name, last_name, email, phone in (
        ("Aada", family.last_name, family.email, ""),
        (typo.first_name[:-1] or "X", typo.last_name, "", typo.phone),
    ):
        web_request_submit(
            request=CitizenRequest(
                service=Service.objects.get(code="parks"),
                subject="Penkki rikki puistossa",
                address="Puistokatu 3",
                description="Puiston penkin selkänoja on irti.",
                first_name=first_name,
                last_name=last_name,
                email=email,
                phone=phone,
                preferred_channel="email" if email else "phone",
            )
        )


def _open311_and_internal(actor: User) -> None:
    lighting = Service.objects.get(code="street-lighting")
    submission = request_take_in(
        request=CitizenRequest(
            service=lighting,
            channel=Channel.OPEN311,
            subject="Katuvalo vilkkuu",
            description="Valo vilkkuu koko illan Koskikadun ja Myllytien risteyksessä.",
            email="palaute.sovellus@example.fi",
            answers={field.code: example_answer(field) for field in lighting.request_fields.all()},
            address="Koskikatu 12",
            latitude=Decimal("61.172100"),
            longitude=Decimal("28.761900"),
            media_url="https://kuvat.example.fi/katuvalo-koskikatu.jpg",
        )
    )
    submission_register(submission_id=submission.pk)
    internal = Customer.objects.filter(kind=Customer.Kind.INTERNAL).order_by("pk").first()
    case_create(
        service=Service.objects.get(code="feedback"),
        channel=Channel.INTERNAL,
        subject="Neuvontapisteen esitteet loppumassa",
        body="Ruotsinkieliset esitteet loppuvat tällä viikolla; tilataanko lisää?",
        customer=internal,
        author=actor,
        context="demo",
    )
