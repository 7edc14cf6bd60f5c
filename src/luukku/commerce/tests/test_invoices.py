"""Invoices end to end: an order invoiced (numbering, references, due date, the case's
event), its Finvoice message against the official schema, its PDF, and the bank's files
matched to it by reference (camt.054 and the reference payment file)."""

import datetime as dt
from pathlib import Path

import pytest
import xmlschema
from django.core.exceptions import ValidationError
from django.test import override_settings

from luukku.cases.models import CaseEvent
from luukku.cases.tests.factories import make_case
from luukku.customers.tests.factories import CustomerFactory

from ..invoicing import finvoice as finvoice_module
from ..invoicing.bankfile import read_bank_file
from ..invoicing.barcode import virtual_barcode
from ..invoicing.references import finnish_reference_valid, reference_format, rf_reference_valid
from ..models import BankPayment, CustomerGroup, Invoice, Order, Payment, VatRate
from ..selectors.invoices import invoices_list
from ..services.invoice_pdf import invoice_pdf
from ..services.invoices import (
    Buyer,
    bank_file_import,
    bank_payment_match,
    invoice_finvoice,
    invoice_reference,
    order_invoice,
)
from ..services.orders import order_line_add, order_start
from .bank_samples import camt, ktl
from .factories import product_priced

pytestmark = pytest.mark.django_db

XSD = Path(finvoice_module.__file__).parent / "schema" / "Finvoice3.0.xsd"
BUYER = Buyer("Åsa Öberg", "Rantatie 5 B 12", "55100", "Imatra", email="asa@example.fi")


def _order(point, agent, *products, case=None, group=CustomerGroup.RESIDENT):
    order = order_start(channel="counter", by=agent, service_point=point, case=case, group=group)
    for product in products:
        order_line_add(order=order, product=product)
    order.refresh_from_db()
    return order


@pytest.fixture
def seller(city):
    """The city with a business ID whose check digit is right (the Finvoice schema's rules)."""
    city.business_id = "0162193-3"
    city.save(update_fields=["business_id"])
    return city


@pytest.fixture
def invoiced(point, agent, clock, seller, series_card, map_print):
    case = make_case(customer=CustomerFactory())
    order = _order(point, agent, series_card, map_print, case=case)
    return order_invoice(order=order, buyer=BUYER, by=agent)


# Issuing ------------------------------------------------------------------------------------


def test_an_invoice_is_numbered_without_gaps_with_valid_references(invoiced, point, agent):
    order = invoiced.order
    order.refresh_from_db()
    assert order.status == Order.Status.INVOICED
    assert (invoiced.number, invoiced.amount_cents) == (1, 7250)
    assert invoiced.issued_on == dt.date(2026, 3, 10)
    assert invoiced.due_on == dt.date(2026, 3, 24)  # COMMERCE_INVOICE_DUE_DAYS, 14
    assert invoiced.reference == invoice_reference(1) == "1000012"
    assert finnish_reference_valid(invoiced.reference)
    assert rf_reference_valid(invoiced.rf_reference)
    assert invoiced.rf_reference.endswith(invoiced.reference)
    assert invoiced.buyer["name"] == "Åsa Öberg"
    event = CaseEvent.objects.get(case=order.case, kind="order", data__action="invoiced")
    assert event.data["amount_cents"] == 7250
    second = order_invoice(
        order=_order(point, agent, *[line.product for line in order.lines.all()]),
        buyer=BUYER,
        due_days=30,
    )
    assert second.number == 2 and second.due_on == dt.date(2026, 4, 9)


def test_bad_buyer_details_change_nothing(point, agent, clock, seller, series_card):
    order = _order(point, agent, series_card, group=CustomerGroup.RESIDENT)
    bad = Buyer("Å", "", "123", "Imatra", business_id="1234567-8", email="nope")
    with pytest.raises(ValidationError) as error:
        order_invoice(order=order, buyer=bad, by=agent)
    assert set(error.value.message_dict) == {
        "name",
        "street",
        "postal_code",
        "business_id",
        "email",
    }
    order.refresh_from_db()
    assert order.status == Order.Status.DRAFT and not Invoice.objects.exists()


