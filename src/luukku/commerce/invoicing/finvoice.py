"""Finvoice 3.0 export of an invoice to the city's financial system: the invoice as plain
dataclasses, checked first (a translated InvoicingError, nothing written) and then written as
the Finvoice 3.0 XML message of Finance Finland (Finanssiala), in the element order of its
schema (schema/Finvoice3.0.xsd, "Modified 30.11.2020"), UTF-8.

Prices are entered with VAT included, as they are shown at the counter: a row's total is its
quantity times the unit price (to the cent, halves up); its VAT is taken out of that total
(total × rate / (100 + rate), to the cent) and the VAT-free amount is what remains. The
totals per VAT rate and of the invoice are sums of the rows, so the rows always add up.
Amounts are written with a decimal comma and AmountCurrencyIdentifier, as the schema asks.
The virtual bank barcode goes into the Finvoice element meant for it (VirtualBankBarcode),
the payment details into EpiDetails."""

import datetime as dt
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from xml.etree import ElementTree as ET

from django.utils.translation import gettext as _
from stdnum import bic as stdnum_bic
from stdnum import iban as stdnum_iban
from stdnum.fi import ytunnus

from luukku.commerce.invoicing.barcode import MAX_CENTS, virtual_barcode
from luukku.commerce.invoicing.errors import InvoicingError
from luukku.commerce.invoicing.references import reference_clean

CENT = Decimal(1)
# UNTDID 5305 VAT category codes of EN 16931: standard rate, zero rated, exempt, reverse
# charge, intra-community supply, export, outside the scope of VAT.
VAT_CODES = {"S", "Z", "E", "AE", "K", "G", "O"}
LANGUAGES = {"fi": "LASKU", "sv": "FAKTURA", "en": "INVOICE"}
INVOICE_TYPE = "INV01"  # an invoice (INV02 would be a credit note)
SCHEMA = "Finvoice3.0.xsd"


@dataclass(frozen=True)
class InvoiceParty:
    """The seller or the buyer: a name and a postal address (a person or an organisation)."""

    name: str
    street: str
    postal_code: str
    town: str
    country_code: str = "FI"
    business_id: str = ""  # Y-tunnus, for organisations
    email: str = ""


@dataclass(frozen=True)
class InvoiceRow:
    """One row: quantity × unit price, the unit price in cents with VAT included."""

    article_name: str
    article_code: str
    quantity: Decimal
    unit_price_cents: int
    vat_percent: Decimal
    vat_code: str = "S"  # UNTDID 5305 (VAT_CODES)
    unit_code: str = "C62"  # UN/ECE Recommendation 20: C62 "one", H87 "piece", HUR "hour"

    @property
    def total_cents(self) -> int:
        """The row's amount with VAT."""
        return int((Decimal(self.quantity) * self.unit_price_cents).quantize(CENT, ROUND_HALF_UP))

    @property
    def vat_cents(self) -> int:
        rate = Decimal(self.vat_percent)
        return int((self.total_cents * rate / (100 + rate)).quantize(CENT, ROUND_HALF_UP))

    @property
    def vat_excluded_cents(self) -> int:
        return self.total_cents - self.vat_cents


@dataclass(frozen=True)
class VatTotal:
    """The rows of one VAT rate and code added up."""

    vat_percent: Decimal
    vat_code: str
    vat_excluded_cents: int
    vat_cents: int

    @property
    def total_cents(self) -> int:
        return self.vat_excluded_cents + self.vat_cents


@dataclass(frozen=True)
class InvoiceDocument:
    """An invoice to one buyer, paid to the seller's account with reference by due_date."""

    number: str
    date: dt.date
    due_date: dt.date
    seller: InvoiceParty
    seller_iban: str
    seller_bic: str
    buyer: InvoiceParty
    reference: str  # a national reference number or an RF creditor reference
    rows: tuple[InvoiceRow, ...]
    seller_contact_name: str = ""
    seller_contact_phone: str = ""
    currency: str = "EUR"
    notes: tuple[str, ...] = ()
    language: str = "fi"  # the buyer's: fi, sv or en
    payment_terms: str = ""

    @property
    def vat_totals(self) -> tuple[VatTotal, ...]:
        """The rows added up per VAT rate and code, the lowest rate first."""
        groups: dict[tuple[Decimal, str], list[InvoiceRow]] = {}
        for row in self.rows:
            groups.setdefault((Decimal(row.vat_percent), row.vat_code), []).append(row)
        return tuple(
            VatTotal(
                percent,
                code,
                sum(row.vat_excluded_cents for row in rows),
                sum(row.vat_cents for row in rows),
            )
            for (percent, code), rows in sorted(groups.items(), key=lambda item: item[0])
        )

    @property
    def total_cents(self) -> int:
        return sum(row.total_cents for row in self.rows)

    @property
    def vat_cents(self) -> int:
        return sum(total.vat_cents for total in self.vat_totals)

    @property
    def vat_excluded_cents(self) -> int:
        return self.total_cents - self.vat_cents


