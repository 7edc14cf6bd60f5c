"""The counter's sales pages: a register's day opened, a sale found for a customer group and
paid in two methods, its receipt printed and e-mailed, a line refunded, the day closed with
its Z report. A refused step says why and changes nothing."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from luukku.cases.models import OutboundMail
from luukku.privacy.models import AccessLogEntry

from ..models import Order, Payment, RegisterDay

pytestmark = [pytest.mark.django_db, pytest.mark.clock_set]


@pytest.fixture(autouse=True)
def english():
    translation.activate("en")


@pytest.fixture
def signed_in(client, agent):
    client.force_login(agent)
    return client


def _new_sale(client, register) -> Order:
    response = client.post(reverse("web:sale_new", args=[register.pk]))
    assert response.status_code == 302
    return Order.objects.latest("pk")


def test_a_sale_from_the_first_product_to_the_z_report(
    signed_in, register, clock, series_card, map_print, service
):
    client = signed_in
    series_card.service = service
    series_card.save()
    response = client.post(reverse("web:sale_day_open", args=[register.pk]), {"opening_float": "100,00"})
    assert response.status_code == 302
    order = _new_sale(client, register)
    page = client.get(reverse("web:sale_order", args=[order.number]))
    assert "Uimahallin sarjakortti" in page.content.decode()
    for product in (series_card, map_print):
        client.post(reverse("web:sale_line_add", args=[order.number]), {"product": product.pk, "quantity": 1})
    order.refresh_from_db()
    assert order.total_cents == 7250
    pay = reverse("web:sale_pay", args=[order.number])
    refused = client.post(pay, {"register": register.pk, "cash": "20,00", "cash_given": "50"})
    assert refused.status_code == 400
    assert "add up to the total" in refused.content.decode()
    assert not Payment.objects.exists()
    response = client.post(
        pay,
        {"register": register.pk, "cash": "22,50", "cash_given": "50", "card": "50",
         "terminal_receipt": "004217"},
    )
    assert response.status_code == 302
    receipt_page = client.get(response["Location"])
    text = receipt_page.content.decode()
    assert "Give change: 27.50" in text.replace("\xa0", " ")
    receipt = order.receipts.get()
    sent = client.post(
        reverse("web:sale_receipt_email", args=[receipt.number]),
        {"email": "maija@example.fi", "language": "fi"},
    )
    assert sent.status_code == 302
    queued = OutboundMail.objects.get(kind=OutboundMail.Kind.RECEIPT)
    assert queued.recipient == "maija@example.fi" and receipt.number in queued.body
    assert "ALV" in queued.body  # in the language chosen
    line = order.lines.get(product=map_print)
    refund = client.post(
        reverse("web:sale_refund", args=[order.number]),
        {"register": register.pk, f"line_{line.pk}": 1, "method": "cash", "reason": "Väärä kartta"},
    )
    assert refund.status_code == 302
    day = RegisterDay.objects.get(register=register)
    close = reverse("web:sale_day_close", args=[register.pk])
    refused = client.post(close, {"counted_cash": "109,90"})
    assert refused.status_code == 400 and "explain the difference" in refused.content.decode()
    # 100 € float + 22.50 € cash − 12.50 € refunded in cash
    response = client.post(close, {"counted_cash": "110.00"})
    day.refresh_from_db()
    assert day.closed_at is not None and day.expected_cash_cents == 11000
    z = client.get(response["Location"]).content.decode()
    assert "Z report 1" in z


def test_the_sale_page_is_logged_when_it_shows_a_customer(signed_in, register, day, agent):
    from luukku.customers.tests.factories import CustomerFactory

    customer = CustomerFactory(first_name="Maija", last_name="Meikäläinen")
    order = _new_sale(signed_in, register)
    found = signed_in.get(reverse("web:sale_order", args=[order.number]), {"q": "Meikäläinen"})
    assert "Maija" in found.content.decode()
    assert AccessLogEntry.objects.filter(context="sale_customer", action="list").exists()
    signed_in.post(
        reverse("web:sale_customer", args=[order.number]),
        {"customer": customer.pk, "group": "resident"},
    )
    signed_in.get(reverse("web:sale_order", args=[order.number]))
    assert AccessLogEntry.objects.filter(context="sale_order", customer=customer).exists()
    assert len(mail.outbox) == 0
