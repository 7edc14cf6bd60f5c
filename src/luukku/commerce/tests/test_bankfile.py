"""Incoming payments from the bank's files (invoicing.bankfile).

The sample files in bankfiles/ are written by the published formats: the reference payment
files by Finance Finland's service description "Incoming reference payments" (Saapuvat
viitemaksut, version 2.1, https://www.finanssiala.fi/wp-content/uploads/2021/03/
Incoming_reference_payments_v2_1.pdf): 90-character records 0 (batch), 3 (payment, with the
correction code at position 88) and 9 (sums); the camt.054 ones by Finance Finland's
ISO 20022 camt.054 Finnish implementation guidelines (reference payments credited in a batch
entry, the reference in RmtInf/Strd/CdtrRefInf/Ref, the archive reference in AcctSvcrRef).
"""

import datetime as dt
from pathlib import Path

import pytest
from django.utils import translation

from luukku.commerce.invoicing import InvoicingError
from luukku.commerce.invoicing.bankfile import (
    CAMT054,
    REFERENCE_PAYMENTS,
    IncomingPayment,
    bank_file_format,
    read_bank_file,
    read_camt054,
    read_reference_payments,
)

FILES = Path(__file__).parent / "bankfiles"
DEC_3, DEC_4, DEC_5 = dt.date(2026, 12, 3), dt.date(2026, 12, 4), dt.date(2026, 12, 5)


def _file(name: str) -> bytes:
    return (FILES / name).read_bytes()


def test_a_reference_payment_file_with_three_payments():
    content = _file("three-payments.ktl")
    assert bank_file_format(content) == REFERENCE_PAYMENTS
    assert read_bank_file(content) == [
        IncomingPayment("868516259619897", 16910, DEC_4, DEC_3, "VIRTANEN PEK", "261204ABCD000001"),
        # The old 7-bit character set: [ is Ä and ] is Å.
        IncomingPayment("1357914", 4500, DEC_4, DEC_3, "ÄKERMÅ ANNA", "261204ABCD000002"),
        IncomingPayment(
            "92125374252539897737", 123456, DEC_4, DEC_4, "OY ESIMERKKI", "261204ABCD000003"
        ),
    ]


def test_a_name_may_hold_any_byte():
    content = _file("three-payments.ktl").replace(b"VIRTANEN PEK", b"VIRTANEN\x85PEK")
    assert read_reference_payments(content)[0].payer_name == "VIRTANEN\x85PEK"


def test_a_correction_reverses_a_payment():
    payments = read_reference_payments(_file("correction.ktl"))
    assert [(p.reference, p.amount_cents, p.booking_date) for p in payments] == [
        ("590738390", 2500, DEC_4),
        ("590738390", -2500, DEC_5),
    ]


def test_sums_that_do_not_match_return_nothing_and_say_so():
    with translation.override("fi"), pytest.raises(InvoicingError) as error:
        read_bank_file(_file("sum-mismatch.ktl"))
    assert str(error.value).startswith("Viitesiirtoaineiston rivin 4 summat eivät täsmää")


def test_a_batch_without_its_sums_is_refused():
    lines = _file("three-payments.ktl").splitlines()
    with pytest.raises(InvoicingError):
        read_reference_payments(b"\r\n".join(lines[:-1]))


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"Viitemaksut joulukuu: 45,00 euroa\n",
        b"%PDF-1.7\n",
        b"<html><body>Not a bank file</body></html>",
        b"<Document xmlns='urn:iso:std:iso:20022:tech:xsd:camt.053.001.02'/>",
        b"<?xml version='1.0'?><Document><unclosed>",
        b"0261204061544123456789" + b"1" * 80,  # a record too long
        b"0261204061544123456789" + b" " * 68 + b"\n7" + b" " * 89,  # an unknown record
    ],
)
def test_garbage_is_refused(content):
    with pytest.raises(InvoicingError):
        read_bank_file(content)


def test_a_camt_054_001_02_notification():
    content = _file("notification-v02.xml")
    assert bank_file_format(content) == CAMT054
    assert read_bank_file(content) == [
        IncomingPayment("868516259619897", 16910, DEC_4, DEC_4, "Åsa Öberg", "261204ABCD000001"),
        IncomingPayment("RF951357914", 4500, DEC_4, DEC_4, "Kermanen Anna", "261204ABCD000002"),
        # A returned payment (a debit marked as a reversal); the fee, the pending credit and
        # the credit with only a free-text message are left out.
        IncomingPayment("590738390", -2500, DEC_4, DEC_4, "Lahtinen Markku", "261204ABCD000003"),
    ]


def test_a_camt_054_001_08_notification():
    assert read_camt054(_file("notification-v08.xml")) == [
        IncomingPayment("RF09868516259619897", 16910, DEC_4, DEC_4, "Åsa Öberg", "261204ABCD000011")
    ]


def test_a_payment_in_another_currency_is_refused():
    content = _file("notification-v08.xml").replace(b'Ccy="EUR">169.10', b'Ccy="SEK">169.10')
    with pytest.raises(InvoicingError):
        read_camt054(content)


XXE = b"""<?xml version="1.0"?>
<!DOCTYPE Document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"><BkToCstmrDbtCdtNtfctn>
<Ntfctn><Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
<BookgDt><Dt>2026-12-04</Dt></BookgDt><NtryDtls><TxDtls><RltdPties><Dbtr><Nm>&secret;</Nm>
</Dbtr></RltdPties><RmtInf><Strd><CdtrRefInf><Ref>1357914</Ref></CdtrRefInf></Strd></RmtInf>
</TxDtls></NtryDtls></Ntry></Ntfctn></BkToCstmrDbtCdtNtfctn></Document>"""

LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE Document [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02">&c;</Document>"""


@pytest.mark.parametrize("content", [XXE, LAUGHS], ids=["external-entity", "entity-expansion"])
def test_entities_are_never_resolved(content, monkeypatch):
    opened = []
    monkeypatch.setattr("builtins.open", lambda *args, **kwargs: opened.append(args))
    with pytest.raises(InvoicingError):
        read_bank_file(content)
    assert opened == []


def test_the_errors_are_translated():
    with translation.override("sv"), pytest.raises(InvoicingError) as error:
        read_bank_file(b"hello")
    assert "camt.054" in str(error.value) and "referensbetalningar" in str(error.value)
    with translation.override("fi"), pytest.raises(InvoicingError) as error:
        read_bank_file(XXE)
    assert str(error.value) == "Tiedosto ei ole kelvollista XML:ää."
