"""Invoices: an order invoiced to the buyer given (numbered without gaps, with a national
reference and its RF form), its document for the PDF and the Finvoice export, and the bank's
files of incoming payments matched to the open invoices by reference (docs/commerce.md,
"Invoices")."""

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from stdnum.fi import ytunnus

from luukku.core.locks import in_transaction, row_created, row_lock
from luukku.organisation.models import Organisation
from luukku.privacy.services import access_log_record

from ..hooks import order_cancelled, order_settled
from ..invoicing import InvoicingError
from ..invoicing.bankfile import IncomingPayment, read_bank_file
from ..invoicing.finvoice import (
    InvoiceDocument,
    InvoiceParty,
    InvoiceRow,
    finvoice_xml,
    invoice_check,
)
from ..invoicing.references import finnish_reference, reference_compact, rf_reference
from ..models import BankPayment, CustomerGroup, Invoice, Order, Payment
from .orders import order_event
from .receipts import number_next

INVOICE_SERIES = "invoice"
# The reference's base: 1 and the invoice number with zeros to five digits (invoice 42 is
# 100042 and its check digit), so that every reference has at least seven digits.
REFERENCE_PREFIX = "1"
BUSINESS_GROUPS = (CustomerGroup.COMPANY, CustomerGroup.ASSOCIATION)
ADDRESS = re.compile(r"^\s*(?P<street>.+?),\s*(?P<postal_code>\d{5})\s+(?P<town>.+?)\s*$")


@dataclass(frozen=True)
class Buyer:
    """Whom an invoice goes to, as given for it."""

    name: str
    street: str
    postal_code: str
    town: str
    business_id: str = ""
    email: str = ""


def invoice_reference(number: int) -> str:
    """The national reference of invoice `number`."""
    return finnish_reference(f"{REFERENCE_PREFIX}{number:05d}")


def _buyer_clean(buyer: Buyer, group: str) -> Buyer:
    errors: dict[str, str] = {}
    name, street, town = (" ".join(v.split()) for v in (buyer.name, buyer.street, buyer.town))
    if not 2 <= len(name) <= 70:
        errors["name"] = _("Enter the buyer's name (2–70 characters).")
    if not 2 <= len(street) <= 35:
        errors["street"] = _("Enter the street address (2–35 characters).")
    postal_code = buyer.postal_code.strip()
    if not re.fullmatch(r"\d{5}", postal_code):
        errors["postal_code"] = _("Enter a Finnish postal code of five digits.")
    if not 2 <= len(town) <= 35:
        errors["town"] = _("Enter the post office (2–35 characters).")
    business_id = buyer.business_id.strip()
    if business_id and not ytunnus.is_valid(business_id):
        errors["business_id"] = _("Enter a valid Finnish business ID (Y-tunnus), e.g. 0123456-7.")
    elif not business_id and group in BUSINESS_GROUPS:
        errors["business_id"] = _("A company or an association is invoiced by its business ID.")
    email = buyer.email.strip()
    if email:
        try:
            validate_email(email)
        except ValidationError:
            errors["email"] = _("Enter a valid e-mail address.")
        if len(email) > 70:
            errors["email"] = _("The e-mail address can have at most 70 characters.")
    if errors:
        raise ValidationError(errors)
    if business_id:
        business_id = ytunnus.format(business_id)
    return Buyer(name, street, postal_code, town, business_id, email)


def buyer_initial(order: Order) -> dict:
    """The buyer's details to offer for an order: its customer's, or the contact given."""
    customer = order.customer
    if customer is None:
        return {"name": order.contact_name, "email": order.contact_email}
    return {
        "name": customer.display_name,
        "street": customer.street_address,
        "postal_code": customer.postal_code,
        "town": customer.post_office,
        "business_id": customer.business_id,
        "email": customer.email or order.contact_email,
    }


@in_transaction
def order_invoice(
    *,
    order: Order,
    buyer: Buyer,
    due_days: int | None = None,
    by=None,
    now: dt.datetime | None = None,
) -> Invoice:
    """Invoice a draft or open order to `buyer`: the next number of the series, its
    reference, the due date `due_days` days on; the order is then invoiced."""
    now = now or timezone.now()
    due_days = settings.COMMERCE_INVOICE_DUE_DAYS if due_days is None else due_days
    order = row_lock(Order, order.pk)
    if order.status not in (Order.Status.DRAFT, Order.Status.OPEN):
        raise ValidationError(_("Only an order waiting for payment can be invoiced."))
    if not order.lines.exists() or order.balance_cents <= 0:
        raise ValidationError(_("Add at least one product to the order."))
    if not 1 <= due_days <= 90:
        raise ValidationError({"due_days": _("The invoice falls due in 1–90 days.")})
    buyer = _buyer_clean(buyer, order.group)
    issued_on = timezone.localdate(now)
    invoice = Invoice(
        order=order,
        number=0,
        status=Invoice.Status.OPEN,
        issued_on=issued_on,
        due_on=issued_on + dt.timedelta(days=due_days),
        amount_cents=order.balance_cents,
        buyer=buyer.__dict__.copy(),
    )
    try:  # checked as the Finvoice message will be, before a number is taken
        invoice_check(_document(invoice, order, reference=invoice_reference(1)))
    except InvoicingError as error:
        raise ValidationError(str(error)) from error
    invoice.number = number_next(INVOICE_SERIES)
    invoice.reference = invoice_reference(invoice.number)
    invoice.rf_reference = rf_reference(invoice.reference)
    invoice.save(force_insert=True)
    row_created(invoice)
    order.status = Order.Status.INVOICED
    order.placed_at = order.placed_at or now
    order.save(update_fields=["status", "placed_at", "updated_at"])
    order_settled(order, by=by, now=now)
    order_event(order, "invoiced", by=by, now=now, amount_cents=invoice.amount_cents)
    access_log_record(
        actor=by,
        action="create",
        context="invoice_issue",
        customer=order.customer,
        fields=["buyer"],
    )
    return invoice


