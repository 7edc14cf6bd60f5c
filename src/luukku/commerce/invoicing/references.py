"""Payment references: the Finnish national reference number (viitenumero, 7-3-1 check digit,
4–20 digits, as in Finance Finland's "Kotimaisen viitteen rakenneohje") and the ISO 11649 RF
creditor reference made from it (check digits by ISO 7064 Mod 97-10 through python-stdnum).
Both are printed as banks print them: national ones in groups of five from the right, RF
ones in groups of four from the left."""

from django.utils.translation import gettext as _
from stdnum import iso11649
from stdnum.iso7064 import mod_97_10

from luukku.commerce.invoicing.errors import InvoicingError

WEIGHTS = (7, 3, 1)
BASE_DIGITS = (3, 19)
NATIONAL_DIGITS = (4, 20)


def reference_compact(value: str) -> str:
    """The reference without spaces (and the separators banks print), in capitals, and a
    national one without the zeros machine formats put in front ("00000000000001234561")."""
    compact = iso11649.compact(str(value))
    return compact.lstrip("0") if compact.isdigit() else compact


def _check_digit(base: str) -> str:
    total = sum(int(digit) * WEIGHTS[i % 3] for i, digit in enumerate(reversed(base)))
    return str(-total % 10)


def finnish_reference(base: str | int) -> str:
    """The national reference for base (3–19 digits): base with its 7-3-1 check digit."""
    base = reference_compact(base)
    low, high = BASE_DIGITS
    if not base.isdigit() or not base.isascii() or not low <= len(base) <= high:
        raise InvoicingError(
            _("The base of a reference number must be %(low)s–%(high)s digits.")
            % {"low": low, "high": high}
        )
    return base + _check_digit(base)


def finnish_reference_valid(value: str) -> bool:
    """Whether value is a national reference number with the right check digit."""
    value = reference_compact(value)
    low, high = NATIONAL_DIGITS
    return (
        value.isdigit()
        and value.isascii()
        and low <= len(value) <= high
        and _check_digit(value[:-1]) == value[-1]
    )


def rf_reference_valid(value: str) -> bool:
    """Whether value is an ISO 11649 RF creditor reference with the right check digits."""
    return reference_compact(value).startswith("RF") and iso11649.is_valid(value)


def rf_reference(finnish: str) -> str:
    """The RF creditor reference (compact) that carries the national reference finnish."""
    finnish = reference_compact(finnish)
    if not finnish_reference_valid(finnish):
        raise InvoicingError(
            _("%(reference)s is not a valid reference number.") % {"reference": finnish}
        )
    check = mod_97_10.calc_check_digits(finnish + "RF")
    return iso11649.validate("RF" + check + finnish)


def reference_clean(value: str) -> str:
    """The compact form of a valid national or RF reference; InvoicingError otherwise."""
    compact = reference_compact(value)
    if finnish_reference_valid(compact) or rf_reference_valid(compact):
        return compact
    raise InvoicingError(_("%(reference)s is not a valid reference number.") % {"reference": value})


def reference_format(value: str) -> str:
    """The reference as printed on an invoice: a national one in groups of five counted from
    the right ("69 87567 20834 35364"), an RF one in groups of four ("RF18 5390 0754 7034")."""
    compact = reference_clean(value)
    if compact.startswith("RF"):
        return iso11649.format(compact)
    head = len(compact) % 5
    groups = [compact[:head]] if head else []
    groups += [compact[i : i + 5] for i in range(head, len(compact), 5)]
    return " ".join(groups)
