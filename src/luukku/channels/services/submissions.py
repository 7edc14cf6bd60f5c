"""Requests taken in at once and registered as cases by the worker, with retries."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db.models import F
from django.utils import timezone

from luukku.cases.models import Case, Channel
from luukku.cases.services import case_check
from luukku.core.locks import row_claim, write_transaction
from luukku.customers.services import contact_clean

from ..citizen_request import CitizenRequest
from ..models import FiledRequest, Submission, new_token
from ..selectors import submission_get
from .requests import _request_errors, web_request_submit

logger = logging.getLogger(__name__)

REGISTER_ATTEMPTS = 5


def request_take_in(*, request: CitizenRequest, api_key=None) -> Submission:
    """A request from the web form or an Open311 client, checked as `web_request_submit`
    would check it and kept in one insert; the worker registers it as a case (with the
    acknowledgement) moments later, under the private link the sender already holds.

    Raises ValidationError, writing nothing, for anything that would stop the case."""
    if errors := _take_in_errors(request):
        raise ValidationError(errors)
    # One insert, nothing else: the row itself is the worker's queue.
    return Submission.objects.create(
        channel=request.channel,
        service=request.service,
        api_key=api_key,
        language=request.language,
        data=request.to_data(),
        token=new_token() if request.channel == Channel.OPEN311 else None,
    )


def _take_in_errors(request: CitizenRequest) -> dict[str, list[str]]:
    """Every problem that would stop the case, found without writing: the request's own,
    its contact details, and what the case itself asks (`case_check`); only the service's
    refusal, when it takes no requests, alone."""
    errors = _request_errors(request)
    if "service" in errors:
        return errors
    try:
        contact = contact_clean(
            email=request.email,
            phone=request.phone,
            first_name=request.first_name,
            last_name=request.last_name,
        )
        anonymous = not (contact["email"] or contact["phone"])
    except ValidationError as error:
        errors.update(error.message_dict)
        anonymous = False  # an address was given, only not a valid one
    try:
        case_check(
            service=request.service,
            channel=request.channel,
            subject=request.subject,
            anonymous=anonymous,
            answers=request.answers,
            address=request.address,
            latitude=request.latitude,
        )
    except ValidationError as error:
        errors.update(error.message_dict)
    return errors


def web_form_send(*, request: CitizenRequest, files: list[UploadedFile]) -> str:
    """The citizen's web form: with files the case is made at once (the files are stored
    with it), otherwise the request is taken in and registered moments later. The private
    link's token either way."""
    if files:
        return web_request_submit(request=request, files=files).token
    return request_take_in(request=request).case_token


def submission_register(*, submission_id: int) -> Submission | None:
    """Register this request now (its sender is asking for it), waiting for a worker that
    has it in hand; None when there is nothing left to register."""
    return _register(Submission.objects.filter(pk=submission_id), wait=True)


def submissions_register_waiting(*, limit: int = 100) -> int:
    """The worker's round: register the waiting requests, oldest first, up to `limit`;
    workers on several servers share them, each row taken by one. How many were handled."""
    handled = 0
    while handled < limit:
        due = Submission.objects.filter(next_attempt_at__lte=timezone.now())
        if _register(due.order_by("next_attempt_at", "pk"), wait=False) is None:
            break
        handled += 1
    return handled


def _register(candidates, *, wait: bool) -> Submission | None:
    """Make the first waiting request among `candidates` a case, in one transaction. A
    request the case's own checks now refuse (its service withdrawn since) is marked failed,
    its data kept for the service centre; any other failure is kept as the error and tried
    again after a growing pause."""
    taken = None
    try:
        with write_transaction(savepoint=True):
            # The service with its unit and department, which the case is filed under.
            taken = row_claim(
                candidates.filter(state=Submission.State.PENDING).select_related(
                    "service__responsible_unit__department"
                ),
                wait=wait,
            )
            if taken is None:
                return None
            taken.case = _submission_case(taken)
            taken.state = Submission.State.REGISTERED
            taken.registered_at = timezone.now()
            taken.attempts += 1
            taken.data, taken.error = {}, ""
            taken.save()
            return taken
    except ValidationError as error:
        problems = "; ".join(f"{k}: {' '.join(v)}" for k, v in error.message_dict.items())
        Submission.objects.filter(pk=taken.pk).update(
            state=Submission.State.FAILED, attempts=F("attempts") + 1, error=problems
        )
        logger.error("request %s could not be registered: %s", taken.pk, problems)
    except Exception as error:
        if taken is None:
            raise
        attempts = taken.attempts + 1
        pause = timedelta(seconds=settings.MAIL_RETRY_SECONDS * 2 ** (attempts - 1))
        Submission.objects.filter(pk=taken.pk).update(
            attempts=attempts,
            error=repr(error)[:2000],
            next_attempt_at=timezone.now() + pause,
            state=Submission.State.FAILED
            if attempts >= REGISTER_ATTEMPTS
            else Submission.State.PENDING,
        )
        logger.exception("registering request %s failed", taken.pk)
    return Submission.objects.get(pk=taken.pk)


# A registered request keeps only its tokens and its case, for Open311 clients that ask
# `tokens/{token}` late; after this it is forgotten.
KEEP_REGISTERED = timedelta(days=90)


def submissions_prune() -> int:
    """Forget the requests registered long ago (their cases stay); how many."""
    deleted, _ = Submission.objects.filter(
        state=Submission.State.REGISTERED,
        registered_at__lt=timezone.now() - KEEP_REGISTERED,
    ).delete()
    return deleted


def submissions_retry(*, submission_ids: list[int]) -> int:
    """Send failed requests back to the worker (their cause mended); how many went."""
    return Submission.objects.filter(pk__in=submission_ids, state=Submission.State.FAILED).update(
        state=Submission.State.PENDING, attempts=0, next_attempt_at=timezone.now()
    )


def submission_get_registered(*, token: str = "", case_token: str = "") -> Submission:
    """A request taken in, by its Open311 token or its private link, registered now if
    the worker has not come to it yet; Submission.DoesNotExist for an unknown one."""
    submission = submission_get(token=token, case_token=case_token)
    if submission.state == Submission.State.PENDING:
        submission_register(submission_id=submission.pk)
        submission = submission_get(token=token, case_token=case_token)
    return submission


def _submission_case(submission: Submission) -> Case:
    request = CitizenRequest.from_data(
        submission.data,
        service=submission.service,
        channel=submission.channel,
        language=submission.language,
    )
    case = web_request_submit(
        request=request, token=submission.case_token, received_at=submission.received_at
    )
    if submission.api_key_id:
        FiledRequest.objects.create(case=case, api_key_id=submission.api_key_id)
    return case
