"""Messages to registrants: each to the address they gave with the registration (never one
found on a customer record), in their language, with the private link to the registration
and, once a place is theirs, the course's sessions as an iCalendar file."""

import datetime as dt

from django.conf import settings
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from luukku.cases.models import OutboundMail
from luukku.cases.notifications import mail_domain, mail_queue
from luukku.commerce.models import Invoice
from luukku.commerce.templatetags.commerce_labels import euros
from luukku.core.site import service_centre_name

from .models import Registration
from .selectors.courses import waiting_position

PRODID = "-//Luukku//Courses//FI"


def registration_private_url(registration: Registration) -> str:
    with translation.override(registration.language):
        path = reverse("public:course_registration", kwargs={"token": registration.token})
    return settings.SITE_URL + path


def _when(moment: dt.datetime | None) -> str:
    if moment is None:
        return ""
    return formats.date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT")


def _sessions_text(registration: Registration) -> str:
    lines = []
    for session in registration.course.sessions.all():
        start, end = timezone.localtime(session.starts_at), timezone.localtime(session.ends_at)
        day = formats.date_format(start, "SHORT_DATE_FORMAT")
        # The reader's clock: 18.00 in Finnish and Swedish, 18:00 in English.
        begins, ends = (formats.time_format(t, "TIME_FORMAT") for t in (start, end))
        lines.append(f"- {day} {begins}–{ends}")
    return "\n".join(lines)


def _texts(registration: Registration, action: str) -> tuple[str, str]:
    """The subject and the opening paragraph for the step (in the active language)."""
    course = registration.course
    name = {"course": course.name}
    until = _when(registration.offer_until)
    texts = {
        "confirmed": (
            _("Your place on %(course)s is confirmed") % name,
            _("Your registration for %(course)s is confirmed. Welcome!") % name,
        ),
        "waiting": (
            _("You are on the waiting list of %(course)s") % name,
            _(
                "The course %(course)s is full, and you are on its waiting list as number "
                "%(position)s. If a place frees, we offer it to you by e-mail."
            )
            % {**name, "position": waiting_position(registration) or "–"},
        ),
        "offered": (
            _("A place on %(course)s is free for you") % name,
            _(
                "A place on %(course)s has freed and is yours if you accept it (and pay the "
                "fee) by %(until)s. After that it goes to the next on the waiting list."
            )
            % {**name, "until": until},
        ),
        "offer_expired": (
            _("The place offered on %(course)s went to the next") % name,
            _(
                "You did not accept the place on %(course)s in time, so it was offered to the "
                "next on the waiting list."
            )
            % name,
        ),
        "expired": (
            _("Your registration for %(course)s lapsed") % name,
            _("Your registration for %(course)s lapsed because it was not finished in time.")
            % name,
        ),
        "cancelled": (
            _("Your registration for %(course)s is cancelled") % name,
            _("Your registration for %(course)s is cancelled.") % name,
        ),
        "course_runs": (
            _("%(course)s will run") % name,
            _("%(course)s has enough participants and will run as planned. See you there!") % name,
        ),
        "course_cancelled": (
            _("%(course)s is cancelled") % name,
            _("Unfortunately %(course)s is cancelled.") % name,
        ),
    }
    subject, opening = texts[action]
    if action in ("cancelled", "course_cancelled"):
        opening += " " + _money_text(registration)
    if action == "confirmed":
        opening += _confirmed_details(registration)
    return subject, opening


def _money_text(registration: Registration) -> str:
    """What a cancellation means for the fee, with its amount: refunded, the invoice
    credited or still due, kept under the binding terms, or nothing owed."""
    order = registration.order
    if registration.refund_due_cents:
        amount = euros(registration.refund_due_cents)
        return _("The fee you paid, %(amount)s, will be refunded.") % {"amount": amount}
    if order is None:
        return _("The course is free of charge: you owe nothing.")
    invoice = getattr(order, "invoice", None)
    if invoice is not None and invoice.status == Invoice.Status.CANCELLED:
        amount = euros(invoice.amount_cents - invoice.paid_cents)
        return _("Your invoice of %(amount)s is credited: you need not pay it.") % {
            "amount": amount
        }
    if invoice is not None and invoice.status == Invoice.Status.OPEN:
        amount = euros(invoice.amount_cents - invoice.paid_cents)
        return _(
            "The free cancellation period had ended, so your invoice of %(amount)s is still "
            "to be paid (the registration terms are binding)."
        ) % {"amount": amount}
    if order.paid_cents and order.refunded_cents >= order.paid_cents:
        return _("The fee you paid, %(amount)s, has been refunded.") % {
            "amount": euros(order.refunded_cents)
        }
    if order.paid_cents:
        return _(
            "The free cancellation period had ended, so the fee you paid, %(amount)s, is not "
            "refunded (the registration terms are binding)."
        ) % {"amount": euros(order.paid_cents - order.refunded_cents)}
    return _("The fee of %(amount)s was not paid and is cancelled: you owe nothing.") % {
        "amount": euros(order.total_cents)
    }


