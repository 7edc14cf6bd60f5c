"""The citizen's page of a document package, by its private link: what was ordered, each
part's progress (never who prepares it), ready and delivered, and how it is picked up, in
Finnish, Swedish and English."""

import pytest
from django.urls import reverse
from django.utils import translation

from luukku.cases.models import OutboundMail
from luukku.cases.tests.factories import make_case
from luukku.commerce.services.packages import order_part_done, package_order
from luukku.commerce.tests.factories import builders_package
from luukku.organisation.tests.factories import UserFactory
from luukku.queueing.tests.factories import ServicePointFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def order(service, department, agent):
    surveyor = UserFactory(
        role="expert", first_name="Matti", last_name="Mittaaja", departments=[department]
    )
    package = builders_package(
        service=service,
        parts=[("Karttaote", department, surveyor, 2), ("Asemakaavaote", department, None, 5)],
    )
    point = ServicePointFactory(
        name="Kaupungintalo", street_address="Virastokatu 2", postal_code="55100"
    )
    case = make_case(service=service, contact_email="rakentaja@example.fi")
    order = package_order(product=package, by=agent, case=case, service_point=point)
    order.surveyor = surveyor
    return order


def _page(client, order, prefix=""):
    with translation.override("fi"):  # the path without a language; `prefix` gives it
        path = reverse("public:order_status", args=[order.token])
    response = client.get(prefix + path)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    ("prefix", "waiting", "ready"),
    [
        ("", "Valmisteilla", "Valmis"),
        ("/sv", "Under beredning", "Klar"),
        ("/en", "In preparation", "Ready"),
    ],
)
def test_the_customer_follows_each_part_without_the_expert_s_name(
    client, order, prefix, waiting, ready
):
    page = _page(client, order, prefix)
    assert order.number in page and "Rakentajapaketti" in page
    assert "Karttaote" in page and "Asemakaavaote" in page
    assert page.count(waiting) >= 3  # the order and both parts
    assert "Virastokatu 2" in page  # where to pick it up
    assert "Mittaaja" not in page and "Matti" not in page

    order_part_done(part=order.parts.get(name="Karttaote"), by=order.surveyor)
    page = _page(client, order, prefix)
    assert page.count(ready) >= 1 and page.count(waiting) >= 2
    assert "Mittaaja" not in page


def test_the_ready_mail_leads_to_the_page_and_a_wrong_token_finds_nothing(client, order):
    for part in order.parts.all():
        order_part_done(part=part, by=order.surveyor)  # of both parts' department
    case_page = client.get(reverse("public:case_status", args=[order.case.token])).content
    assert reverse("public:order_status", args=[order.token]) in case_page.decode()
    mail = OutboundMail.objects.get(kind=OutboundMail.Kind.ORDER)
    path = reverse("public:order_status", args=[order.token])
    assert path in mail.body
    page = _page(client, order)
    assert "Tilauksesi odottaa sinua" in page
    assert client.get(reverse("public:order_status", args=["x" * 43])).status_code == 404
    assert client.get(reverse("public:order_status", args=["short"])).status_code == 404
