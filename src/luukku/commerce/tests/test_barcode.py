"""The virtual bank barcode (invoicing.barcode) against the published test invoices."""

import datetime as dt

import pytest
from barcode import Code128
from barcode.charsets import code128
from django.utils import translation

from luukku.commerce.invoicing import InvoicingError
from luukku.commerce.invoicing.barcode import barcode_svg, virtual_barcode

# The test invoices of Finance Finland's Bank bar code guide, version 5.3 (Finanssiala,
# "Pankkiviivakoodi-opas" https://www.finanssiala.fi/wp-content/uploads/2021/03/
# Pankkiviivakoodi-opas.pdf, in English Bank_bar_code_guide.pdf), invoices 1–9 of version 4
# and version 5 as printed there: IBAN, amount in cents, reference, due date, the code.
# (The same vectors are carried by open-source tests that cite the guide, e.g. holviapi's.)
VERSION_4 = [
    ("FI79 4405 2020 0360 82", 488315, "86851 62596 19897", dt.date(2010, 6, 12),
     "479440520200360820048831500000000868516259619897100612"),
    ("FI58 1017 1000 0001 22", 48299, "55958 22432 94671", dt.date(2012, 1, 31),
     "458101710000001220004829900000000559582243294671120131"),
    ("FI02 5000 4640 0013 02", 69380, "69 87567 20834 35364", dt.date(2011, 7, 24),
     "402500046400013020006938000000069875672083435364110724"),
    ("FI15 6601 0001 5306 41", 744454, "7 75847 47906 47489", dt.date(2019, 12, 19),
     "415660100015306410074445400000007758474790647489191219"),
    ("FI16 8000 1400 0502 67", 93585, "78 77767 96566 28687", None,
     "416800014000502670009358500000078777679656628687000000"),
    ("FI73 3131 3001 0000 58", 0, "8 68624", dt.date(2013, 8, 9),
     "473313130010000580000000000000000000000000868624130809"),
    ("FI83 3301 0001 1007 75", 15000020, "92125 37425 25398 97737", dt.date(2016, 5, 25),
     "483330100011007751500002000092125374252539897737160525"),
    ("FI39 3636 3002 0924 92", 103, "5907 38390", dt.date(2023, 3, 11),
     "439363630020924920000010300000000000000590738390230311"),
    ("FI92 3939 0001 0033 91", 2, "13 57914", dt.date(2099, 12, 24),
     "492393900010033910000000200000000000000001357914991224"),
]  # fmt: skip
VERSION_5 = [
    ("FI79 4405 2020 0360 82", 488315, "RF09 8685 1625 9619 897", dt.date(2010, 6, 12),
     "579440520200360820048831509000000868516259619897100612"),
    ("FI58 1017 1000 0001 22", 48299, "RF06 5595 8224 3294 671", dt.date(2010, 1, 31),
     "558101710000001220004829906000000559582243294671100131"),
    ("FI02 5000 4640 0013 02", 69380, "RF02 6987 5672 0834", dt.date(2011, 7, 24),
     "502500046400013020006938002000000000698756720834110724"),
    ("FI15 6601 0001 5306 41", 744454, "RF84 7758 4747 9064 7489", dt.date(2019, 12, 19),
     "515660100015306410074445484000007758474790647489191219"),
    ("FI16 8000 1400 0502 67", 93585, "RF60 7877 7679 6566 2868 7", None,
     "516800014000502670009358560000078777679656628687000000"),
    ("FI73 3131 3001 0000 58", 0, "RF10 8686 24", dt.date(2013, 8, 9),
     "573313130010000580000000010000000000000000868624130809"),
    ("FI83 3301 0001 1007 75", 15000020, "RF71 9212 5374 2525 3989 7737", dt.date(2016, 5, 25),
     "583330100011007751500002071092125374252539897737160525"),
    ("FI39 3636 3002 0924 92", 103, "RF66 5907 3839 0", dt.date(2023, 3, 11),
     "539363630020924920000010366000000000000590738390230311"),
    ("FI92 3939 0001 0033 91", 2, "RF95 1357 914", dt.date(2099, 12, 24),
     "592393900010033910000000295000000000000001357914991224"),
]  # fmt: skip


@pytest.mark.parametrize(("iban", "cents", "reference", "due", "code"), VERSION_4 + VERSION_5)
def test_the_guide_s_test_invoices(iban, cents, reference, due, code):
    assert virtual_barcode(iban, cents, reference, due) == code


def test_the_largest_amount_fits_and_one_cent_more_does_not():
    code = virtual_barcode("FI79 4405 2020 0360 82", 99_999_999, "13 57914")
    assert code[17:25] == "99999999" and code.endswith("000000")
    with pytest.raises(InvoicingError):
        virtual_barcode("FI79 4405 2020 0360 82", 100_000_000, "13 57914")


@pytest.mark.parametrize(
    ("iban", "cents", "reference"),
    [
        ("DE89 3704 0044 0532 0130 00", 100, "13 57914"),  # not Finnish
        ("FI79 4405 2020 0360 83", 100, "13 57914"),  # wrong IBAN check digits
        ("FI79 4405 2020 0360 82", -1, "13 57914"),
        ("FI79 4405 2020 0360 82", 1.5, "13 57914"),
        ("FI79 4405 2020 0360 82", 100, "13 57915"),  # wrong check digit
        ("FI79 4405 2020 0360 82", 100, "RF18 5390 0754 70Y"),  # letters: no room in digits
    ],
)
def test_bad_input_is_refused(iban, cents, reference):
    with pytest.raises(InvoicingError):
        virtual_barcode(iban, cents, reference, dt.date(2026, 1, 31))


def test_the_errors_are_translated():
    with translation.override("fi"), pytest.raises(InvoicingError) as error:
        virtual_barcode("SE45 5000 0000 0583 9825 7466", 100, "13 57914")
    assert str(error.value) == "Pankkiviivakoodin voi tehdä vain suomalaiselle (FI) IBANille."
    with translation.override("sv"), pytest.raises(InvoicingError) as error:
        virtual_barcode("FI79 4405 2020 0360 82", 100_000_000, "13 57914")
    assert "999 999,99" in str(error.value) and "streckkod" in str(error.value)


def test_the_image_is_code_128_set_c_without_text():
    code = VERSION_4[0][4]
    assert Code128(code).encoded[0] == code128.START_CODES["C"]
    # Set C: the start symbol and 27 pairs of digits (the check symbol comes on top).
    assert len(Code128(code).encoded) == 1 + 27
    svg = barcode_svg(code)
    assert svg.startswith(b"<?xml") and b"<svg" in svg
    assert b"<text" not in svg and code.encode() not in svg


@pytest.mark.parametrize("code", ["", "4794405202003608", "x" * 54])
def test_only_a_54_digit_code_is_drawn(code):
    with pytest.raises(InvoicingError):
        barcode_svg(code)
