"""The staff's invoice pages: a sale invoiced from its page (the buyer's details offered from
the customer), the invoice with its PDF and Finvoice message, the list, and the bank's file
read with a payment left to match by hand. A refused step says why and changes nothing."""

import pytest
import xmlschema
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from luukku.customers.tests.factories import CustomerFactory
from luukku.privacy.models import AccessLogEntry

from ..models import BankPayment, Invoice, Order
from ..services.orders import order_line_add, order_start
from .bank_samples import camt, ktl
from .test_invoices import XSD

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    translation.activate("en")


@pytest.fixture
def signed_in(client, agent, city):
    city.business_id = "0162193-3"
    city.save(update_fields=["business_id"])
    client.force_login(agent)
    return client


@pytest.fixture
def sale(point, agent, clock, series_card):
    customer = CustomerFactory(
        first_name="Åsa",
        last_name="Öberg",
        street_address="Rantatie 5",
        postal_code="55100",
        post_office="Imatra",
    )
    order = order_start(channel="counter", by=agent, service_point=point, customer=customer)
    order_line_add(order=order, product=series_card)
    return order


BUYER = {
    "name": "Åsa Öberg",
    "street": "Rantatie 5",
    "postal_code": "55100",
    "town": "Imatra",
    "business_id": "",
    "email": "",
    "due_days": "14",
}


def test_a_sale_is_invoiced_and_its_documents_downloaded(signed_in, sale):
    client = signed_in
    page = client.get(reverse("web:sale_order", args=[sale.number])).content.decode()
    assert 'value="Rantatie 5"' in page and "Invoice the sale" in page
    response = client.post(reverse("web:sale_invoice_new", args=[sale.number]), BUYER)
    invoice = Invoice.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse(
        "web:sale_invoice", args=[invoice.number]
    )
    sale.refresh_from_db()
    assert sale.status == Order.Status.INVOICED
    back = client.get(reverse("web:sale_order", args=[sale.number])).content.decode()
    assert response["Location"] in back and "Invoice the sale" not in back
    page = client.get(response["Location"]).content.decode()
    assert "10 00012" in page and "Åsa Öberg" in page
    pdf = client.get(reverse("web:sale_invoice_pdf", args=[invoice.number]) + "?language=sv")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF-")
    xml = client.post(reverse("web:sale_invoice_finvoice", args=[invoice.number]))
    xmlschema.XMLSchema(XSD).validate(xml.content)
    invoice.refresh_from_db()
    assert invoice.exported_at is not None
    contexts = set(AccessLogEntry.objects.values_list("context", flat=True))
    assert {"invoice_issue", "invoice", "invoice_pdf", "invoice_export"} <= contexts
    listing = client.get(reverse("web:sale_invoices") + "?state=open&q=Öberg").content.decode()
    assert reverse("web:sale_invoice", args=[invoice.number]) in listing
    paid = client.get(reverse("web:sale_invoices") + "?state=paid").content.decode()
    assert reverse("web:sale_invoice", args=[invoice.number]) not in paid


def test_a_buyer_without_an_address_is_refused(signed_in, sale):
    response = signed_in.post(
        reverse("web:sale_invoice_new", args=[sale.number]), {**BUYER, "postal_code": "5510"}
    )
    assert response.status_code == 400
    assert "Finnish postal code of five digits" in response.content.decode()
    sale.refresh_from_db()
    assert sale.status == Order.Status.DRAFT and not Invoice.objects.exists()


def test_a_bank_file_pays_and_leaves_one_to_match(signed_in, sale):
    client = signed_in
    client.post(reverse("web:sale_invoice_new", args=[sale.number]), BUYER)
    invoice = Invoice.objects.get()
    upload = reverse("web:sale_bank_files")
    data = ktl((invoice.reference, 2000, "ARCH-1"), ("1357914", 4000, "ARCH-2"))
    response = client.post(upload, {"file": _file(data, "payments.txt")})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Matched to invoices: 1. Left to match: 1. Imported before: 0." in page
    again = client.post(upload, {"file": _file(data, "payments.txt")}).content.decode()
    assert "Matched to invoices: 0. Left to match: 0. Imported before: 2." in again
    left = BankPayment.objects.get(invoice__isnull=True)
    match = reverse("web:sale_bank_payment_match", args=[left.pk])
    refused = client.post(match, {"invoice": "999"})
    assert refused.status_code == 400 and "No invoice has this number" in refused.content.decode()
    assert client.post(match, {"invoice": invoice.rf_reference}).status_code == 302
    invoice.refresh_from_db()
    assert invoice.status == Invoice.Status.PAID and invoice.paid_cents == 6000
    assert "Every payment is matched." in client.get(upload).content.decode()


def test_a_bad_bank_file_is_refused_with_the_reason(signed_in, sale):
    client = signed_in
    client.post(reverse("web:sale_invoice_new", args=[sale.number]), BUYER)
    invoice = Invoice.objects.get()
    broken = camt((invoice.reference, 6000, "C-1")).replace(b"</Document>", b"")
    with translation.override("fi"):  # the page in Finnish (its address says so)
        upload = reverse("web:sale_bank_files")
    response = client.post(upload, {"file": _file(broken, "camt.xml")})
    assert response.status_code == 400
    assert "Tiedosto ei ole kelvollista XML:ää." in response.content.decode()
    assert not BankPayment.objects.exists()
    invoice.refresh_from_db()
    assert invoice.status == Invoice.Status.OPEN


def _file(content: bytes, name: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)
