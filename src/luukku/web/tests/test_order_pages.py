"""A document package on the staff pages: ordered from the case page, its parts on the
order's page marked ready by their experts, the consultation page naming the part, bad input
refused with nothing changed, and every view of the order in the access log."""

import pytest
from django.urls import reverse

from luukku.cases.models import CaseEvent, Consultation
from luukku.cases.tests.factories import make_case
from luukku.commerce.models import Order, OrderPart
from luukku.commerce.services.packages import package_order
from luukku.commerce.tests.factories import builders_package
from luukku.organisation.tests.factories import DepartmentFactory, UserFactory
from luukku.privacy.models import AccessLogEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def package(service, department, expert):
    zoning = DepartmentFactory(name="Kaavoitus")
    return builders_package(
        service=service,
        parts=[("Karttaote", department, expert, 2), ("Asemakaavaote", zoning, None, 5)],
    )


@pytest.fixture
def case(service):
    return make_case(service=service, contact_email="rakentaja@example.fi")


def _order_from_case_page(client, agent, case, package) -> Order:
    client.force_login(agent)
    response = client.post(
        reverse("web:case_package_order", args=[case.reference]),
        {"package-product": package.pk, "package-group": "resident", "package-delivery": "pickup"},
    )
    order = Order.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("web:order", args=[order.number])
    return order


def test_a_package_ordered_on_the_case_page_goes_to_its_experts(
    client, agent, expert, case, package
):
    order = _order_from_case_page(client, agent, case, package)
    page = client.get(reverse("web:order", args=[order.number])).content.decode()
    assert order.number in page and "Karttaote" in page and "Asemakaavaote" in page
    assert "Kaavoitus" in page  # the queue of the part without a named expert
    assert AccessLogEntry.objects.filter(context="order_page", actor=agent).exists()
    case_page = client.get(reverse("web:case", args=[case.reference])).content.decode()
    assert reverse("web:order", args=[order.number]) in case_page

    part = order.parts.get(name="Karttaote")
    client.force_login(expert)
    consultation_page = client.get(reverse("web:consultation", args=[part.consultation_id]))
    assert order.number in consultation_page.content.decode()
    response = client.post(
        reverse("web:order_part_ready", args=[order.number, part.pk]),
        {f"part-{part.pk}-note": "Karttaote tulostettu."},
    )
    assert response.status_code == 302
    part.refresh_from_db()
    assert part.status == OrderPart.Status.DONE
    assert part.consultation.status == Consultation.Status.ANSWERED


def test_bad_requests_change_nothing(client, agent, expert, other_expert, case, package):
    order = _order_from_case_page(client, agent, case, package)
    events = CaseEvent.objects.count()
    # Another department's expert may not mark the part; nothing is written, not even a view.
    part = order.parts.get(name="Karttaote")
    logged = AccessLogEntry.objects.count()
    client.force_login(other_expert)
    response = client.post(reverse("web:order_part_ready", args=[order.number, part.pk]), {})
    assert response.status_code == 403
    assert AccessLogEntry.objects.count() == logged
    # The order is not paid: it cannot be delivered yet, and the page says why.
    client.force_login(agent)
    response = client.post(reverse("web:order_deliver", args=[order.number]))
    assert response.status_code == 400
    assert "kun se on maksettu" in response.content.decode()  # in the staff's Finnish
    # No package chosen: the case page again with the error.
    response = client.post(
        reverse("web:case_package_order", args=[case.reference]),
        {"package-product": "", "package-group": "resident", "package-delivery": "pickup"},
    )
    assert response.status_code == 400 and Order.objects.count() == 1
    assert CaseEvent.objects.count() == events
    part.refresh_from_db()
    assert part.status == OrderPart.Status.WAITING and order.parts.count() == 2


def test_an_expert_of_another_department_does_not_see_a_sensitive_order(
    client, sensitive_service, agent, package
):
    case = make_case(service=sensitive_service)
    order = package_order(product=package, by=UserFactory(role="agent"), case=case)
    client.force_login(UserFactory(role="expert", departments=[DepartmentFactory()]))
    assert client.get(reverse("web:order", args=[order.number])).status_code == 404
