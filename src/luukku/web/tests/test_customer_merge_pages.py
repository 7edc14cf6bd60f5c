"""Staff see "possibly the same person as …", compare and merge two records or mark them as
different people; the case page says where messages go and lets staff change it."""

import pytest
from django.urls import reverse

from luukku.cases.tests.factories import make_case
from luukku.customers.models import Customer, CustomerDistinct
from luukku.customers.tests.factories import CustomerFactory
from luukku.privacy.models import AccessLogEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def pair(db):
    matti = CustomerFactory(
        first_name="Matti", last_name="Meikäläinen", email="matti@example.fi", phone="+358401112222"
    )
    liisa = CustomerFactory(
        first_name="Liisa", last_name="Meikäläinen", email="liisa@example.fi", phone=matti.phone
    )
    return matti, liisa


def test_the_customer_page_offers_the_possible_duplicate_and_logs_its_view(client, agent, pair):
    matti, liisa = pair
    client.force_login(agent)
    page = client.get(reverse("web:customer", args=[matti.pk])).content.decode()
    assert "Mahdollisesti sama henkilö" in page
    assert "Liisa Meikäläinen" in page and "sama puhelinnumero" in page
    assert reverse("web:customer_merge", args=[matti.pk, liisa.pk]) in page
    assert AccessLogEntry.objects.filter(
        customer=liisa, action="view", context=f"customer_duplicates:{matti.pk}"
    ).exists()


def test_the_case_page_says_where_messages_go_and_points_to_the_duplicate(
    client, agent, pair, service
):
    matti, _liisa = pair
    case = make_case(service=service, customer=matti, contact_email="toinen@example.fi")
    client.force_login(agent)
    page = client.get(reverse("web:case", args=[case.reference])).content.decode()
    assert "Viestit tästä asiasta menevät" in page and "toinen@example.fi" in page
    assert "Mahdollisesti sama henkilö kuin 1 muu asiakastietue." in page


def test_merging_from_the_page_in_three_languages(client, agent, pair, service):
    matti, liisa = pair
    case = make_case(service=service, customer=liisa)
    client.force_login(agent)
    url = reverse("web:customer_merge", args=[matti.pk, liisa.pk])
    for prefix, title in (
        ("", "Vertaa ja yhdistä asiakastietueet"),
        ("/sv", "Jämför och slå samman kundposter"),
        ("/en", "Compare and merge customer records"),
    ):
        page = client.get(prefix + url)
        assert page.status_code == 200 and title in page.content.decode()
    # The record with more cases is offered to keep.
    assert client.get(url).context["form"].initial == {"keep": liisa.pk}
    response = client.post(url, {"keep": matti.pk})
    assert response.status_code == 302
    case.refresh_from_db()
    liisa.refresh_from_db()
    assert case.customer == matti and liisa.merged_into == matti
    # The merged record's page leads to the kept one.
    assert client.get(reverse("web:customer", args=[liisa.pk])).url == reverse(
        "web:customer", args=[matti.pk]
    )


def test_a_refused_merge_shows_why_and_changes_nothing(client, agent, pair):
    matti, liisa = pair
    Customer.objects.filter(pk=matti.pk).update(identity_code="131052-308T")
    Customer.objects.filter(pk=liisa.pk).update(identity_code="010101A123N")
    client.force_login(agent)
    response = client.post(reverse("web:customer_merge", args=[matti.pk, liisa.pk]), {"keep": 0})
    assert response.status_code == 400
    response = client.post(
        reverse("web:customer_merge", args=[matti.pk, liisa.pk]), {"keep": matti.pk}
    )
    assert response.status_code == 400
    assert "eri henkilötunnukset" in response.content.decode()
    assert not Customer.objects.filter(merged_into__isnull=False).exists()


def test_marking_different_people_from_the_page(client, agent, pair):
    matti, liisa = pair
    client.force_login(agent)
    response = client.post(reverse("web:customer_distinct", args=[matti.pk, liisa.pk]))
    assert response.status_code == 302
    assert CustomerDistinct.objects.count() == 1
    page = client.get(reverse("web:customer", args=[matti.pk])).content.decode()
    assert "Mahdollisesti sama henkilö" not in page


def test_experts_may_not_merge_and_unknown_records_are_not_found(client, expert, agent, pair):
    matti, liisa = pair
    client.force_login(expert)
    assert client.get(reverse("web:customer_merge", args=[matti.pk, liisa.pk])).status_code == 403
    client.force_login(agent)
    assert client.get(reverse("web:customer_merge", args=[matti.pk, 999999])).status_code == 404
    assert client.get(reverse("web:customer_merge", args=[matti.pk, matti.pk])).status_code == 404


def test_changing_where_messages_go_from_the_case_page(client, agent, service):
    case = make_case(service=service, customer=CustomerFactory(email="vanha@example.fi"))
    client.force_login(agent)
    url = reverse("web:case_contact", args=[case.reference])
    response = client.post(url, {"contact-email": "ei osoite", "contact-phone": ""})
    assert response.status_code == 400
    assert "Syötä kelvollinen sähköpostiosoite." in response.content.decode()
    case.refresh_from_db()
    assert case.contact_email == "vanha@example.fi"
    good = {"contact-email": "uusi@example.fi", "contact-phone": "040 1234567"}
    response = client.post(url, good)
    assert response.status_code == 302
    case.refresh_from_db()
    assert (case.contact_email, case.contact_phone) == ("uusi@example.fi", "+358401234567")
