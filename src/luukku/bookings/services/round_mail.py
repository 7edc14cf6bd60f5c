"""Messages about an application for seasonal turns, to the address its applicant gave: the
confirmation of receipt and, once staff send them, the results (the turns allocated, with
their season and price, and those declined with the reasons)."""

import datetime as dt

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from luukku.cases.models import OutboundMail
from luukku.cases.notifications import mail_queue
from luukku.core.calendar import HELSINKI
from luukku.core.site import service_centre_name

from ..models import Application, ApplicationWish, Reservation, ReservationSeries


def application_private_url(application: Application) -> str:
    with translation.override(application.language):
        path = reverse("public:round_application", kwargs={"token": application.token})
    return settings.SITE_URL + path


def application_turns(application: Application) -> list[dict]:
    """The wished turns with what became of each (the allocated ones with their dates booked,
    the season's dates left out and the price)."""
    turns = []
    for wish in application.wishes.select_related("unit", "series").order_by(
        "weekday", "starts", "pk"
    ):
        turn = {"wish": wish, "count": 0, "price_cents": 0, "first": None, "last": None}
        turn |= {"dates": [], "skipped": []}
        if wish.series_id:
            booked = list(
                wish.series.reservations.filter(state__in=Reservation.ACTIVE).order_by("starts_at")
            )
            dates = [
                (r.starts_at.astimezone(HELSINKI), r.ends_at.astimezone(HELSINKI)) for r in booked
            ]
            turn |= {"count": len(booked), "price_cents": sum(r.price_cents for r in booked)}
            turn |= {"first": dates[0][0] if dates else None}
            turn |= {"last": dates[-1][0] if dates else None}
            turn |= {"dates": dates, "skipped": _season_skipped(wish.series, dates)}
        turns.append(turn)
    return turns


def _season_skipped(series: ReservationSeries, dates) -> list[dt.date]:
    """The season's days on the turn's weekday that have no booking: a holiday, the unit
    closed or the time taken already."""
    booked = {starts.date() for starts, _ends in dates}
    day = series.first_day + dt.timedelta(days=(series.weekday - series.first_day.weekday()) % 7)
    skipped = []
    while day <= series.last_day:
        if day not in booked:
            skipped.append(day)
        day += dt.timedelta(days=7)
    return skipped


def application_notify(application: Application, what: str):
    """Queue the message (`what`: "received", "withdrawn" or "results") in the write that
    caused it."""
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
