"""The sandbox's payment page: the payer sees what is paid and to whom, and approves or
declines. Plain HTML without scripts or styles (the Content Security Policy holds), in the
payment's language, usable at 320 px and without JavaScript."""

from html import escape

from django.utils import translation
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

LANGUAGE_CODES = {"FI": "fi", "SV": "sv", "EN": "en"}

PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
</head>
<body>
<main>
<h1>{title}</h1>
<p>{notice}</p>
{body}
</main>
</body>
</html>
"""

FORM = """<dl>
<dt>{amount_label}</dt><dd>{amount}</dd>
<dt>{reference_label}</dt><dd>{reference}</dd>
<dt>{merchant_label}</dt><dd>{merchant}</dd>
</dl>
<form method="post" action="{action}">
<button type="submit" name="decision" value="approve">{approve}</button>
<button type="submit" name="decision" value="decline">{decline}</button>
</form>
"""


def _euros(cents: int) -> str:
    return number_format(cents / 100, decimal_pos=2, use_l10n=True) + " €"


def pay_page(payment, action: str) -> str:
    """The page for a payment (a `sandbox.SandboxPayment`) posting its decision to `action`."""
    lang = LANGUAGE_CODES.get(payment.language, "fi")
    with translation.override(lang):
        title = _("Test payment")
        notice = _("This is the test payment service: no money moves.")
        if payment.status == "new":
            body = FORM.format(
                amount_label=escape(_("Amount")),
                amount=escape(_euros(payment.amount)),
                reference_label=escape(pgettext("payment", "Reference")),
                reference=escape(payment.reference),
                merchant_label=escape(_("Merchant")),
                merchant=escape(payment.merchant_id),
                action=escape(action),
                approve=escape(_("Approve the payment")),
                decline=escape(_("Decline")),
            )
        else:
            body = "<p>{}</p>".format(escape(_("This payment has already been handled.")))
        return PAGE.format(lang=lang, title=escape(title), notice=escape(notice), body=body)


def not_found_page() -> str:
    title = _("No such payment")
    notice = _("The payment was not found. It may have expired.")
    return PAGE.format(
        lang=translation.get_language() or "fi", title=escape(title), notice=escape(notice), body=""
    )
