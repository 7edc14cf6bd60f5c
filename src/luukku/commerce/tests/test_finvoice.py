"""Finvoice 3.0 export (invoicing.finvoice), validated against the official schema."""

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
import xmlschema
from django.utils import translation

from luukku.commerce.invoicing import InvoicingError
from luukku.commerce.invoicing import finvoice as module
from luukku.commerce.invoicing.finvoice import (
    InvoiceDocument,
    InvoiceParty,
    InvoiceRow,
    finvoice_xml,
    invoice_check,
)

XSD = Path(module.__file__).parent / "schema" / "Finvoice3.0.xsd"

SELLER = InvoiceParty(
    name="Esimerkkilän kaupunki, asiakaspalvelu",
    street="Kaupungintalonkatu 1",
    postal_code="00100",
    town="Esimerkkilä",
    business_id="0201256-6",
    email="asiakaspalvelu@esimerkkila.fi",
)
BUYER = InvoiceParty(
    name="Åsa Öberg",
    street="Rantatie 5 B 12",
    postal_code="00170",
    town="Helsinki",
    email="asa.oberg@example.fi",
)


def _invoice(**changes) -> InvoiceDocument:
    rows = (
        InvoiceRow("Kalastuslupa, vuosi", "KAL-1", Decimal(2), 4500, Decimal(0), "E"),
        InvoiceRow("Kartta A3", "KAR-3", Decimal(3), 1290, Decimal("25.5")),
        InvoiceRow("Kirja: Kaupungin historia", "KIR-7", Decimal(1), 3990, Decimal("13.5")),
        InvoiceRow("Kopiot", "KOP", Decimal("1.5"), 33, Decimal("25.5"), unit_code="H87"),
    )
    values = {
        "number": "2026-000123",
        "date": dt.date(2026, 12, 4),
        "due_date": dt.date(2026, 12, 18),
        "seller": SELLER,
        "seller_iban": "FI79 4405 2020 0360 82",
        "seller_bic": "OKOYFIHH",
        "buyer": BUYER,
        "reference": "86851 62596 19897",
        "rows": rows,
        "seller_contact_name": "Laskutus",
        "seller_contact_phone": "+358 9 123 4567",
        "notes": ("Kiitos asioinnista.",),
        "payment_terms": "14 päivää netto",
    }
    return InvoiceDocument(**{**values, **changes})


def test_the_totals_add_up_per_vat_rate():
    doc = _invoice()
    # 2 × 45,00 (exempt); 3 × 12,90 = 38,70 with 25,5 % (7,86); 39,90 with 13,5 % (4,75);
    # 1,5 × 0,33 = 0,495 → 0,50 with 25,5 % (0,10).
    assert [row.total_cents for row in doc.rows] == [9000, 3870, 3990, 50]
    assert [row.vat_cents for row in doc.rows] == [0, 786, 475, 10]
    assert [
        (t.vat_percent, t.vat_code, t.vat_excluded_cents, t.vat_cents) for t in doc.vat_totals
    ] == [
        (Decimal(0), "E", 9000, 0),
        (Decimal("13.5"), "S", 3515, 475),
        (Decimal("25.5"), "S", 3124, 796),
    ]
    assert (doc.total_cents, doc.vat_cents, doc.vat_excluded_cents) == (16910, 1271, 15639)


