"""The citizen's own page: a one-time link mailed to the address given opens a page with
everything given THAT address (docs/relationships.md)."""

import datetime as dt
import re
from email.header import decode_header, make_header

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from luukku.bookings.models import Reservation
from luukku.bookings.services.reservations import reservation_book_online
from luukku.bookings.tests.conftest import unit_make
from luukku.cases.models import OutboundMail
from luukku.cases.tests.factories import make_case
from luukku.core.testing.clock import at
from luukku.customers.tests.factories import CustomerFactory
from luukku.organisation.models import OpeningHours
from luukku.organisation.tests.factories import OrganisationFactory
from luukku.privacy.models import AccessLogEntry
from luukku.queueing.tests.factories import ServicePointFactory
from luukku.relationships.models import SignInLink
from luukku.relationships.own_page import sign_in_link_send, sign_in_link_use

pytestmark = pytest.mark.django_db

MORNING = at(2026, 3, 10, 10, 0)
URL = "/mine/"
LINK = re.compile(r"http://testserver(/(?:sv/|en/)?mine/sign-in/[^/\s]+/)")
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')


@pytest.fixture
def clock():
    with time_machine.travel(MORNING, tick=False) as traveller:
        yield traveller


@pytest.fixture
def room(db, service):
    point = ServicePointFactory(organisation=OrganisationFactory(), name="Kaupungintalo")
    for weekday in range(7):
        OpeningHours.objects.create(
            service_point=point, weekday=weekday, opens=dt.time(8), closes=dt.time(21)
        )
    return unit_make(point, service, code="kerho", name="Kerhohuone Vuoksi", capacity=12)


@pytest.fixture
def maija(clock, service, room):
    """Two requests and a booking with Maija's address, and a namesake's request with
    another address, whose customer record even shares Maija's name."""
    customer = CustomerFactory(first_name="Maija", last_name="Meikäläinen", email="")
    first = make_case(
        service=service,
        customer=customer,
        subject="Katuvalo pimeänä",
        contact_email="Maija.Meikalainen@example.fi",
    )
    clock.shift(dt.timedelta(minutes=5))
    second = make_case(
        service=service,
        customer=customer,
        subject="Roska-astia rikki",
        contact_email="maija.meikalainen@example.fi",
    )
    clock.shift(dt.timedelta(minutes=5))
    booking = reservation_book_online(
        unit=room,
        starts_at=at(2026, 3, 17, 18, 0),
        ends_at=at(2026, 3, 17, 19, 0),
        first_name="Maija",
        last_name="Meikäläinen",
        email="MAIJA.meikalainen@example.fi",
        terms_accepted=True,
    )
    namesake = CustomerFactory(first_name="Maija", last_name="Meikäläinen", email="")
    other = make_case(
        service=service,
        customer=namesake,
        subject="Toisen Maijan asia",
        contact_email="maija.m@example.org",
    )
    return {"first": first, "second": second, "booking": booking, "other": other}


def _text(message) -> str:
    return "".join(
        part.get_payload(decode=True).decode()
        for part in message.walk()
        if part.get_content_type() == "text/plain"
    )


def _sign_in_mails(inbox):
    return [m for m in inbox.messages if "/mine/sign-in/" in _text(m)]


def _link_from(message) -> str:
    return LINK.search(_text(message)).group(1)


def test_a_citizen_signs_in_with_the_mailed_link_and_sees_only_their_own(
    client, maija, smtp_server, run_tasks
):
    assert maija["booking"].state == Reservation.State.CONFIRMED
    response = client.post(URL, {"email": " maija.meikalainen@EXAMPLE.fi "})
    assert response.status_code == 302 and response["Location"] == f"{URL}?sent=1"
    run_tasks()
    [message] = _sign_in_mails(smtp_server)
    assert message["To"] == "maija.meikalainen@EXAMPLE.fi"
    assert "Linkki omalle sivullesi" in str(make_header(decode_header(message["Subject"])))
    link = _link_from(message)
    mail = OutboundMail.objects.get(kind=OutboundMail.Kind.SIGN_IN)
    assert mail.case is None and mail.status == OutboundMail.Status.SENT
    stored = SignInLink.objects.get()
    assert stored.mail_id == mail.pk and stored.token_hash not in link  # only the hash kept
    # Opening the link does not use it (a mail program may open it); the button does.
    assert "Kirjaudu sisään" in client.get(link).content.decode()
    response = client.post(link)
    assert response.status_code == 302 and response["Location"] == URL
    page = client.get(URL).content.decode()
    assert "Katuvalo pimeänä" in page and "Roska-astia rikki" in page
    assert "Kerhohuone Vuoksi" in page
    assert reverse("public:case_status", args=[maija["first"].token]) in page
    assert reverse("public:reservation", args=[maija["booking"].token]) in page
    # Not the namesake's request, although their customer records share the name.
    assert "Toisen Maijan asia" not in page and maija["other"].token not in page
    # Newest first among the open ones: the booking, then the second request, the first.
    assert page.index("Kerhohuone") < page.index("Roska-astia") < page.index("Katuvalo")
    entry = AccessLogEntry.objects.get(context="own_page")
    assert entry.action == "list" and entry.count == 3 and entry.actor is None
    # The link is used: a second time is refused with a clear page.
    refused = client.post(link)
    assert refused.status_code == 404
    assert "Kirjautumislinkki ei kelpaa" in refused.content.decode()


