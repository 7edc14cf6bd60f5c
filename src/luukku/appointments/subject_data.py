"""What appointments and callbacks hold of a person, for the data-subject export, the erasure
and retention. Registered with `privacy.subjects` by `AppointmentsConfig.ready`.

An appointment or a callback is anonymised by cutting it from the customer and blanking its
own contact details (a video link, the phone number, the callers' notes); its time, service,
staff member and status stay for the calendar's and the metrics' history. What its case holds
follows the case's own rule.
"""

import datetime as dt

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from luukku.privacy.subjects import ExportPart, retention_scope

from .models import Appointment, Callback, CallbackAttempt


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def _of(customer) -> Q:
    return Q(customer=customer) | Q(customer__merged_into=customer)


def appointments_export(customer) -> ExportPart:
    appointments = (
        Appointment.objects.filter(_of(customer))
        .select_related("service", "staff", "service_point", "case")
        .order_by("starts_at", "pk")
    )
    return ExportPart(
        rows=[
            {
                "case": appointment.case.reference,
                "service": appointment.service.name,
                "starts_at": _iso(appointment.starts_at),
                "ends_at": _iso(appointment.ends_at),
                "meeting_type": appointment.get_meeting_type_display(),
                "service_point": str(appointment.service_point or ""),
                "video_url": appointment.video_url,
                "staff": str(appointment.staff),
                "status": appointment.get_status_display(),
                "booked_at": _iso(appointment.created_at),
            }
            for appointment in appointments
        ]
    )


def callbacks_export(customer) -> ExportPart:
    callbacks = (
        Callback.objects.filter(_of(customer))
        .select_related("service", "case")
        .prefetch_related("attempt_log")
        .order_by("window_start", "pk")
    )
    return ExportPart(
        rows=[
            {
                "case": callback.case.reference,
                "service": callback.service.name,
                "phone": callback.phone,
                "window_start": _iso(callback.window_start),
                "window_end": _iso(callback.window_end),
                "status": callback.get_status_display(),
                "asked_at": _iso(callback.created_at),
                "attempts": [
                    {
                        "at": _iso(attempt.at),
                        "outcome": attempt.get_outcome_display(),
                        "note": attempt.note,
                    }
                    for attempt in callback.attempt_log.all()
                ],
            }
            for callback in callbacks
        ]
    )


def appointments_blockers(customer, now: dt.datetime) -> list[str]:
    """A booked appointment still to come, or a callback still waiting, must be kept until
    it has taken place."""
    reasons = []
    upcoming = Appointment.objects.filter(
        _of(customer), status=Appointment.Status.BOOKED, ends_at__gt=now
    ).count()
    if upcoming:
        reasons.append(
            ngettext(
                "%(count)d booked appointment is still to come: cancel it or wait until it "
                "has taken place.",
                "%(count)d booked appointments are still to come: cancel them or wait until "
                "they have taken place.",
                upcoming,
            )
            % {"count": upcoming}
        )
    if Callback.objects.filter(_of(customer), status=Callback.Status.WAITING).exists():
        reasons.append(_("A callback is still waiting to be made."))
    return reasons


def appointments_due(*, service_ids, exclude, cutoff: dt.datetime) -> list[int]:
    """Appointments that ended before `cutoff` and still name the person or hold a link."""
    rows = Appointment.objects.filter(ends_at__lt=cutoff).filter(
        Q(customer__isnull=False) | ~Q(video_url="")
    )
    rows = retention_scope(
        rows.exclude(case__legal_hold=True), service_ids=service_ids, exclude=exclude
    )
    return list(rows.order_by("pk").values_list("pk", flat=True))


def callbacks_due(*, service_ids, exclude, cutoff: dt.datetime) -> list[int]:
    """Callbacks made or given up whose window ended before `cutoff`, still with a number."""
    rows = (
        Callback.objects.filter(window_end__lt=cutoff)
        .exclude(status=Callback.Status.WAITING)
        .filter(Q(customer__isnull=False) | ~Q(phone=""))
    )
    rows = retention_scope(
        rows.exclude(case__legal_hold=True), service_ids=service_ids, exclude=exclude
    )
    return list(rows.order_by("pk").values_list("pk", flat=True))


@transaction.atomic(savepoint=False)
def appointment_anonymise(appointment_id: int) -> None:
    Appointment.objects.filter(pk=appointment_id).update(customer=None, video_url="")


@transaction.atomic(savepoint=False)
def callback_anonymise(callback_id: int) -> None:
    Callback.objects.filter(pk=callback_id).update(customer=None, phone="")
    CallbackAttempt.objects.filter(callback_id=callback_id).update(note="")


@transaction.atomic(savepoint=False)
def case_appointments_anonymise(case_id: int) -> None:
    """With its case: the case's appointments and callbacks lose the person too."""
    for pk in Appointment.objects.filter(case_id=case_id).values_list("pk", flat=True):
        appointment_anonymise(pk)
    for pk in Callback.objects.filter(case_id=case_id).values_list("pk", flat=True):
        callback_anonymise(pk)


@transaction.atomic(savepoint=False)
def customer_appointments_anonymise(customer) -> int:
    """On erasure: every appointment and callback of the person (none is to come: the
    blockers saw to that)."""
    count = 0
    for pk in Appointment.objects.filter(_of(customer)).values_list("pk", flat=True):
        appointment_anonymise(pk)
        count += 1
    for pk in Callback.objects.filter(_of(customer)).values_list("pk", flat=True):
        callback_anonymise(pk)
        count += 1
    return count