# Checking ---------------------------------------------------------------------------------


def _text(value: str, low: int, high: int, message: str) -> None:
    if not isinstance(value, str) or not low <= len(value.strip()) <= high:
        raise InvoicingError(message)


def _party_messages(seller: bool) -> dict[str, str]:
    """Whole sentences for each party (a translation cannot be built from pieces)."""
    if seller:
        return {
            "name": _("The seller's name must be 2–70 characters."),
            "address": _("The seller's address is incomplete or too long."),
            "country": _("The seller's country must be a two-letter code."),
            "business_id": _("The seller's business ID is not valid."),
            "email": _("The seller's e-mail address is too long."),
        }
    return {
        "name": _("The buyer's name must be 2–70 characters."),
        "address": _("The buyer's address is incomplete or too long."),
        "country": _("The buyer's country must be a two-letter code."),
        "business_id": _("The buyer's business ID is not valid."),
        "email": _("The buyer's e-mail address is too long."),
    }


def _check_party(party: InvoiceParty, seller: bool) -> None:
    messages = _party_messages(seller)
    _text(party.name, 2, 70, messages["name"])
    for value in (party.street, party.postal_code, party.town):
        _text(value, 2, 35, messages["address"])
    if not re.fullmatch(r"[A-Z]{2}", party.country_code or ""):
        raise InvoicingError(messages["country"])
    if party.business_id and not ytunnus.is_valid(party.business_id):
        raise InvoicingError(messages["business_id"])
    _text(party.email, 0, 70, messages["email"])