def _confirmed_details(registration: Registration) -> str:
    """What a confirmation adds: the amount paid (or invoiced), the last day of free
    cancellation, and the discount's proof to show at the first session."""
    lines = []
    order = registration.order
    if order is not None and order.status == "invoiced":
        lines.append(_("Fee invoiced: %(amount)s.") % {"amount": euros(order.total_cents)})
    elif order is not None and order.paid_cents:
        lines.append(_("Fee paid: %(amount)s.") % {"amount": euros(order.paid_cents)})
    until = registration.course.free_cancellation_until
    if until is not None:
        day = formats.date_format(until, "SHORT_DATE_FORMAT")
        lines.append(
            _(
                "You can cancel free of charge until %(day)s by the link below; after that "
                "the registration is binding."
            )
            % {"day": day}
        )
    if registration.proof_to_check:
        lines.append(
            _("Bring the proof of your discount (%(group)s) to the first session.")
            % {"group": registration.get_group_display()}
        )
    return "".join("\n\n" + line for line in lines)


def _greeting(registration: Registration) -> str:
    """Hello and the first name the registrant gave (as staff's messages begin)."""
    name = registration.first_name.strip()
    return _("Hello %(name)s,") % {"name": name} if name else _("Hello,")


def _body(registration: Registration, opening: str, *, sessions: bool) -> str:
    course = registration.course
    parts = [_greeting(registration), "", opening, ""]
    if sessions:
        parts += [_("Sessions:"), _sessions_text(registration), ""]
        place = course.venue_label
        parts += [_("Place: %(place)s") % {"place": place}, ""]
    parts += [
        _("Your registration, its status and cancellation: %(url)s")
        % {"url": registration_private_url(registration)},
        "",
        service_centre_name(),
    ]
    return "\n".join(parts) + "\n"


def registration_ics(registration: Registration) -> str:
    """The course's sessions as calendar events for the registrant."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    course = registration.course
    for session in course.sessions.all():
        event = Event()
        event.add("uid", f"course-{course.pk}-{session.pk}-{registration.pk}@{mail_domain()}")
        event.add("dtstamp", timezone.now().astimezone(dt.UTC))
        event.add("dtstart", session.starts_at.astimezone(dt.UTC))
        event.add("dtend", session.ends_at.astimezone(dt.UTC))
        event.add("summary", course.name)
        event.add("location", course.venue_label)
        event.add("url", registration_private_url(registration))
        calendar.add_component(event)
    return calendar.to_ical().decode()


def registration_notify(registration: Registration, action: str, *, reason: str = ""):
    """Tell the registrant of a step (in the write's transaction, through the case's mail
    queue), with staff's `reason` for it; nothing when they gave no e-mail address."""
    if registration.case_id is None or not registration.email:
        return None
    with translation.override(registration.language):
        subject, opening = _texts(registration, action)
        if reason.strip():
            opening += "\n\n" + _("Reason: %(reason)s") % {"reason": reason.strip()}
        confirmed = action in ("confirmed", "course_runs")
        body = _body(registration, opening, sessions=confirmed or action == "offered")
        calendar = registration_ics(registration) if confirmed else ""
    return mail_queue(
        registration.case,
        kind=OutboundMail.Kind.REGISTRATION,
        subject=subject,
        body=body,
        calendar=calendar,
        recipient=registration.email,
    )


def _signature(registration: Registration) -> list[str]:
    """The course's service point signs: its name, address and how to reach it."""
    point = registration.course.service_point
    address = f"{point.street_address}, {point.postal_code} {point.post_office}".strip(" ,")
    reach = " · ".join(p for p in (point.phone, point.email) if p)
    return [_("Best regards,"), point.name, *(line for line in (address, reach) if line)]


def registration_message_text(registration: Registration, body: str) -> str:
    """Staff's message framed for one registrant in the active language: a greeting by their
    first name where they gave one, the message, the service point's signature and the link
    to their registration."""
    greeting = _greeting(registration)
    link = _("Your registration for %(course)s, its status and cancellation: %(url)s") % {
        "course": registration.course.name,
        "url": registration_private_url(registration),
    }
    return "\n".join([greeting, "", body, "", *_signature(registration), "", link]) + "\n"


def registration_message_send(registration: Registration, *, subject: str, body: str, by):
    """Staff's message to a registrant, framed in the registrant's language."""
    with translation.override(registration.language):
        text = registration_message_text(registration, body)
    return mail_queue(
        registration.case,
        kind=OutboundMail.Kind.REGISTRATION,
        subject=subject,
        body=text,
        recipient=registration.email,
    )