@in_transaction
def invoice_credit(*, order: Order, by=None, now: dt.datetime | None = None) -> Invoice:
    """Credit what is still open on the order's invoice (what it paid for was cancelled):
    the invoice is cancelled, so a bank payment on its reference is no longer matched. An
    order nothing was paid on is cancelled; a part paid stays on the order, to refund."""
    now = now or timezone.now()
    order = row_lock(Order, order.pk)
    invoice = Invoice.objects.filter(order=order).first()
    if order.status != Order.Status.INVOICED or invoice is None:
        raise ValidationError(_("The order has no open invoice."))
    invoice = row_lock(Invoice, invoice.pk)
    if invoice.status != Invoice.Status.OPEN:
        raise ValidationError(_("The invoice is paid or cancelled already."))
    credited = invoice.amount_cents - invoice.paid_cents
    invoice.status = Invoice.Status.CANCELLED
    invoice.save(update_fields=["status"])
    if order.paid_cents:
        order.status = Order.Status.PAID
        order.paid_at = now
        order.save(update_fields=["status", "paid_at", "updated_at"])
    else:
        order.status = Order.Status.CANCELLED
        order.cancelled_at = now
        order.save(update_fields=["status", "cancelled_at", "updated_at"])
        order.parts.filter(status="waiting").update(status="cancelled")
        order_cancelled(order, by=by, now=now)
    order_event(order, "credited", by=by, now=now, amount_cents=credited)
    return invoice


# The document ------------------------------------------------------------------------------


def seller_party() -> InvoiceParty:
    """The city as the seller: its name and business ID, the invoicing office's address."""
    own = Organisation.objects.filter(is_own=True).first()
    address = ADDRESS.match(settings.COMMERCE_INVOICE_ADDRESS)
    parts = address.groupdict() if address else {"street": "", "postal_code": "", "town": ""}
    return InvoiceParty(
        name=own.name if own else "",
        business_id=own.business_id if own else "",
        email=settings.COMMERCE_INVOICE_EMAIL,
        **parts,
    )


def _vat_category(percent) -> str:
    """The line's EN 16931 VAT category for Finvoice (the line's own `vat_code` is the
    city's ledger code): standard rated above zero, otherwise outside the scope of VAT (an
    authority's fee, a deposit)."""
    return "S" if percent > 0 else "O"


def _document(invoice: Invoice, order: Order, *, reference: str) -> InvoiceDocument:
    buyer = Buyer(**invoice.buyer)
    rows = tuple(
        InvoiceRow(
            article_name=line.name,
            article_code=line.product.code,
            quantity=Decimal(line.quantity),
            unit_price_cents=line.unit_price_cents,
            vat_percent=line.vat_percent,
            vat_code=_vat_category(line.vat_percent),
        )
        for line in order.lines.select_related("product")
    )
    return InvoiceDocument(
        number=str(invoice.number),
        date=invoice.issued_on,
        due_date=invoice.due_on,
        seller=seller_party(),
        seller_iban=settings.COMMERCE_IBAN,
        seller_bic=settings.COMMERCE_BIC,
        buyer=InvoiceParty(
            name=buyer.name,
            street=buyer.street,
            postal_code=buyer.postal_code,
            town=buyer.town,
            business_id=buyer.business_id,
            email=buyer.email,
        ),
        reference=reference,
        rows=rows,
        seller_contact_phone=settings.COMMERCE_INVOICE_PHONE,
        notes=(_("Order %(number)s") % {"number": order.number},),
        language=order.language if order.language in ("fi", "sv", "en") else "fi",
    )


def invoice_document(invoice: Invoice) -> InvoiceDocument:
    """The invoice as the formats take it (Finvoice, the PDF)."""
    return _document(invoice, invoice.order, reference=invoice.reference)


def invoice_finvoice(invoice: Invoice, *, now: dt.datetime | None = None) -> bytes:
    """The invoice's Finvoice 3.0 message, and the invoice marked exported (the first time)."""
    try:
        content = finvoice_xml(invoice_document(invoice))
    except InvoicingError as error:
        raise ValidationError(str(error)) from error
    if invoice.exported_at is None:
        invoice.exported_at = now or timezone.now()
        Invoice.objects.filter(pk=invoice.pk, exported_at__isnull=True).update(
            exported_at=invoice.exported_at
        )
    return content


