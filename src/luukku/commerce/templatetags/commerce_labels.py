"""Money and an order's timeline events, in the reader's language."""

from decimal import Decimal

from django import template
from django.utils.formats import number_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from luukku.commerce.invoicing import InvoicingError
from luukku.commerce.invoicing.references import reference_format
from luukku.commerce.models import Payment

register = template.Library()


@register.filter
def euros(cents) -> str:
    """Cents as euros in the reader's format: 1234 → "12,34 €"."""
    if cents is None or cents == "":
        return ""
    value = int(cents)
    sign = "−" if value < 0 else ""
    text = number_format(abs(value) / 100, decimal_pos=2, use_l10n=True, force_grouping=True)
    return f"{sign}{text}\u00a0€"


@register.filter
def reference(value) -> str:
    """A payment reference printed as banks print it ("10 00012", "RF05 1000 012")."""
    try:
        return reference_format(value)
    except InvoicingError:
        return value


@register.filter
def vat(percent) -> str:
    """A VAT rate as the reader writes it: "13.5" → "13,5" in Finnish, "0.0" → "0"."""
    if percent in (None, ""):
        return ""
    value = Decimal(str(percent)).normalize()
    places = max(-value.as_tuple().exponent, 0)
    return number_format(value, decimal_pos=places, use_l10n=True)


@register.filter
def payment_method(method: str) -> str:
    """A payment method's name in the reader's language (a Z report keeps the code)."""
    return str(Payment.Method(method).label) if method in Payment.Method.values else method


@register.simple_tag
def order_event_text(event, staff_view: bool = False) -> str:
    data = event.data or {}
    action = data.get("action")
    number = data.get("number", "")
    amount = euros(data["amount_cents"]) if data.get("amount_cents") is not None else ""
    method = data.get("method") or ""
    method_label = Payment.Method(method).label if method in Payment.Method.values else ""
    texts = {
        "placed": _("Order %(number)s was placed."),
        "invoiced": _("Order %(number)s was invoiced (%(amount)s)."),
        "ready": _("Order %(number)s is ready."),
        "delivered": _("Order %(number)s was delivered."),
        "cancelled": _("Order %(number)s was cancelled."),
        "reduced": _("Order %(number)s was reduced; it now comes to %(amount)s."),
        "refunded": _("%(amount)s of order %(number)s was refunded."),
        "paid_late": _(
            "A payment of %(amount)s for order %(number)s arrived after the order had closed; "
            "it is given back to the payer."
        ),
        "late_refunded": _("The late payment of %(amount)s for order %(number)s was returned."),
        "credited": _("The invoice of order %(number)s was credited (%(amount)s)."),
    }
    values = {"number": number, "amount": amount, "method": method_label}
    if action == "paid":
        return _("Order %(number)s was paid: %(amount)s (%(method)s).") % values
    if action == "part_done":
        part = data.get("part", "")
        return _("Part ready in order %(number)s: %(part)s.") % {**values, "part": part}
    if action in texts:
        return texts[action] % values
    return _("Order")


@register.filter
def product_name(row: dict) -> str:
    """A report's product row named in the reader's language (a report stored before the
    names were kept has the Finnish one only)."""
    names = row.get("names") or {}
    return names.get((get_language() or "fi")[:2]) or row.get("name", "")


@register.filter
def line_name(line) -> str:
    """An order line's product named in the reader's language (the name as sold, in the
    order's language, when the product has none in it). Load the lines with their product."""
    language = (get_language() or "fi")[:2]
    product = getattr(line, "product", None)
    return (getattr(product, f"name_{language}", "") or "") or line.name