def _number(value) -> Decimal | None:
    """value as a finite Decimal (from a Decimal, an int or a string), or None."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _check_row(row: InvoiceRow) -> None:
    name = {"name": row.article_name}
    _text(row.article_name, 1, 100, _("Every row needs a name of at most 100 characters."))
    _text(row.article_code, 0, 70, _("The article code on row “%(name)s” is too long.") % name)
    if not isinstance(row.unit_price_cents, int) or isinstance(row.unit_price_cents, bool):
        raise InvoicingError(_("An amount must be a whole number of cents."))
    quantity = _number(row.quantity)
    if row.unit_price_cents < 0 or quantity is None or quantity <= 0:
        raise InvoicingError(
            _("Row “%(name)s” must have a positive quantity and a price of zero or more.") % name
        )
    percent = _number(row.vat_percent)
    if (
        row.vat_code not in VAT_CODES
        or percent is None
        or not 0 <= percent < 100
        or -percent.as_tuple().exponent > 4
    ):
        raise InvoicingError(_("The VAT on row “%(name)s” is not valid.") % name)
    if (row.vat_code == "S") != (percent > 0):
        raise InvoicingError(
            _("On row “%(name)s” only the standard VAT code S has a VAT rate above zero.") % name
        )
    if not re.fullmatch(r"[A-Z0-9]{2,3}", row.unit_code):
        raise InvoicingError(_("The unit on row “%(name)s” is not valid.") % name)


def _check_payment(doc: InvoiceDocument) -> None:
    if not stdnum_iban.is_valid(doc.seller_iban or ""):
        raise InvoicingError(_("%(iban)s is not a valid IBAN.") % {"iban": doc.seller_iban})
    if not stdnum_bic.is_valid(doc.seller_bic or ""):
        raise InvoicingError(_("%(bic)s is not a valid BIC.") % {"bic": doc.seller_bic})
    reference_clean(doc.reference)
    if doc.currency != "EUR":
        raise InvoicingError(_("Invoices are made in euros only."))
    if doc.due_date < doc.date:
        raise InvoicingError(_("The due date cannot be before the invoice date."))
    if doc.total_cents <= 0:
        raise InvoicingError(_("The total of an invoice must be more than zero."))
    if doc.total_cents >= 10**15:
        raise InvoicingError(_("The total of the invoice is too large."))


def invoice_check(doc: InvoiceDocument) -> None:
    """Raise InvoicingError (translated) for the first thing that keeps doc from being sent."""
    _text(doc.number, 1, 20, _("An invoice number must be 1–20 characters."))
    if doc.language not in LANGUAGES:
        raise InvoicingError(_("An invoice is written in Finnish, Swedish or English."))
    _check_party(doc.seller, seller=True)
    _check_party(doc.buyer, seller=False)
    if not doc.rows:
        raise InvoicingError(_("An invoice needs at least one row."))
    for row in doc.rows:
        _check_row(row)
    for note in doc.notes:
        _text(note, 1, 512, _("A note on an invoice can have at most 512 characters."))
    _text(doc.payment_terms, 0, 70, _("The payment terms can have at most 70 characters."))
    _text(doc.seller_contact_name, 0, 70, _("The seller's contact name is too long."))
    _text(doc.seller_contact_phone, 0, 35, _("The seller's phone number is too long."))
    _check_payment(doc)


# Writing ----------------------------------------------------------------------------------


def _money(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100},{abs(cents) % 100:02d}"


def _decimal(value: Decimal, places: int = 4) -> str:
    """A decimal with a decimal comma and no trailing zeros (25.50 → 25,5; 24.0 → 24)."""
    text = format(Decimal(value).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _unit_price(cents: Decimal) -> str:
    """A unit price in euros with 2–5 decimals (the schema's unitAmountType)."""
    euros = (Decimal(cents) / 100).quantize(Decimal("0.00001"), ROUND_HALF_UP)
    whole, decimals = format(euros, "f").split(".")
    return f"{whole},{decimals.rstrip('0').ljust(2, '0')}"


def _add(parent: ET.Element, tag: str, text: str | None = None, **attributes) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    if text is not None:
        element.text = text
    return element


def _amount(parent: ET.Element, tag: str, cents: int, currency: str) -> None:
    _add(parent, tag, _money(cents), AmountCurrencyIdentifier=currency)


def _date(parent: ET.Element, tag: str, day: dt.date) -> None:
    _add(parent, tag, day.strftime("%Y%m%d"), Format="CCYYMMDD")


def _address(parent: ET.Element, prefix: str, party: InvoiceParty) -> None:
    address = _add(parent, f"{prefix}PostalAddressDetails")
    _add(address, f"{prefix}StreetName", party.street.strip())
    _add(address, f"{prefix}TownName", party.town.strip())
    _add(address, f"{prefix}PostCodeIdentifier", party.postal_code.strip())
    _add(address, "CountryCode", party.country_code)


def _seller(root: ET.Element, doc: InvoiceDocument) -> None:
    seller = doc.seller
    details = _add(root, "SellerPartyDetails")
    if seller.business_id:
        _add(details, "SellerPartyIdentifier", ytunnus.format(seller.business_id))
    _add(details, "SellerOrganisationName", seller.name.strip())
    _address(details, "Seller", seller)
    if doc.seller_contact_name:
        _add(root, "SellerContactPersonName", doc.seller_contact_name)
    if doc.seller_contact_phone or seller.email:
        communication = _add(root, "SellerCommunicationDetails")
        if doc.seller_contact_phone:
            _add(communication, "SellerPhoneNumberIdentifier", doc.seller_contact_phone)
        if seller.email:
            _add(communication, "SellerEmailaddressIdentifier", seller.email)
    information = _add(root, "SellerInformationDetails")
    account = _add(information, "SellerAccountDetails")
    _add(
        account,
        "SellerAccountID",
        stdnum_iban.compact(doc.seller_iban),
        IdentificationSchemeName="IBAN",
    )
    _add(account, "SellerBic", stdnum_bic.compact(doc.seller_bic), IdentificationSchemeName="BIC")


def _buyer(root: ET.Element, doc: InvoiceDocument) -> None:
    buyer = doc.buyer
    _add(root, "InvoiceRecipientLanguageCode", doc.language.upper())
    details = _add(root, "BuyerPartyDetails")
    if buyer.business_id:
        _add(details, "BuyerPartyIdentifier", ytunnus.format(buyer.business_id))
    _add(details, "BuyerOrganisationName", buyer.name.strip())
    _address(details, "Buyer", buyer)
    if buyer.email:
        communication = _add(root, "BuyerCommunicationDetails")
        _add(communication, "BuyerEmailaddressIdentifier", buyer.email)


def _invoice_details(root: ET.Element, doc: InvoiceDocument) -> None:
    details = _add(root, "InvoiceDetails")
    _add(details, "InvoiceTypeCode", INVOICE_TYPE)
    _add(details, "InvoiceTypeText", LANGUAGES[doc.language])
    _add(details, "OriginCode", "Original")
    _add(details, "InvoiceNumber", doc.number.strip())
    _date(details, "InvoiceDate", doc.date)
    _amount(details, "InvoiceTotalVatExcludedAmount", doc.vat_excluded_cents, doc.currency)
    _amount(details, "InvoiceTotalVatAmount", doc.vat_cents, doc.currency)
    _amount(details, "InvoiceTotalVatIncludedAmount", doc.total_cents, doc.currency)
    for total in doc.vat_totals:
        vat = _add(details, "VatSpecificationDetails")
        _amount(vat, "VatBaseAmount", total.vat_excluded_cents, doc.currency)
        _add(vat, "VatRatePercent", _decimal(total.vat_percent))
        _add(vat, "VatCode", total.vat_code)
        _amount(vat, "VatRateAmount", total.vat_cents, doc.currency)
    for note in doc.notes:
        _add(details, "InvoiceFreeText", note)
    terms = _add(details, "PaymentTermsDetails")
    if doc.payment_terms:
        _add(terms, "PaymentTermsFreeText", doc.payment_terms)
    _date(terms, "InvoiceDueDate", doc.due_date)


def _row(root: ET.Element, row: InvoiceRow, currency: str) -> None:
    element = _add(root, "InvoiceRow")
    if row.article_code:
        _add(element, "ArticleIdentifier", row.article_code)
    _add(element, "ArticleName", row.article_name.strip())
    _add(element, "InvoicedQuantity", _decimal(row.quantity), QuantityUnitCodeUN=row.unit_code)
    rate = Decimal(row.vat_percent)
    net_price = Decimal(row.unit_price_cents) * 100 / (100 + rate)
    _add(element, "UnitPriceAmount", _unit_price(net_price), AmountCurrencyIdentifier=currency)
    _add(
        element,
        "UnitPriceVatIncludedAmount",
        _unit_price(Decimal(row.unit_price_cents)),
        AmountCurrencyIdentifier=currency,
    )
    _add(element, "RowVatRatePercent", _decimal(rate))
    _add(element, "RowVatCode", row.vat_code)
    _amount(element, "RowVatAmount", row.vat_cents, currency)
    _amount(element, "RowVatExcludedAmount", row.vat_excluded_cents, currency)
    _amount(element, "RowAmount", row.total_cents, currency)


def _epi_details(root: ET.Element, doc: InvoiceDocument) -> None:
    reference = reference_clean(doc.reference)
    epi = _add(root, "EpiDetails")
    identification = _add(epi, "EpiIdentificationDetails")
    _date(identification, "EpiDate", doc.date)
    _add(identification, "EpiReference", "")
    parties = _add(epi, "EpiPartyDetails")
    bank = _add(parties, "EpiBfiPartyDetails")
    _add(
        bank, "EpiBfiIdentifier", stdnum_bic.compact(doc.seller_bic), IdentificationSchemeName="BIC"
    )
    beneficiary = _add(parties, "EpiBeneficiaryPartyDetails")
    _add(beneficiary, "EpiNameAddressDetails", " ".join(doc.seller.name.split())[:35])
    if doc.seller.business_id:
        _add(beneficiary, "EpiBei", ytunnus.format(doc.seller.business_id))
    _add(
        beneficiary,
        "EpiAccountID",
        stdnum_iban.compact(doc.seller_iban),
        IdentificationSchemeName="IBAN",
    )
    payment = _add(epi, "EpiPaymentInstructionDetails")
    scheme = "ISO" if reference.startswith("RF") else "SPY"
    _add(payment, "EpiRemittanceInfoIdentifier", reference, IdentificationSchemeName=scheme)
    _add(
        payment,
        "EpiInstructedAmount",
        _money(doc.total_cents),
        AmountCurrencyIdentifier=doc.currency,
    )
    _add(payment, "EpiCharge", "SLEV", ChargeOption="SLEV")
    _date(payment, "EpiDateOptionDate", doc.due_date)


def _barcode(doc: InvoiceDocument) -> str | None:
    """The virtual barcode when one can be made (a Finnish account, at most 999 999,99 €)."""
    if not doc.seller_iban.strip().upper().startswith("FI") or doc.total_cents > MAX_CENTS:
        return None
    return virtual_barcode(doc.seller_iban, doc.total_cents, doc.reference, doc.due_date)


def finvoice_xml(doc: InvoiceDocument) -> bytes:
    """The invoice as a Finvoice 3.0 message (UTF-8 bytes); InvoicingError, with nothing
    written, when the invoice cannot be sent (invoice_check)."""
    invoice_check(doc)
    root = ET.Element(
        "Finvoice",
        {
            "Version": "3.0",
            "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
            "xsi:noNamespaceSchemaLocation": SCHEMA,
        },
    )
    _seller(root, doc)
    _buyer(root, doc)
    _invoice_details(root, doc)
    barcode = _barcode(doc)
    if barcode:
        _add(root, "VirtualBankBarcode", barcode)
    for row in doc.rows:
        _row(root, row, doc.currency)
    _epi_details(root, doc)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
