"""A registration's step on a case, as a sentence in the reader's language."""

from django import template
from django.utils.translation import gettext as _

from luukku.commerce.templatetags.commerce_labels import euros

register = template.Library()


@register.simple_tag
def registration_event_text(event) -> str:
    data = event.data or {}
    action = data.get("action")
    values = {"course": data.get("course", ""), "code": data.get("code", "")}
    refund = data.get("refund_cents") or 0
    texts = {
        "held": _("A place on %(course)s is held until it is paid."),
        "waiting": _("Joined the waiting list of %(course)s."),
        "offered": _("A place on %(course)s was offered from the waiting list."),
        "confirmed": _("The place on %(course)s is confirmed."),
        "cancelled": _("The registration for %(course)s was cancelled."),
        "expired": _("The registration for %(course)s lapsed."),
        "offer_expired": _("The place offered on %(course)s was not taken in time."),
        "course_runs": _("%(course)s will run."),
        "course_cancelled": _("%(course)s was cancelled."),
        "paid_late": _("%(course)s was paid after the place had lapsed."),
    }
    text = texts[action] % values if action in texts else _("Registration")
    if action == "offered" and data.get("delivery") == "email":
        text += " " + _("Sent by e-mail.")
    elif action == "offered" and data.get("delivery") == "phone":
        text += " " + _("No e-mail address given: staff phone %(phone)s.") % {
            "phone": data.get("phone") or "–"
        }
    if refund:
        text += " " + _("To refund: %(amount)s.") % {"amount": euros(refund)}
    elif data.get("binding"):
        text += " " + _("Cancelled after the free cancellation date: not refunded.")
    if data.get("reason"):
        text += " " + _("Reason: %(reason)s") % {"reason": data["reason"]}
    return text