@pytest.mark.parametrize(
    "reference", ["86851 62596 19897", "RF09 8685 1625 9619 897"], ids=["national", "rf"]
)
def test_the_message_is_valid_finvoice_3_0(reference):
    xml = finvoice_xml(_invoice(reference=reference))
    xmlschema.XMLSchema(XSD).validate(xml.decode("utf-8"))
    root = ET.fromstring(xml)
    assert root.tag == "Finvoice" and root.get("Version") == "3.0"
    assert root.findtext("InvoiceDetails/InvoiceTotalVatIncludedAmount") == "169,10"
    total = root.find("InvoiceDetails/InvoiceTotalVatIncludedAmount")
    assert total.get("AmountCurrencyIdentifier") == "EUR"
    assert [e.text for e in root.iter("VatRatePercent")] == ["0", "13,5", "25,5"]
    assert root.findtext("BuyerPartyDetails/BuyerOrganisationName") == "Åsa Öberg"
    remittance = root.find("EpiDetails/EpiPaymentInstructionDetails/EpiRemittanceInfoIdentifier")
    assert remittance.text == reference.replace(" ", "")
    assert remittance.get("IdentificationSchemeName") == ("ISO" if "RF" in reference else "SPY")
    assert root.findtext("EpiDetails/EpiPaymentInstructionDetails/EpiDateOptionDate") == "20261218"
    barcode = root.findtext("VirtualBankBarcode")
    assert len(barcode) == 54 and barcode[0] == ("5" if "RF" in reference else "4")
    assert barcode[17:25] == "00016910" and barcode.endswith("261218")
    assert xml.startswith(b"<?xml version='1.0' encoding='utf-8'?>")


def test_a_large_invoice_has_no_barcode_but_is_valid():
    big = InvoiceRow("Tontti", "TON-1", Decimal(1), 125_000_000, Decimal(0), "O")
    xml = finvoice_xml(_invoice(rows=(big,)))
    xmlschema.XMLSchema(XSD).validate(xml.decode("utf-8"))
    assert ET.fromstring(xml).find("VirtualBankBarcode") is None


@pytest.mark.parametrize(
    "changes",
    [
        {"buyer": dataclasses.replace(BUYER, name="")},
        {"buyer": dataclasses.replace(BUYER, street=" ")},
        {"rows": (InvoiceRow("Maksu", "M", Decimal(1), -500, Decimal(0), "E"),)},
        {"rows": (InvoiceRow("Maksu", "M", Decimal(0), 500, Decimal(0), "E"),)},
        {"rows": (InvoiceRow("Maksu", "M", Decimal(1), 500, Decimal(0), "S"),)},
        {"rows": (InvoiceRow("Maksu", "M", Decimal(1), 500, Decimal(24), "XX"),)},
        {"rows": (InvoiceRow("Maksu", "M", None, 500, Decimal(0), "E"),)},
        {"rows": (InvoiceRow("Maksu", "M", Decimal(1), 500, 25.5, "S"),)},  # a float
        {"rows": (InvoiceRow("Maksu", "M", Decimal(1), 500, "NaN", "S"),)},
        {"rows": ()},
        {"reference": "86851 62596 19898"},
        {"seller_iban": "FI79 4405 2020 0360 83"},
        {"seller_bic": "OKOY"},
        {"seller": dataclasses.replace(SELLER, business_id="0201256-7")},
        {"currency": "SEK"},
        {"language": "de"},
        {"due_date": dt.date(2026, 12, 3)},
        {"number": ""},
    ],
)
def test_a_broken_invoice_is_refused_before_anything_is_written(changes, monkeypatch):
    written = []
    monkeypatch.setattr(module, "_seller", lambda *args: written.append(args))
    doc = _invoice(**changes)
    with pytest.raises(InvoicingError):
        invoice_check(doc)
    with pytest.raises(InvoicingError):
        finvoice_xml(doc)
    assert written == []


def test_the_errors_are_translated():
    doc = _invoice(buyer=dataclasses.replace(BUYER, name=""))
    with translation.override("fi"), pytest.raises(InvoicingError) as error:
        finvoice_xml(doc)
    assert str(error.value) == "Ostajan nimessä on oltava 2–70 merkkiä."
    negative = InvoiceRow("Maksu", "M", Decimal(1), -500, Decimal(0), "E")
    with translation.override("sv"), pytest.raises(InvoicingError) as error:
        finvoice_xml(_invoice(rows=(negative,)))
    assert str(error.value).startswith("Raden ”Maksu”")
