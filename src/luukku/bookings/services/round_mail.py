"""Messages about an application for seasonal turns, to the address its applicant gave: the
confirmation of receipt and, once staff send them, the results (the turns allocated, with
their season and price, and those declined with the reasons)."""

from django.conf import settings
from django.db.models import Sum
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from luukku.cases.models import OutboundMail
from luukku.cases.notifications import mail_queue
from luukku.core.site import service_centre_name

from ..models import Application, ApplicationWish


def application_private_url(application: Application) -> str:
    with translation.override(application.language):
        path = reverse("public:round_application", kwargs={"token": application.token})
    return settings.SITE_URL + path


def application_turns(application: Application) -> list[dict]:
    """The wished turns with what became of each (the allocated ones with their dates booked
    and price)."""
    turns = []
    for wish in application.wishes.select_related("unit", "series").order_by(
        "weekday", "starts", "pk"
    ):
        turn = {"wish": wish, "count": 0, "price_cents": 0, "first": None, "last": None}
        if wish.series_id:
            booked = wish.series.reservations.order_by("starts_at")
            total = booked.aggregate(n=Sum("price_cents"))["n"] or 0
            first, last = booked.first(), booked.last()
            turn |= {"count": booked.count(), "price_cents": total}
            turn |= {"first": first.starts_at if first else None}
            turn |= {"last": last.starts_at if last else None}
        turns.append(turn)
    return turns


def application_notify(application: Application, what: str):
    """Queue the message (`what`: "received" or "results") in the write that caused it."""
    if application.case_id is None or not application.contact_email:
        return None
    with translation.override(application.language):
        turns = application_turns(application)
        context = {
            "application": application,
            "round": application.round,
            "what": what,
            "allocated": [t for t in turns if t["wish"].state == ApplicationWish.State.ALLOCATED],
            "declined": [t for t in turns if t["wish"].state == ApplicationWish.State.DECLINED],
            "wishes": turns,
            "url": application_private_url(application),
            "centre": service_centre_name(),
        }
        subject = render_to_string("bookings/mail/round_subject.txt", context).strip()
        body = render_to_string("bookings/mail/round.txt", context)
    return mail_queue(
        application.case,
        kind=OutboundMail.Kind.RESERVATION,
        subject=subject,
        body=body,
        recipient=application.contact_email,
    )
