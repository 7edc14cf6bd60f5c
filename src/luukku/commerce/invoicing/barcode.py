"""The Finnish virtual bank barcode (virtuaaliviivakoodi) of Finance Finland's Bank bar code
guide (Pankkiviivakoodi-opas, version 5.3): 54 digits, version 4 for a national reference
number and version 5 for an RF creditor reference, and its printable Code 128 (set C) image.

Version 4: 4, the IBAN's 16 digits, euros (6), cents (2), 000, the reference (20, zeros in
front), the due date (YYMMDD, 000000 when none). Version 5: 5, IBAN (16), euros (6), cents
(2), the RF check digits (2), the RF reference's own part (21, zeros in front), due date."""

import datetime as dt

from barcode import Code128
from barcode.writer import SVGWriter
from django.utils.translation import gettext as _
from stdnum import iban as stdnum_iban

from luukku.commerce.invoicing.errors import InvoicingError
from luukku.commerce.invoicing.references import reference_clean

MAX_CENTS = 99_999_999  # 999 999,99 €: six digits of euros
CODE_LENGTH = 54
# The guide's print rules: modules of at least 0.25 mm, bars at least 10 mm high, and a
# quiet zone of at least 6.4 mm on either side (the image is drawn in millimetres).
SVG_OPTIONS = {"module_width": 0.25, "module_height": 10.0, "quiet_zone": 6.4}


def _iban_digits(iban: str) -> str:
    compact = stdnum_iban.compact(iban or "")
    if not compact.startswith("FI"):
        raise InvoicingError(_("A bank barcode can only be made for a Finnish (FI) IBAN."))
    if not stdnum_iban.is_valid(compact):
        raise InvoicingError(_("%(iban)s is not a valid IBAN.") % {"iban": iban})
    return compact[2:]


def _amount_digits(amount_cents: int) -> str:
    if isinstance(amount_cents, bool) or not isinstance(amount_cents, int):
        raise InvoicingError(_("An amount must be a whole number of cents."))
    if amount_cents < 0:
        raise InvoicingError(_("An amount cannot be negative."))
    if amount_cents > MAX_CENTS:
        raise InvoicingError(
            _("A bank barcode can carry at most 999 999,99 euros; the amount is too large.")
        )
    return f"{amount_cents:08d}"


def _reference_digits(reference: str) -> tuple[str, str]:
    """The version and the reference's 23 digits in the barcode."""
    compact = reference_clean(reference)
    if not compact.startswith("RF"):  # at most 20 digits (reference_clean)
        return "4", "000" + compact.zfill(20)
    check, own = compact[2:4], compact[4:]
    if not own.isdigit() or len(own) > 21:
        raise InvoicingError(
            _("A bank barcode can only carry an RF reference of at most 21 digits.")
        )
    return "5", check + own.zfill(21)


def virtual_barcode(
    iban: str, amount_cents: int, reference: str, due_date: dt.date | None = None
) -> str:
    """The 54-digit virtual barcode for paying amount_cents to iban with reference by
    due_date; version 4 for a national reference number, version 5 for an RF reference.
    A zero amount or no due date leave those fields zero (the payer fills them in)."""
    account = _iban_digits(iban)
    amount = _amount_digits(amount_cents)
    version, reference_digits = _reference_digits(reference)
    due = due_date.strftime("%y%m%d") if due_date else "000000"
    return version + account + amount + reference_digits + due


def barcode_svg(code: str) -> bytes:
    """The virtual barcode as a Code 128 image in SVG (set C, which packs two digits into
    each symbol), with no text under the bars: the invoice prints the digits itself."""
    if len(code) != CODE_LENGTH or not code.isdigit() or not code.isascii():
        raise InvoicingError(_("A virtual bank barcode is 54 digits."))
    symbol = Code128(code, writer=SVGWriter())
    return symbol.render({**SVG_OPTIONS, "write_text": False})
