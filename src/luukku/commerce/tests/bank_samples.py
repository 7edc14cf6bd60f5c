"""Bank files of incoming payments made for the tests' own invoices, in the two formats
the bank gives: the reference payment file (Finance Finland, "Incoming reference payments"
2.1: records 0, 3 and 9 of 90 characters) and a camt.054.001.02 notification (Finance
Finland's Finnish implementation guidelines). A payment is (reference, cents, archive id)."""


def ktl(*payments: tuple[str, int, str]) -> bytes:
    """A reference payment file of one batch with its sums."""
    records = [("0" + "261204" + "0615" + "44" + "1234567891").ljust(90)]
    for reference, cents, archive in payments:
        records.append(
            "3"
            + "44052020036082"  # the account
            + "261204"  # booked
            + "261203"  # paid
            + archive.ljust(16)
            + reference.zfill(20)
            + "MAKSAJA MATT"
            + "1"  # euros
            + "A"
            + f"{cents:010d}"
            + "0"  # not a correction
            + "A"
            + " "
        )
    total = sum(cents for _reference, cents, _archive in payments)
    records.append(("9" + f"{len(payments):06d}" + f"{total:011d}" + "0" * 17).ljust(90))
    return ("\r\n".join(records) + "\r\n").encode("iso-8859-1")


def _transaction(reference: str, cents: int, archive: str) -> str:
    amount = f"{cents // 100}.{cents % 100:02d}"
    return f"""<TxDtls><Refs><AcctSvcrRef>{archive}</AcctSvcrRef></Refs>
<AmtDtls><TxAmt><Amt Ccy="EUR">{amount}</Amt></TxAmt></AmtDtls>
<RltdPties><Dbtr><Nm>Åsa Öberg</Nm></Dbtr></RltdPties>
<RmtInf><Strd><CdtrRefInf><Ref>{reference}</Ref></CdtrRefInf></Strd></RmtInf></TxDtls>"""


def camt(*payments: tuple[str, int, str]) -> bytes:
    """A camt.054 notification: one booked batch entry of reference payments."""
    total = sum(cents for _reference, cents, _archive in payments)
    transactions = "\n".join(_transaction(*payment) for payment in payments)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02"><BkToCstmrDbtCdtNtfctn>
<GrpHdr><MsgId>1</MsgId><CreDtTm>2026-03-12T06:00:00+02:00</CreDtTm></GrpHdr>
<Ntfctn><Id>1</Id><CreDtTm>2026-03-12T06:00:00+02:00</CreDtTm>
<Acct><Id><IBAN>FI7944052020036082</IBAN></Id></Acct>
<Ntry><Amt Ccy="EUR">{total // 100}.{total % 100:02d}</Amt><CdtDbtInd>CRDT</CdtDbtInd>
<Sts>BOOK</Sts><BookgDt><Dt>2026-03-12</Dt></BookgDt><NtryDtls>
{transactions}
</NtryDtls></Ntry></Ntfctn></BkToCstmrDbtCdtNtfctn></Document>""".encode()
