"""A registration's steps on its case (the case's timeline shows them with the course's
name as it was when the step happened)."""

from django.utils import translation

from luukku.cases.events import event_registration

from ..models import Registration


def registration_event(registration: Registration, action: str, *, by=None, now=None, **extra):
    """The registration's step on its case, with what the template needs to say it."""
    if registration.case_id is None:
        return None
    course = registration.course
    with translation.override(registration.language):
        name = course.name
    details = {"course": name, "code": course.code, **extra}
    return event_registration(
        registration.case,
        actor=by,
        action=action,
        registration_id=registration.pk,
        details=details,
        at=now,
    )
