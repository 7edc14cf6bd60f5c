import pytest

from luukku.cases.models import Case, CaseEvent
from luukku.catalogue.models import Service
from luukku.customers.models import Customer
from luukku.demo.loader import load_demo
from luukku.organisation.models import User

pytestmark = pytest.mark.django_db


def test_demo_loads_a_working_municipality_and_is_idempotent(client):
    first = load_demo(cases=120, customers=40)
    counts = (
        Service.objects.count(),
        User.objects.count(),
        Customer.objects.count(),
        Case.objects.count(),
        CaseEvent.objects.count(),
    )
    second = load_demo(cases=120, customers=40)
    assert second["cases_created"] == 0
    assert counts == (
        Service.objects.count(),
        User.objects.count(),
        Customer.objects.count(),
        Case.objects.count(),
        CaseEvent.objects.count(),
    )
    assert first["cases_created"] == 120
    assert set(Case.objects.values_list("channel", flat=True)) >= {"web", "email", "phone"}
    assert Case.objects.filter(service__sensitive=True, sensitive=True).exists()
    # Through the sign-in form (its lockout check needs the request, as django-axes does).
    signed_in = client.post("/staff/login/", {"username": "aino", "password": "luukku-demo"})
    assert signed_in.status_code == 302
    assert client.get("/staff/").status_code == 200


def test_keys_are_an_internal_service_asked_by_internal_customers():
    load_demo(cases=200, customers=20)
    assert set(Service.objects.filter(internal=True).values_list("code", flat=True)) == {"keys"}
    keys = Case.objects.filter(service__code="keys")
    assert keys.exists()
    assert set(keys.values_list("customer__kind", flat=True)) == {"internal"}


def test_demo_cases_write_to_the_address_their_customer_gave():
    load_demo(cases=120, customers=40)
    for case in Case.objects.select_related("customer"):
        expected = (case.customer.email, case.customer.phone) if case.customer else ("", "")
        assert (case.contact_email, case.contact_phone) == expected
    assert Case.objects.exclude(contact_email="").exists()
