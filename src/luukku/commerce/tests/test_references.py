"""Finnish reference numbers and RF creditor references (invoicing.references)."""

import pytest
from django.utils import translation

from luukku.commerce.invoicing import InvoicingError
from luukku.commerce.invoicing.references import (
    finnish_reference,
    finnish_reference_valid,
    reference_clean,
    reference_compact,
    reference_format,
    rf_reference,
    rf_reference_valid,
)

# The references of the test invoices in Finance Finland's Bank bar code guide
# (Pankkiviivakoodi-opas, version 5.3, Finanssiala, https://www.finanssiala.fi/wp-content/
# uploads/2021/03/Bank_bar_code_guide.pdf): the national reference as printed on invoices
# 1–9 of version 4 and the RF reference the guide gives for the same invoice in version 5.
GUIDE = [
    ("86851 62596 19897", "RF09 8685 1625 9619 897"),
    ("55958 22432 94671", "RF06 5595 8224 3294 671"),
    ("7 75847 47906 47489", "RF84 7758 4747 9064 7489"),
    ("78 77767 96566 28687", "RF60 7877 7679 6566 2868 7"),
    ("8 68624", "RF10 8686 24"),
    ("92125 37425 25398 97737", "RF71 9212 5374 2525 3989 7737"),
    ("5907 38390", "RF66 5907 3839 0"),
    ("13 57914", "RF95 1357 914"),
]


@pytest.mark.parametrize(("national", "rf"), GUIDE)
def test_the_guide_s_references_are_valid_and_printed_as_the_guide_prints_them(national, rf):
    compact = reference_compact(national)
    assert finnish_reference_valid(national)
    assert finnish_reference(compact[:-1]) == compact
    assert reference_format(compact) == national
    assert rf_reference(compact) == reference_compact(rf)
    assert reference_format(rf_reference(national)) == rf
    assert rf_reference_valid(rf) and not finnish_reference_valid(rf)


def test_the_guide_to_the_domestic_reference():
    # Finance Finland, "Kotimaisen viitteen rakenneohje" (https://www.finanssiala.fi/
    # wp-content/uploads/2021/03/kotimaisen_viitteen_rakenneohje.pdf): the base 123456 has
    # the check digit 1, printed "12 34561" and in machine form 00000000000001234561.
    assert finnish_reference("123456") == "1234561"
    assert reference_format("1234561") == "12 34561"
    assert reference_clean("00000000000001234561") == "1234561"


def test_the_check_digit_is_7_3_1_from_the_right():
    # 1234567: 7·7 + 6·3 + 5·1 + 4·7 + 3·3 + 2·1 + 1·7 = 118, to the next ten 2.
    assert finnish_reference("1234567") == "12345672"
    assert finnish_reference(123) == "1232"
    assert finnish_reference("1" * 19) == "1" * 19 + finnish_reference("1" * 19)[-1]
    assert len(finnish_reference("1" * 19)) == 20


@pytest.mark.parametrize("rf", ["RF18 5390 0754 7034", "RF712348231", "rf18539007547034"])
def test_iso_11649_examples_are_valid(rf):
    # Worked examples widely quoted for ISO 11649: RF18 5390 0754 7034 (python-stdnum's
    # iso11649 documentation) and RF71 2348 231.
    assert rf_reference_valid(rf)
    assert reference_clean(rf) == reference_compact(rf)


def test_rf_references_are_printed_in_fours():
    assert reference_format("RF18539007547034") == "RF18 5390 0754 7034"
    assert reference_format("rf71 2348 231") == "RF71 2348 231"


@pytest.mark.parametrize(
    "value",
    ["86851 62596 19898", "1234", "0001234", "RF19 5390 0754 7034", "12a4", "", "1" * 21],
)
def test_wrong_references_are_not_valid(value):
    assert not (finnish_reference_valid(value) or rf_reference_valid(value))
    with pytest.raises(InvoicingError):
        reference_clean(value)


@pytest.mark.parametrize("base", ["12", "1" * 20, "12x45", "0012", "", "١٢٣"])
def test_a_wrong_base_is_refused(base):
    with pytest.raises(InvoicingError):
        finnish_reference(base)


def test_the_errors_are_translated():
    with translation.override("fi"), pytest.raises(InvoicingError) as error:
        finnish_reference("12")
    assert str(error.value) == "Viitenumeron perusosassa on oltava 3–19 numeroa."
    with translation.override("sv"), pytest.raises(InvoicingError) as error:
        rf_reference("1235")
    assert str(error.value) == "1235 är inte ett giltigt referensnummer."
