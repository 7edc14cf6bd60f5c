"""Messages about appointments and callbacks: e-mail with an iCalendar object, or SMS.

Every message goes through the case's mail queue (`cases.notifications.mail_queue`), in the
same transaction as the change, and its delivery is written on the case's timeline. A
customer without an e-mail address gets a text message instead, when they gave a phone
number; a text message is sent by the worker after the change is committed.
"""

import datetime as dt

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Alarm, Calendar, Event, vCalAddress, vText

from luukku.cases.models import OutboundMail
from luukku.cases.notifications import case_private_url, mail_queue
from luukku.core.calendar import HELSINKI
from luukku.core.locks import in_transaction
from luukku.core.site import service_centre_name

from .models import Appointment, Callback, MeetingType

PRODID = "-//Luukku//Appointments//FI"


def appointment_private_url(appointment: Appointment) -> str:
    with translation.override(appointment.language):
        path = reverse("public:appointment", kwargs={"token": appointment.token})
    return settings.SITE_URL + path


def appointment_place(appointment: Appointment) -> str:
    """Where the appointment happens, in the active language."""
    if appointment.meeting_type == MeetingType.SERVICE_POINT and appointment.service_point_id:
        point = appointment.service_point
        return f"{point.name}, {point.street_address}, {point.postal_code} {point.post_office}"
    if appointment.meeting_type == MeetingType.VIDEO:
        return appointment.video_url
    from django.utils.translation import gettext as _

    phone = appointment.case.contact_phone
    return _("By phone: we call you at %(phone)s") % {"phone": phone or "–"}


def _event(calendar: Calendar, appointment: Appointment, *, cancelled: bool, staff_view: bool):
    event = Event()
    event.add("uid", appointment.uid)
    event.add("dtstamp", timezone.now().astimezone(dt.UTC))
    event.add("dtstart", appointment.starts_at.astimezone(dt.UTC))
    event.add("dtend", appointment.ends_at.astimezone(dt.UTC))
    event.add("sequence", appointment.sequence)
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("transp", "OPAQUE")
    place = appointment_place(appointment)
    if staff_view:
        # The staff feed leaves the customer out: it travels to calendar apps outside Luukku.
        url = settings.SITE_URL + reverse("web:appointment", args=[appointment.pk])
        event.add("summary", f"{appointment.service} · {appointment.get_meeting_type_display()}")
        event.add("description", f"{appointment.case.reference}\n{url}")
        if appointment.meeting_type != MeetingType.PHONE:
            event.add("location", place)
        event.add("url", url)
    else:
        url = appointment_private_url(appointment)
        event.add("summary", f"{appointment.service} · {service_centre_name()}")
        description = render_to_string(
            "appointments/mail/calendar_description.txt",
            {"appointment": appointment, "url": url, "place": place},
        )
        event.add("description", description.strip())
        event.add("location", place)
        event.add("url", url)
        organizer = vCalAddress(f"mailto:{_address(settings.DEFAULT_FROM_EMAIL)}")
        organizer.params["cn"] = vText(service_centre_name())
        event.add("organizer", organizer)
        if appointment.case.contact_email:
            attendee = vCalAddress(f"mailto:{appointment.case.contact_email}")
            attendee.params["cn"] = vText(str(appointment.customer))
            attendee.params["role"] = vText("REQ-PARTICIPANT")
            attendee.params["rsvp"] = vText("FALSE")
            event.add("attendee", attendee)
        if not cancelled:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", str(appointment.service))
            alarm.add("trigger", dt.timedelta(hours=-1))
            event.add_component(alarm)
    calendar.add_component(event)


def _address(value: str) -> str:
    from email.utils import parseaddr

    return parseaddr(value)[1] or value


def appointment_ics(appointment: Appointment, *, method: str = "REQUEST") -> str:
    """The appointment as an iCalendar object for the customer (`REQUEST` or `CANCEL`)."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", method)
    with translation.override(appointment.language):
        _event(calendar, appointment, cancelled=method == "CANCEL", staff_view=False)
    return calendar.to_ical().decode()


def staff_feed_ics(*, staff, appointments) -> str:
    """A staff member's appointments as a subscribable calendar (no customer details)."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"Luukku · {staff}")
    calendar.add("x-wr-timezone", "Europe/Helsinki")
    for appointment in appointments:
        _event(
            calendar,
            appointment,
            cancelled=appointment.status == Appointment.Status.CANCELLED,
            staff_view=True,
        )
    return calendar.to_ical().decode()


# What happened → the iCalendar method sent with the message.
METHODS = {"booked": "REQUEST", "changed": "REQUEST", "cancelled": "CANCEL", "reminder": "REQUEST"}


@in_transaction
def appointment_notify(*, appointment: Appointment, what: str) -> None:
    """Tell the customer: by e-mail with the calendar object, or by text message."""
    method = METHODS[what]
    case = appointment.case
    with translation.override(appointment.language):
        context = {
            "appointment": appointment,
            "what": what,
            "url": appointment_private_url(appointment),
            "case_url": case_private_url(case),
            "place": appointment_place(appointment),
            "starts": appointment.starts_at.astimezone(HELSINKI),
            "ends": appointment.ends_at.astimezone(HELSINKI),
            "centre": service_centre_name(),
            "instructions": getattr(
                getattr(appointment.service, "booking", None), "instructions", ""
            ),
        }
        subject = render_to_string(f"appointments/mail/{what}_subject.txt", context).strip()
        body = render_to_string(f"appointments/mail/{what}.txt", context)
        sms = render_to_string("appointments/mail/sms.txt", context).strip()
        if case.contact_email:
            mail_queue(
                case,
                kind=OutboundMail.Kind.APPOINTMENT,
                subject=subject,
                body=body,
                calendar=appointment_ics(appointment, method=method),
            )
        elif case.contact_phone:
            sms_queue(case_id=case.pk, to=case.contact_phone, body=sms, what=f"appointment_{what}")


@in_transaction
def callback_notify(*, callback: Callback) -> None:
    """Confirm a callback request: when we will call, to which number."""
    case = callback.case
    with translation.override(case.language):
        context = {
            "callback": callback,
            "starts": callback.window_start.astimezone(HELSINKI),
            "ends": callback.window_end.astimezone(HELSINKI),
            "url": case_private_url(case),
            "centre": service_centre_name(),
        }
        subject = render_to_string("appointments/mail/callback_subject.txt", context).strip()
        body = render_to_string("appointments/mail/callback.txt", context)
    if case.contact_email:
        mail_queue(case, kind=OutboundMail.Kind.CALLBACK, subject=subject, body=body)


def sms_queue(*, case_id: int, to: str, body: str, what: str) -> None:
    """Send a text message once the change that caused it is committed."""
    from .tasks import sms_deliver_task

    transaction.on_commit(
        lambda: sms_deliver_task.enqueue(case_id=case_id, to=to, body=body, what=what)
    )


def sms_deliver(*, case_id: int, to: str, body: str, what: str) -> str:
    """Send one text message and write the outcome on the case's timeline."""
    from luukku.cases.events import event_text_message_outcome
    from luukku.cases.models import Case
    from luukku.core.sms import sms_send

    case = Case.objects.get(pk=case_id)
    try:
        sms_send(to=to, body=body)
    except Exception as error:  # the gateway's own errors, whatever they are
        event = event_text_message_outcome(case, what=what, to=to, error=str(error))
    else:
        event = event_text_message_outcome(case, what=what, to=to)
    return event.data["status"]
