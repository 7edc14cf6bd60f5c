"""A registrant's messages: greeted by the first name they gave in their language, the
waiting list's position told, and subjects that begin and end with no space (also once
encoded for sending)."""

import email
from email import policy

import pytest

from luukku.cases.models import OutboundMail
from luukku.cases.notifications import _message

from ...models import Registration
from .test_registrations import register


@pytest.mark.parametrize(
    ("language", "greeting", "waiting"),
    [
        ("fi", "Hei Aino,", "olet sen varasijalla numero 2."),
        ("sv", "Hej Aino,", "på dess reservlista som nummer 2."),
        ("en", "Hello Aino,", "on its waiting list as number 2."),
    ],
)
def test_messages_greet_the_registrant_and_tell_the_waiting_position(
    course, language, greeting, waiting
):
    for n in range(1, 4):
        register(course, n, language=language)
    fourth = register(course, 4, language=language)

    assert fourth.status == Registration.Status.WAITING
    mail = OutboundMail.objects.filter(case=fourth.case).get()
    assert mail.body.startswith(greeting + "\n\n")
    assert waiting in mail.body


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_no_subject_begins_or_ends_with_a_space_once_sent(course, language):
    course.name_fi = course.name_sv = course.name_en = "Espanjan alkeet – jatkokurssi syksy"
    course.save()
    register(course, 1, language=language)
    register(course, 2, language=language)
    register(course, 3, language=language)

    mails = list(OutboundMail.objects.all())
    assert len(mails) == 3
    for mail in mails:
        raw = _message(mail).message().as_bytes()
        subject = email.message_from_bytes(raw, policy=policy.default)["Subject"]
        assert subject == mail.subject == mail.subject.strip()