def test_a_company_is_invoiced_by_its_business_id(point, agent, clock, seller, series_card):
    order = _order(point, agent, series_card)
    Order.objects.filter(pk=order.pk).update(group=CustomerGroup.COMPANY)
    with pytest.raises(ValidationError, match="business ID"):
        order_invoice(order=order, buyer=BUYER, by=agent)
    company = Buyer("Esimerkki Oy", "Teollisuuskatu 3", "55100", "Imatra", "0201256-6")
    assert order_invoice(order=order, buyer=company, by=agent).buyer["business_id"] == "0201256-6"


def test_a_paid_or_empty_order_is_not_invoiced(invoiced, point, agent):
    with pytest.raises(ValidationError, match="waiting for payment"):
        order_invoice(order=invoiced.order, buyer=BUYER)
    with pytest.raises(ValidationError, match="at least one product"):
        order_invoice(order=_order(point, agent), buyer=BUYER)
    assert Invoice.objects.count() == 1


def test_the_list_tells_open_overdue_and_paid_invoices(invoiced):
    due = invoiced.due_on
    assert list(invoices_list(state="open", today=due)) == [invoiced]
    assert list(invoices_list(state="overdue", today=due)) == []
    assert list(invoices_list(state="overdue", today=due + dt.timedelta(days=1))) == [invoiced]
    assert list(invoices_list(state="all", query="Öberg", today=due)) == [invoiced]
    assert list(invoices_list(state="all", query=invoiced.rf_reference, today=due)) == [invoiced]
    assert list(invoices_list(state="paid", today=due)) == []


# Finvoice and the PDF ---------------------------------------------------------------------


def test_the_finvoice_of_an_invoice_validates_against_the_schema(invoiced):
    content = invoice_finvoice(invoiced)
    xmlschema.XMLSchema(XSD).validate(content)
    assert b'<EpiRemittanceInfoIdentifier IdentificationSchemeName="SPY">1000012<' in content
    assert b"<SellerOrganisationName>Imatran kaupunki</SellerOrganisationName>" in content
    code = virtual_barcode("FI7944052020036082", 7250, "1000012", dt.date(2026, 3, 24))
    assert f"<VirtualBankBarcode>{code}</VirtualBankBarcode>".encode() in content
    invoiced.refresh_from_db()
    assert invoiced.exported_at is not None


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_pdf_shows_the_references_and_the_barcode(invoiced, language):
    pdf = invoice_pdf(invoiced, language, compress=False)
    assert pdf.startswith(b"%PDF-")
    # A TrueType font writes glyph ids, not letters (the text is checked in Helvetica
    # below): one page, with the barcode's drawing on it.
    assert pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages") == 1
    assert invoice_pdf(invoiced, language).startswith(b"%PDF-")


@override_settings(COMMERCE_PDF_FONT="/nonexistent/font.ttf")
def test_without_the_font_the_pdf_falls_back_to_helvetica(invoiced):
    invoiced.order.lines.update(name="Uimahallin sarjakortti, kymmenen kertaa, aikuiset " * 2)
    pdf = invoice_pdf(invoiced, "fi", compress=False)
    assert b"(Uimahallin sarjakortti, kymmenen kertaa, aikuis...) Tj" in pdf  # cut to fit
    assert pdf.startswith(b"%PDF-") and b"/Helvetica" in pdf
    assert reference_format(invoiced.reference).encode() in pdf  # "10 00012"
    assert b"72,50 EUR" in pdf and b"(Viitenumero)" not in pdf and b"(Viite)" in pdf


# The bank's files -------------------------------------------------------------------------


def test_the_samples_are_read_by_the_format_module(invoiced):
    assert [p.reference for p in read_bank_file(ktl(("1000012", 7250, "A1")))] == ["1000012"]
    assert read_bank_file(camt((invoiced.rf_reference, 7250, "C1")))[0].amount_cents == 7250


