"""The checks a citizen's request (web form, Open311) must pass, and `web_request_submit`,
which makes it a case: the web form with files, and the worker registering a request taken
in earlier (`submissions`)."""

import logging
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import MaxLengthValidator, ProhibitNullCharactersValidator
from django.utils.translation import gettext as _

from luukku.cases.events import message_details
from luukku.cases.models import Case
from luukku.cases.notifications import acknowledgement_queue
from luukku.cases.services import case_create_for_contact
from luukku.core.locks import in_transaction
from luukku.customers.models import Customer

from ..citizen_request import CitizenRequest

logger = logging.getLogger(__name__)


# The longest subject and description a citizen's request may have (the case's subject
# column; the web form shows the same limits).
REQUEST_LIMITS = {"subject": Case._meta.get_field("subject").max_length, "description": 10_000}


_WITHIN_LIMITS = {name: MaxLengthValidator(limit) for name, limit in REQUEST_LIMITS.items()}


_NO_NUL = ProhibitNullCharactersValidator()


# How a citizen may ask to be contacted back (a letter or a text message is the staff's call).
CITIZEN_CONTACT_CHANNELS = (Customer.ContactChannel.EMAIL, Customer.ContactChannel.PHONE)


def _request_errors(request: CitizenRequest) -> dict[str, list[str]]:
    """What a citizen's request is refused for before its contact and case are looked at:
    the service, an empty description, text longer than the case holds or with characters
    no database stores, a way of contact the citizen cannot choose, and asking to be called
    without a phone number. The web form relies on these as much as Open311 does."""
    if not request.service.accepts_requests:
        return {"service": [_("This service does not take requests online.")]}
    texts = request.texts()
    errors: dict[str, list[str]] = {}
    if not (texts.get("description") or "").strip():
        errors["description"] = [_("Describe your matter.")]
    for name, within_limit in _WITHIN_LIMITS.items():
        try:
            within_limit(texts.get(name) or "")
        except ValidationError as error:
            errors[name] = error.messages
    for name, value in texts.items():
        try:
            _NO_NUL(value or "")
        except ValidationError as error:
            errors.setdefault(name, error.messages)
    contact_by = texts.get("preferred_channel") or ""
    if contact_by and contact_by not in CITIZEN_CONTACT_CHANNELS:
        errors["preferred_channel"] = [_("Choose e-mail or phone.")]
    elif contact_by == Customer.ContactChannel.PHONE and not (texts.get("phone") or "").strip():
        errors["phone"] = [_("Give a phone number if you want us to call you.")]
    return errors


@in_transaction
def web_request_submit(
    *,
    request: CitizenRequest,
    files: Iterable[UploadedFile] = (),
    acknowledge: bool = True,
    token: str = "",
    received_at=None,
) -> Case:
    """A citizen's request from the web form, or from an app through Open311 (its
    `channel`): customer found or created, case, acknowledgement (unless the caller sends
    its own confirmation). `token` and `received_at` come from a request taken in earlier
    (`request_take_in`)."""
    if errors := _request_errors(request):
        raise ValidationError(errors)
    channel = request.channel
    case = case_create_for_contact(
        first_name=request.first_name,
        last_name=request.last_name,
        email=request.email,
        phone=request.phone,
        preferred_channel=request.preferred_channel,
        language=request.language,
        context=f"{channel}_request",
        service=request.service,
        channel=channel,
        subject=request.subject,
        body=request.description,
        request_form=True,
        answers=request.answers,
        address=request.address,
        latitude=request.latitude,
        longitude=request.longitude,
        files=files,
        message_data=message_details(media_url=request.media_url),
        token=token,
        received_at=received_at,
    )
    if acknowledge:
        acknowledgement_queue(case=case)
    return case