# Payments from the bank --------------------------------------------------------------------


@dataclass
class ImportResult:
    """What a bank file brought: payments matched to an invoice, kept for a person to
    match, and those imported before (a file read twice changes nothing)."""

    matched: int = 0
    unmatched: int = 0
    already: int = 0
    unmatched_payments: list[BankPayment] = field(default_factory=list)


def _open_invoice(reference: str) -> Invoice | None:
    return (
        Invoice.objects.filter(Q(reference=reference) | Q(rf_reference=reference))
        .filter(status=Invoice.Status.OPEN)
        .first()
    )


def _apply(bank_payment: BankPayment, invoice: Invoice, by, now: dt.datetime) -> None:
    """The bank payment on the invoice: a Payment by bank on its order, and the invoice and
    the order paid once the payments reach the amount."""
    order = row_lock(Order, invoice.order_id)
    invoice = row_lock(Invoice, invoice.pk)
    if invoice.status != Invoice.Status.OPEN:
        raise ValidationError(_("The invoice is paid or cancelled already."))
    # Claimed by an update of the unmatched row: two people matching it at once, one wins.
    claimed = BankPayment.objects.filter(pk=bank_payment.pk, invoice__isnull=True).update(
        invoice=invoice
    )
    if not claimed:
        raise ValidationError(_("This payment is matched to an invoice already."))
    bank_payment.invoice = invoice
    Payment.objects.create(
        order=order,
        method=Payment.Method.BANK,
        amount_cents=bank_payment.amount_cents,
        external_id=bank_payment.archive_id,
        at=now,
        by=by,
    )
    invoice.paid_cents += bank_payment.amount_cents
    order.paid_cents += bank_payment.amount_cents
    fields = ["paid_cents", "updated_at"]
    if invoice.paid_cents >= invoice.amount_cents:
        invoice.status = Invoice.Status.PAID
        order.status = Order.Status.PAID
        order.paid_at = now
        fields += ["status", "paid_at"]
    invoice.save(update_fields=["paid_cents", "status"])
    order.save(update_fields=fields)
    if invoice.status == Invoice.Status.PAID:
        order_settled(order, by=by, now=now)
        order_event(order, "paid", by=by, now=now, amount_cents=invoice.paid_cents, method="bank")


@in_transaction
def _payment_import(payment: IncomingPayment, by, now: dt.datetime) -> str:
    """One payment of the file, once: "already", "matched" or "unmatched"."""
    if BankPayment.objects.filter(archive_id=payment.archive_id).exists():
        return "already"
    invoice = _open_invoice(payment.reference) if payment.amount_cents > 0 else None
    try:  # the same file read at the same moment by another: the first one imports it
        with transaction.atomic():
            bank_payment = BankPayment.objects.create(
                archive_id=payment.archive_id,
                reference=payment.reference,
                amount_cents=payment.amount_cents,
                booked_on=payment.booking_date,
                payer_name=payment.payer_name[:200],
                imported_at=now,
            )
    except IntegrityError:
        return "already"
    if invoice is None:
        return "unmatched"
    _apply(bank_payment, invoice, by, now)
    return "matched"


def bank_file_import(*, data: bytes, by=None, now: dt.datetime | None = None) -> ImportResult:
    """The payments of a bank file (camt.054 or the reference payment file), each once,
    matched to open invoices by reference. A file that cannot be read imports nothing
    (ValidationError with the format's translated message)."""
    now = now or timezone.now()
    try:
        payments = read_bank_file(data)
    except InvoicingError as error:
        raise ValidationError(str(error)) from error
    if any(not p.archive_id for p in payments):
        raise ValidationError(
            _("A payment in the bank file has no archive reference; nothing was imported.")
        )
    result = ImportResult()
    for payment in payments:  # each a write of its own: one payment, one order, one case
        outcome = _payment_import(payment, by, now)
        setattr(result, outcome, getattr(result, outcome) + 1)
    result.unmatched_payments = list(
        BankPayment.objects.filter(
            invoice__isnull=True, archive_id__in=[p.archive_id for p in payments]
        )
    )
    return result


@in_transaction
def bank_payment_match(
    *, bank_payment: BankPayment, invoice: Invoice, by, now: dt.datetime | None = None
) -> BankPayment:
    """A payment the file could not match, matched by a person to an open invoice."""
    now = now or timezone.now()
    if bank_payment.amount_cents <= 0:
        raise ValidationError(_("A reversed payment cannot be matched to an invoice."))
    if BankPayment.objects.filter(pk=bank_payment.pk, invoice__isnull=False).exists():
        raise ValidationError(_("This payment is matched to an invoice already."))
    _apply(bank_payment, invoice, by, now)
    return bank_payment


def reference_lookup(value: str) -> Invoice | None:
    """The invoice with this number, national reference or RF reference (as typed)."""
    compact = reference_compact(value)
    if compact.isdigit() and len(compact) <= 9:
        found = Invoice.objects.filter(number=int(compact)).first()
        if found is not None:
            return found
    return Invoice.objects.filter(Q(reference=compact) | Q(rf_reference=compact)).first()
