"""Incoming payments from the bank, for matching invoices by their reference. Two formats:

- ISO 20022 camt.054 (BankToCustomerDebitCreditNotification), as Finnish banks give reference
  payments by Finance Finland's Finnish implementation guidelines: version camt.054.001.02,
  and the later versions .03–.08 by their namespace (the few differences — the debtor's
  name under Pty, the status as a code, the transaction's own Amt — are read in both forms);
- the Finnish reference payment file (viitesiirtoaineisto, "KTL", Finance Finland's service
  description "Incoming reference payments"): 90-character records, 0 the batch header,
  3 a reference payment, 5 a direct debit payment, 9 the batch's sums; a correction is a
  payment record with the correction code 1 (a payment reversed).

Only credits with a structured creditor reference (national or RF) are returned; a reversed
credit (a correction) comes back with a negative amount. Debits are ignored. A file whose
sums do not match, or that is neither format, raises a translated InvoicingError and nothing
is returned. XML is parsed with defusedxml and no DTD is allowed, so no entity (internal or
external) is ever expanded or fetched."""

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from django.utils.translation import gettext as _

from luukku.commerce.invoicing.errors import InvoicingError

CAMT054 = "camt.054"
REFERENCE_PAYMENTS = "reference-payments"
CAMT054_NAMESPACE = re.compile(r"\{urn:iso:std:iso:20022:tech:xsd:camt\.054\.001\.0([2-8])\}")
RECORD_LENGTH = 90
# Names in the reference payment file may come in the old 7-bit Finnish character set.
SEVEN_BIT = str.maketrans("[\\]{|}", "ÄÖÅäöå")


@dataclass(frozen=True)
class IncomingPayment:
    """One payment to the city's account with a reference; negative when it was reversed."""

    reference: str  # compact: a national reference number or an RF creditor reference
    amount_cents: int
    booking_date: dt.date
    value_date: dt.date | None  # the payment date (KTL) or the value date (camt.054)
    payer_name: str
    archive_id: str  # the bank's archive reference (arkistointitunnus, AcctSvcrRef)


def bank_file_format(content: bytes) -> str:
    """CAMT054 or REFERENCE_PAYMENTS; InvoicingError for anything else."""
    head = content.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        root = _parse_xml(content)
        if not CAMT054_NAMESPACE.match(root.tag):
            raise InvoicingError(_("The XML file is not a camt.054 payment notification."))
        return CAMT054
    first = head.split(b"\n", 1)[0].rstrip(b"\r")
    if first[:1] == b"0" and len(first) <= RECORD_LENGTH and first[1:11].isdigit():
        return REFERENCE_PAYMENTS
    raise InvoicingError(
        _("The file is neither a camt.054 notification nor a reference payment file.")
    )


def read_bank_file(content: bytes) -> list[IncomingPayment]:
    """The payments in a bank file of either format (bank_file_format tells which)."""
    if bank_file_format(content) == CAMT054:
        return read_camt054(content)
    return read_reference_payments(content)


# camt.054 ---------------------------------------------------------------------------------


def _parse_xml(content: bytes) -> Element:
    try:
        return fromstring(content, forbid_dtd=True)
    except (ParseError, DefusedXmlException) as error:
        raise InvoicingError(_("The file is not well-formed XML.")) from error


def _child(element: Element | None, path: str, ns: str) -> Element | None:
    if element is None:
        return None
    return element.find("/".join(f"{ns}{step}" for step in path.split("/")))


def _text(element: Element | None, path: str, ns: str) -> str:
    found = _child(element, path, ns)
    return (found.text or "").strip() if found is not None else ""


def _xml_date(element: Element | None, ns: str) -> dt.date | None:
    """A date from …/Dt or …/DtTm."""
    text = _text(element, "Dt", ns) or _text(element, "DtTm", ns)[:10]
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise InvoicingError(_("A date in the bank file is not valid.")) from error


def _cents(amount: Element | None) -> int:
    if amount is None:
        raise InvoicingError(_("A payment in the bank file has no amount."))
    if amount.get("Ccy") != "EUR":
        raise InvoicingError(_("The bank file has a payment in another currency than euros."))
    try:
        cents = Decimal((amount.text or "").strip()) * 100
    except InvalidOperation as error:
        raise InvoicingError(_("An amount in the bank file is not valid.")) from error
    if cents != cents.to_integral_value() or cents < 0:
        raise InvoicingError(_("An amount in the bank file is not valid."))
    return int(cents)


def _transaction_amount(entry: Element, transaction: Element, ns: str, alone: bool) -> int:
    for path in ("Amt", "AmtDtls/TxAmt/Amt", "AmtDtls/InstdAmt/Amt"):
        amount = _child(transaction, path, ns)
        if amount is not None:
            return _cents(amount)
    if alone:
        return _cents(_child(entry, "Amt", ns))
    raise InvoicingError(_("A payment in the bank file has no amount."))


def _entry_sign(entry: Element, ns: str) -> int:
    """1 for a booked credit, -1 for a booked reversal of a credit, 0 for anything else."""
    status = _text(entry, "Sts", ns) or _text(entry, "Sts/Cd", ns)
    reversed_ = _text(entry, "RvslInd", ns).lower() in {"true", "1"}
    direction = _text(entry, "CdtDbtInd", ns)
    if status != "BOOK":
        return 0
    if direction == "CRDT" and not reversed_:
        return 1
    if direction == "DBIT" and reversed_:
        return -1
    return 0


