"""One signature on every reply: added by Luukku, in the case's language, with the handler's
name and title in that language and the service centre's name in it, and the link to follow
the case once — in the mail, on the case page and on the citizen's status page alike."""

import re
from email.header import decode_header, make_header

import pytest

from luukku.cases.notifications import case_private_url
from luukku.cases.replies import reply_letter, sign_off_removed
from luukku.cases.services import case_reply
from luukku.cases.tests.factories import make_case
from luukku.customers.tests.factories import CustomerFactory
from luukku.organisation.tests.factories import UserFactory

pytestmark = pytest.mark.django_db

FINNISH_CENTRE = "Vuokselan kaupungin asiakaspalvelu"
SWEDISH_CENTRE = "Vuoksela stads kundtjänst"
ENGLISH_CENTRE = "City of Vuoksela customer service"


@pytest.fixture
def handler():
    return UserFactory(
        first_name="Aino",
        last_name="Virtanen",
        title_fi="Palveluneuvoja",
        title_sv="Servicerådgivare",
        title_en="Customer service adviser",
    )


def _body(message) -> str:
    return message.get_payload(decode=True).decode().replace("\r\n", "\n")


def test_a_swedish_reply_is_signed_once_in_swedish(service, handler, smtp_server, run_tasks):
    case = make_case(
        service=service, customer=CustomerFactory(email="erik@example.fi"), language="sv"
    )
    case_reply(
        case=case,
        actor=handler,
        body="Tack för ditt meddelande. Gatlampan lagas inom två veckor.\n\n"
        "Med vänliga hälsningar\nAino",
    )
    run_tasks()
    [message] = smtp_server.messages
    body = _body(message)
    assert body.count("Med vänliga hälsningar") == 1
    assert "Aino Virtanen\nServicerådgivare\nVuoksela stads kundtjänst" in body
    assert "Palveluneuvoja" not in body and FINNISH_CENTRE not in body
    assert body.count(case_private_url(case)) == 1
    # The sender is named in Swedish too.
    sender = str(make_header(decode_header(message["From"])))
    assert sender == "Vuoksela stads kundtjänst <asiakaspalvelu@vuoksela.example>"
    assert message["Reply-To"] == message["From"]


def test_a_link_the_reply_already_gives_is_not_given_again(
    service, handler, smtp_server, run_tasks
):
    case = make_case(service=service, customer=CustomerFactory(email="maija@example.fi"))
    link = case_private_url(case)
    case_reply(case=case, actor=handler, body=f"Voit seurata asiaa osoitteessa {link}")
    run_tasks()
    body = _body(smtp_server.messages[0])
    assert body.count(link) == 1
    assert "Seuraa asiaasi:" not in body
    assert f"Tunnus: {case.reference}" in body


def test_a_reply_without_a_sign_off_gets_one_in_english(service, handler, smtp_server, run_tasks):
    case = make_case(
        service=service, customer=CustomerFactory(email="john@example.com"), language="en"
    )
    case_reply(case=case, actor=handler, body="The light will be repaired next week.")
    run_tasks()
    body = _body(smtp_server.messages[0])
    assert (
        "The light will be repaired next week.\n\nBest regards,\nAino Virtanen\n"
        f"Customer service adviser\n{ENGLISH_CENTRE}\n" in body
    )
    assert body.count(case_private_url(case)) == 1


def test_a_title_not_translated_is_given_in_finnish(service, smtp_server, run_tasks):
    handler = UserFactory(first_name="Sari", last_name="Nieminen", title_fi="Kunnossapitoinsinööri")
    case = make_case(
        service=service, customer=CustomerFactory(email="erik@example.fi"), language="sv"
    )
    case_reply(case=case, actor=handler, body="Tack.")
    run_tasks()
    assert "Sari Nieminen\nKunnossapitoinsinööri\nVuoksela stads kundtjänst" in _body(
        smtp_server.messages[0]
    )


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Kiitos.\n\nYstävällisin terveisin", "Kiitos."),
        ("Kiitos.\n\nYstävällisin terveisin,\nAino Virtanen", "Kiitos."),
        ("Kiitos.\n\nterveisin\nAino\nPalveluneuvoja\nVuokselan asiakaspalvelu", "Kiitos."),
        ("Tack.\n\nMed vänlig hälsning!", "Tack."),
        ("Thanks.\n\nKind regards,\nAino", "Thanks."),
        ("Thanks.\nBest regards", "Thanks."),
        # Not a sign-off: a sentence that mentions one, or one followed by more text.
        ("Terveisin myös naapurille.", "Terveisin myös naapurille."),
        (
            "Ystävällisin terveisin\n\nKorjaus tehdään huomenna, ja ilmoitamme, kun työ on valmis."
            "\nSen jälkeen katu on taas auki.\nKiitos kärsivällisyydestä.\nLisätietoja saa meiltä.",
            "Ystävällisin terveisin\n\nKorjaus tehdään huomenna, ja ilmoitamme, kun työ on valmis."
            "\nSen jälkeen katu on taas auki.\nKiitos kärsivällisyydestä.\nLisätietoja saa meiltä.",
        ),
    ],
)
def test_a_typed_sign_off_at_the_end_gives_way_to_the_signature(text, left):
    assert sign_off_removed(text) == left


def test_the_case_page_and_the_status_page_show_the_one_signature(
    client, service, handler, run_tasks
):
    case = make_case(
        service=service, customer=CustomerFactory(email="erik@example.fi"), language="sv"
    )
    event = case_reply(case=case, actor=handler, body="Tack.\n\nMed vänliga hälsningar")
    letter = reply_letter(event)
    assert letter.body == "Tack."
    assert letter.signature == [
        "Med vänliga hälsningar",
        "Aino Virtanen",
        "Servicerådgivare",
        SWEDISH_CENTRE,
    ]
    status_page = client.get(f"/sv/requests/{case.token}/").text
    client.force_login(handler)
    case_page = client.get(f"/staff/cases/{case.reference}/").text
    for page in (status_page, case_page):
        # Marked as Swedish whatever the page's language (WCAG 3.1.2, Language of Parts).
        signature = re.search(r'<p class="signature" lang="sv">(.*?)</p>', page, re.S).group(1)
        assert [line.strip() for line in signature.split("<br>")] == letter.signature
        assert page.count("Med vänliga hälsningar") == 1
        assert '<p class="body" lang="sv">Tack.</p>' in page