def test_signing_out_closes_the_page(client, maija):
    email = "maija.meikalainen@example.fi"
    assert sign_in_link_send(email=email, language="fi") == "sent"
    link = SignInLink.objects.get()
    # A token is made in the service; use the page through the session helpers instead.
    session = client.session
    session["own_page_email"] = link.email
    session["own_page_until"] = (MORNING + dt.timedelta(hours=2)).isoformat()
    session.save()
    assert "Katuvalo" in client.get(URL).content.decode()
    client.post(reverse("public:own_page_sign_out"))
    assert "Katuvalo" not in client.get(URL).content.decode()


def test_the_session_ends_after_two_hours(client, maija, clock):
    session = client.session
    session["own_page_email"] = "maija.meikalainen@example.fi"
    session["own_page_until"] = (MORNING + dt.timedelta(hours=2)).isoformat()
    session.save()
    assert "Katuvalo" in client.get(URL).content.decode()
    clock.shift(dt.timedelta(hours=2, minutes=1))
    page = client.get(URL).content.decode()
    assert "Katuvalo" not in page and 'name="email"' in page


def test_a_link_expires_after_thirty_minutes_and_works_once(maija, clock):
    email = "maija.meikalainen@example.fi"
    token = _token_sent(email)
    clock.shift(dt.timedelta(minutes=31))
    with pytest.raises(ValidationError):
        sign_in_link_use(token=token)
    fresh = _token_sent(email)
    assert sign_in_link_use(token=fresh) == email
    with pytest.raises(ValidationError):
        sign_in_link_use(token=fresh)


def _token_sent(email: str) -> str:
    """Send a link and read its token back from the queued mail."""
    assert sign_in_link_send(email=email, language="en") == "sent"
    mail = OutboundMail.objects.filter(kind=OutboundMail.Kind.SIGN_IN).latest("pk")
    return LINK.search(mail.body).group(1).rstrip("/").rsplit("/", 1)[1]


def test_a_wrong_token_gets_a_clear_page_in_each_language(client, db):
    expected = {
        "": "Kirjautumislinkki ei kelpaa",
        "/sv": "Inloggningslänken gäller inte",
        "/en": "The sign-in link is not valid",
    }
    for prefix, text in expected.items():
        for method in (client.get, client.post):
            response = method(f"{prefix}/mine/sign-in/not-a-token/")
            assert response.status_code == 404 and text in response.content.decode()


def test_the_answer_is_the_same_whether_or_not_the_address_has_anything(
    client, maija, smtp_server, run_tasks
):
    answers, queued = [], DBTaskResult.objects.count()
    for email in ("maija.meikalainen@example.fi", "nobody@example.fi"):
        response = client.post(URL, {"email": email})
        page = client.get(response["Location"])
        answers.append((response.status_code, CSRF.sub("", page.content.decode())))
    assert answers[0] == answers[1]
    assert DBTaskResult.objects.count() == queued + 2
    run_tasks()
    assert [m["To"] for m in _sign_in_mails(smtp_server)] == ["maija.meikalainen@example.fi"]


def test_one_link_mail_per_address_in_a_while(maija, clock):
    email = "maija.meikalainen@example.fi"
    assert sign_in_link_send(email=email, language="fi") == "sent"
    assert sign_in_link_send(email=email.upper(), language="fi") == "too_soon"
    clock.shift(dt.timedelta(minutes=3))
    assert sign_in_link_send(email=email, language="fi") == "sent"
    assert sign_in_link_send(email="nobody@example.fi", language="fi") == "nothing"


def test_the_link_mail_is_in_the_language_of_the_page(client, maija, smtp_server, run_tasks):
    client.post(f"/sv{URL}", {"email": "maija.meikalainen@example.fi"})
    run_tasks()
    [message] = _sign_in_mails(smtp_server)
    body = _text(message)
    assert "/sv/mine/sign-in/" in body and "Hej," in body


@pytest.mark.parametrize(
    ("prefix", "email", "error"),
    [
        ("", "", "Anna sähköpostiosoitteesi."),
        ("/sv", "maija@", "Ange en e-postadress i formen"),
        ("/en", "maija", "Enter an e-mail address in the form"),
    ],
)
def test_bad_input_gets_a_translated_error_and_queues_nothing(client, db, prefix, email, error):
    response = client.post(f"{prefix}{URL}", {"email": email})
    page = response.content.decode()
    assert response.status_code == 400
    assert 'id="id_email_error"' in page and error in page
    assert DBTaskResult.objects.count() == 0


def test_the_form_is_rate_limited_like_the_other_citizen_forms(client, db, settings):
    settings.FORM_RATE_LIMIT = "2/m"
    codes = [client.post(URL, {"email": "x@example.fi"}).status_code for _ in range(3)]
    assert codes == [302, 302, 429]
    assert DBTaskResult.objects.count() == 2