def _entry_payments(entry: Element, ns: str) -> list[IncomingPayment]:
    sign = _entry_sign(entry, ns)
    if not sign:
        return []
    booking_date = _xml_date(_child(entry, "BookgDt", ns), ns)
    if booking_date is None:
        raise InvoicingError(_("A payment in the bank file has no booking date."))
    value_date = _xml_date(_child(entry, "ValDt", ns), ns)
    transactions = entry.findall(f"{ns}NtryDtls/{ns}TxDtls")
    payments = []
    for transaction in transactions:
        reference = _text(transaction, "RmtInf/Strd/CdtrRefInf/Ref", ns).replace(" ", "")
        if not reference:
            continue
        amount = _transaction_amount(entry, transaction, ns, len(transactions) == 1)
        payer = _text(transaction, "RltdPties/Dbtr/Nm", ns) or _text(
            transaction, "RltdPties/Dbtr/Pty/Nm", ns
        )
        archive_id = _text(transaction, "Refs/AcctSvcrRef", ns) or _text(entry, "AcctSvcrRef", ns)
        payments.append(
            IncomingPayment(
                reference=_reference(reference.upper()),
                amount_cents=sign * amount,
                booking_date=booking_date,
                value_date=value_date,
                payer_name=payer,
                archive_id=archive_id,
            )
        )
    return payments


def read_camt054(content: bytes) -> list[IncomingPayment]:
    """The reference payments credited in a camt.054 notification (versions .02–.08)."""
    root = _parse_xml(content)
    match = CAMT054_NAMESPACE.match(root.tag)
    if not match:
        raise InvoicingError(_("The XML file is not a camt.054 payment notification."))
    ns = match.group(0)
    payments = []
    for entry in root.iter(f"{ns}Ntry"):
        payments += _entry_payments(entry, ns)
    return payments


# The reference payment file ---------------------------------------------------------------


def _reference(digits: str) -> str:
    """A reference as banks pad it (zeros in front) made compact."""
    return digits if digits.startswith("RF") else digits.lstrip("0")


def _record_date(text: str, line: int) -> dt.date:
    try:
        return dt.datetime.strptime(text, "%y%m%d").date()
    except ValueError as error:
        raise InvoicingError(
            _("The date on line %(line)s of the reference payment file is not valid.")
            % {"line": line}
        ) from error


def _number(text: str, line: int) -> int:
    if not text.isdigit() or not text.isascii():
        raise InvoicingError(
            _("A number on line %(line)s of the reference payment file is not valid.")
            % {"line": line}
        )
    return int(text)


@dataclass
class _Batch:
    """The sums of one batch (0 … 9) as the records add them up."""

    payments: int = 0
    payment_cents: int = 0
    corrections: int = 0
    correction_cents: int = 0
    failed: int = 0
    failed_cents: int = 0


def _payment_record(record: str, line: int, batch: _Batch) -> IncomingPayment | None:
    if record[75] != "1":
        raise InvoicingError(
            _("Line %(line)s of the reference payment file is not in euros.") % {"line": line}
        )
    cents = _number(record[77:87], line)
    correction = record[87] == "1"
    if record[89] not in " 0":  # a direct debit that failed: no money came
        batch.failed += 1
        batch.failed_cents += cents
        return None
    if correction:
        batch.corrections += 1
        batch.correction_cents += cents
    else:
        batch.payments += 1
        batch.payment_cents += cents
    return IncomingPayment(
        reference=_reference(str(_number(record[43:63], line))),
        amount_cents=-cents if correction else cents,
        booking_date=_record_date(record[15:21], line),
        value_date=_record_date(record[21:27], line),
        payer_name=record[63:75].translate(SEVEN_BIT).strip(),
        archive_id=record[27:43].strip(),
    )


def _check_sums(record: str, line: int, batch: _Batch) -> None:
    stated = [
        _number(record[start:end], line) for start, end in ((1, 7), (7, 18), (18, 24), (24, 35))
    ]
    counted = [batch.payments, batch.payment_cents, batch.corrections, batch.correction_cents]
    failed = record[35:52].strip()
    if failed:
        stated += [_number(record[35:41], line), _number(record[41:52], line)]
        counted += [batch.failed, batch.failed_cents]
    if stated != counted:
        raise InvoicingError(
            _(
                "The sums on line %(line)s of the reference payment file do not match its "
                "payments; the file may be incomplete. Nothing was read from it."
            )
            % {"line": line}
        )


def _records(content: bytes) -> list[tuple[int, str]]:
    text = content.removeprefix(b"\xef\xbb\xbf").decode("iso-8859-1")
    records = []
    # Split at line feeds only: str.splitlines would also split at a name's byte 0x85.
    for line, record in enumerate(text.split("\n"), start=1):
        record = record.removesuffix("\r")
        if not record.strip():
            continue
        if len(record) > RECORD_LENGTH:
            raise InvoicingError(
                _("Line %(line)s of the reference payment file is longer than 90 characters.")
                % {"line": line}
            )
        records.append((line, record.ljust(RECORD_LENGTH)))
    return records


def read_reference_payments(content: bytes) -> list[IncomingPayment]:
    """The payments in a reference payment file (one or more batches, each checked
    against its sum record)."""
    payments: list[IncomingPayment] = []
    batch: _Batch | None = None
    records = _records(content)
    if not records:
        raise InvoicingError(_("The reference payment file is empty."))
    for line, record in records:
        kind = record[0]
        if kind == "0":
            if batch is not None:
                raise InvoicingError(_("A batch in the reference payment file has no sums."))
            batch = _Batch()
        elif kind in "35" and batch is not None:
            payment = _payment_record(record, line, batch)
            if payment:
                payments.append(payment)
        elif kind == "9" and batch is not None:
            _check_sums(record, line, batch)
            batch = None
        else:
            raise InvoicingError(
                _("Line %(line)s of the reference payment file is not a known record.")
                % {"line": line}
            )
    if batch is not None:
        raise InvoicingError(_("The reference payment file ends before its sums."))
    return payments