def test_a_full_payment_by_reference_pays_the_invoice_once(invoiced, agent):
    data = ktl((invoiced.reference, 7250, "260312ARCH000001"), ("1357914", 4500, "260312ARCH02"))
    result = bank_file_import(data=data, by=agent)
    assert (result.matched, result.unmatched, result.already) == (1, 1, 0)
    assert [p.reference for p in result.unmatched_payments] == ["1357914"]
    invoiced.refresh_from_db()
    order = invoiced.order
    order.refresh_from_db()
    assert invoiced.status == Invoice.Status.PAID and invoiced.paid_cents == 7250
    assert order.status == Order.Status.PAID and order.paid_cents == 7250
    payment = Payment.objects.get(order=order)
    assert (payment.method, payment.external_id) == ("bank", "260312ARCH000001")
    assert CaseEvent.objects.filter(case=order.case, data__action="paid").count() == 1
    again = bank_file_import(data=data, by=agent)
    assert (again.matched, again.unmatched, again.already) == (0, 0, 2)
    assert BankPayment.objects.count() == 2 and Payment.objects.count() == 1


def test_a_partial_payment_by_rf_reference_leaves_the_invoice_open(invoiced, agent):
    first = bank_file_import(data=camt((invoiced.rf_reference, 5000, "C-1")), by=agent)
    assert first.matched == 1
    invoiced.refresh_from_db()
    assert invoiced.status == Invoice.Status.OPEN and invoiced.paid_cents == 5000
    assert invoiced.order.status == Order.Status.INVOICED
    bank_file_import(data=camt((invoiced.rf_reference, 2250, "C-2")), by=agent)
    invoiced.refresh_from_db()
    assert invoiced.status == Invoice.Status.PAID and invoiced.paid_cents == 7250


def test_an_unmatched_payment_is_matched_by_a_person(invoiced, agent):
    result = bank_file_import(data=camt(("1357914", 7250, "C-9")), by=agent)
    (kept,) = result.unmatched_payments
    assert kept.invoice is None and kept.payer_name == "Åsa Öberg"
    bank_payment_match(bank_payment=kept, invoice=invoiced, by=agent)
    invoiced.refresh_from_db()
    assert invoiced.status == Invoice.Status.PAID
    with pytest.raises(ValidationError, match="matched to an invoice already"):
        bank_payment_match(bank_payment=kept, invoice=invoiced, by=agent)


def test_a_bad_file_imports_nothing(invoiced, agent):
    data = ktl((invoiced.reference, 7250, "A1")).replace(
        b"9000001" + b"00000007250", b"9000001" + b"00000007251"
    )
    with pytest.raises(ValidationError, match="do not match"):
        bank_file_import(data=data, by=agent)
    with pytest.raises(ValidationError, match="neither a camt"):
        bank_file_import(data=b"hello", by=agent)
    assert not BankPayment.objects.exists()
    invoiced.refresh_from_db()
    assert invoiced.status == Invoice.Status.OPEN


def test_lines_with_the_city_s_ledger_codes_and_no_vat_are_invoiced(point, agent, clock, seller):
    """The ledger's VAT codes (ALV255, VEROTON) are the city's: Finvoice gets the standard
    category for a rate above zero and "outside the scope" for an authority's fee."""
    fee = product_priced(cents=3000, vat="0.0", code="ARKISTO", name="Arkistokopio")
    card = product_priced(cents=6000, vat="25.5", code="KORTTI", name="Kortti")
    VatRate.objects.filter(product=fee).update(vat_code="VEROTON")
    VatRate.objects.filter(product=card).update(vat_code="ALV255")
    invoice = order_invoice(order=_order(point, agent, fee, card), buyer=BUYER, by=agent)
    content = invoice_finvoice(invoice)
    xmlschema.XMLSchema(XSD).validate(content)
    assert b"<RowVatCode>O</RowVatCode>" in content and b"<RowVatCode>S</RowVatCode>" in content
