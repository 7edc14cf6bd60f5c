"""The round's pages: the citizen applies with a plain form (no JavaScript), errors told on
the form with nothing kept, sees and withdraws the application by its private link; staff
see the wishes with their clashes, allocate, decline and send the results."""

import pytest
import time_machine
from django.urls import reverse

from luukku.cases.models import OutboundMail
from luukku.privacy.models import AccessLogEntry

from ..models import Application, ApplicationWish
from .rounds import AFTER_CLOSE, apply, round_make, wish

pytestmark = pytest.mark.usefixtures("clock")


@pytest.fixture
def spring(hall):
    return round_make(hall)


def _form(hall, **fields):
    whole = hall[0]
    form = {
        "organisation_name": "Imatran Salibandyseura ry",
        "business_id": "",
        "contact_name": "Aino Virtanen",
        "email": "aino@example.fi",
        "phone": "040 123 4567",
        "purpose": "Salibandyn harjoitukset",
        "group_size": "18",
        "age_group": "youth",
        "wish1_unit": str(whole.pk),
        "wish1_weekday": "1",
        "wish1_starts": "18:00",
        "wish1_ends": "20:00",
        "wish1_priority": "1",
    }
    return form | fields


def test_the_units_page_links_to_the_open_round(client, spring):
    page = client.get(reverse("public:reservation_units"))
    assert reverse("public:round_apply", args=[spring.pk]) in page.content.decode()


def test_a_citizen_applies_and_withdraws_by_the_private_link(client, spring, hall):
    url = reverse("public:round_apply", args=[spring.pk])
    assert client.get(url).status_code == 200

    response = client.post(url, _form(hall))

    application = Application.objects.get()
    assert response.url == reverse("public:round_application", args=[application.token])
    assert application.wishes.get().unit == hall[0]
    assert OutboundMail.objects.get().recipient == "aino@example.fi"
    page = client.get(response.url)
    assert "Liikuntasali" in page.content.decode()
    withdraw = reverse("public:round_application_withdraw", args=[application.token])
    assert withdraw in page.content.decode()

    # The link asks first: nothing is withdrawn by opening it.
    confirm = client.get(withdraw)
    assert confirm.status_code == 200
    assert 'id="confirm-withdraw"' in confirm.content.decode()
    application.refresh_from_db()
    assert application.state == Application.State.RECEIVED

    response = client.post(withdraw)

    assert response.url == reverse("public:round_application", args=[application.token])
    application.refresh_from_db()
    assert application.state == Application.State.WITHDRAWN
    mail = OutboundMail.objects.order_by("pk").last()
    assert mail.recipient == "aino@example.fi"
    assert "withdrawn" in mail.subject and "Liikuntasali" in mail.body
    html = client.get(response.url).content.decode()
    assert "Waiting for allocation" not in html
    assert html.count("Withdrawn") >= 2  # the application and its wished turn
    assert 'id="confirm-withdraw"' not in client.get(withdraw).content.decode()
    assert client.post(withdraw).status_code == 400


def test_errors_are_shown_on_the_form_and_nothing_is_kept(client, spring, hall):
    url = reverse("public:round_apply", args=[spring.pk])

    response = client.post(url, _form(hall, wish1_starts="06:00", wish1_ends="08:00"))

    assert response.status_code == 400
    assert "Turn 1: The unit is not open at that time." in response.content.decode()
    response = client.post(url, _form(hall, contact_name="", wish2_unit=str(hall[1].pk)))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Turn 2: fill in every part of the turn." in html and "This field is required." in html
    assert not Application.objects.exists()


def test_every_error_is_shown_in_one_round(client, spring, hall):
    """The business ID, the contact and the turn's opening hours are told at once, not the
    business ID only after the others are fixed."""
    url = reverse("public:round_apply", args=[spring.pk])

    response = client.post(
        url,
        _form(
            hall,
            business_id="1234567-2",
            contact_name="",
            wish1_starts="06:00",
            wish1_ends="08:00",
        ),
    )

    assert response.status_code == 400
    html = response.content.decode()
    assert "Enter a valid Finnish business ID (Y-tunnus)" in html
    assert "This field is required." in html
    assert "Turn 1: The unit is not open at that time." in html
    assert not Application.objects.exists()


def test_a_turn_s_capacity_and_time_errors_are_told_together_under_the_turn(client, spring, hall):
    whole = hall[0]
    whole.capacity = 100
    whole.save(update_fields=["capacity"])
    url = reverse("public:round_apply", args=[spring.pk])

    response = client.post(
        url, _form(hall, group_size="150", wish1_starts="17:30", wish1_ends="17:00")
    )

    assert response.status_code == 400
    form = response.context["form"]
    assert form.turn_errors[1] == [
        "Turn 1: The unit holds 100 persons.",
        "Turn 1: The end must be after the start.",
    ]
    assert not form.has_error("wish1_starts")
    html = response.content.decode()
    turn = html.split('id="wish-1"')[1].split("</fieldset>")[0]
    assert "The unit holds 100 persons." in turn and "The end must be after the start." in turn
    assert not Application.objects.exists()


def test_staff_see_clashing_wishes_allocate_decline_and_send(client, agent, spring, hall):
    whole, north, _south = hall
    first = apply(spring, [wish(whole)])
    second = apply(spring, [wish(north, starts=19, ends=21)], email="b@example.fi")
    with time_machine.travel(AFTER_CLOSE, tick=False):
        client.force_login(agent)
        page = client.get(reverse("web:application_round", args=[spring.pk]))
        html = page.content.decode()
        assert html.count('class="clash"') == 2
        assert AccessLogEntry.objects.filter(context="round_applications").exists()
        wished = first.wishes.get()
        page = client.get(reverse("web:application_wish", args=[wished.pk]))
        assert page.status_code == 200
        assert AccessLogEntry.objects.filter(context="round_wish").exists()

        client.post(reverse("web:application_wish_allocate", args=[wished.pk]))
        refused = client.post(
            reverse("web:application_wish_decline", args=[second.wishes.get().pk]),
            {"decline-reason": ""},
        )
        assert refused.status_code == 400
        client.post(
            reverse("web:application_wish_decline", args=[second.wishes.get().pk]),
            {"decline-reason": "Sali on jaettu jo."},
        )
        send = reverse("web:application_round_send", args=[spring.pk])
        confirm = client.get(send)
        assert confirm.status_code == 200
        html = confirm.content.decode()
        assert "2 applicants get one e-mail each" in html and 'id="confirm-send"' in html
        assert "closed for changes" in html
        assert OutboundMail.objects.count() == 2  # the receipts only: nothing sent yet
        spring.refresh_from_db()
        assert spring.results_sent_at is None
        assert AccessLogEntry.objects.filter(context="round_results").exists()
        client.post(send)

    assert wished.__class__.objects.get(pk=wished.pk).state == ApplicationWish.State.ALLOCATED
    spring.refresh_from_db()
    assert spring.results_sent_at is not None
    assert OutboundMail.objects.count() == 4  # two receipts, two results


def test_an_association_s_page_lists_its_applications_with_their_cases(client, agent, spring, hall):
    from luukku.customers.models import Customer

    application = apply(spring, [wish(hall[0])], business_id="2874519-4")
    club = Customer.objects.get(business_id="2874519-4")
    assert application.customer == club and application.case.customer != club

    client.force_login(agent)
    page = client.get(reverse("web:customer", args=[club.pk])).content.decode()

    listed = page.split('id="customer-applications"')[1].split("</ul>")[0]
    assert "Spring season 2026" in listed and application.case.reference in listed
