from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet

from luukku.cases.models import Case
from luukku.organisation.models import User
from luukku.privacy.services import access_log_record

from .mail_parsing import MailParseError, mail_parse
from .models import InboundMessage, Mailbox, Submission

# A published request was filed where the sender was told it would be public: the web form
# (which says so for these services) or an Open311 client. Phone calls, e-mails and counter
# visits are never published: what people say there is addressed to the city alone.
# Sent on the web form or through Open311 (never said on the phone, at the counter, in chat or
# by e-mail, nor a booking or a callback), in a service whose requests are public.
PUBLISHED = Q(
    request_form=True,
    service__requests_public=True,
    service__sensitive=False,
    sensitive=False,
)


def request_is_published(*, case: Case) -> bool:
    """Whether anyone can read this case as an Open311 request: PUBLISHED, for a case in hand
    (with its service). The staff's case page says so too."""
    return (
        case.service.requests_public
        and not case.service.sensitive
        and not case.sensitive
        and case.request_form
    )


def imap_mailboxes() -> QuerySet[Mailbox]:
    """The active mailboxes that the worker fetches over IMAP."""
    return Mailbox.objects.filter(is_active=True).exclude(imap_host="")


def _check_mail_staff(user: User) -> None:
    """The front line and supervisors handle the mailboxes; experts work through cases, and
    the data protection officer reads no mail (need to know)."""
    if user.role in {User.Role.EXPERT, User.Role.DPO} or not user.is_active:
        raise PermissionDenied


def quarantine_list(*, viewer: User) -> QuerySet[InboundMessage]:
    _check_mail_staff(viewer)
    return InboundMessage.objects.filter(status=InboundMessage.Status.QUARANTINED).defer("raw")


def quarantined_message_get_for_view(*, message_id: int, viewer: User) -> InboundMessage:
    """One quarantined message with its raw text; it may hold personal data, so it is logged."""
    _check_mail_staff(viewer)
    message = InboundMessage.objects.get(pk=message_id, status=InboundMessage.Status.QUARANTINED)
    access_log_record(actor=viewer, action="view", context=f"quarantine:{message.pk}")
    return message


def case_inbound_mail(*, case: Case) -> dict[int, int]:
    """Which timeline events of the case came by e-mail: event id → received message id."""
    return dict(
        InboundMessage.objects.filter(case=case, event__isnull=False).values_list("event_id", "pk")
    )


def case_mail_get_for_view(*, case: Case, message_id: int, viewer: User) -> InboundMessage:
    """A received e-mail of a case the viewer may see, whole, parsed again from the raw
    bytes (`.parsed`, None if it cannot be read); the view is logged.

    The caller has already checked the case is within the viewer's access.
    """
    message = InboundMessage.objects.select_related("event").get(pk=message_id, case=case)
    access_log_record(actor=viewer, action="view", case=case, context=f"case_mail:{message.pk}")
    try:
        message.parsed = mail_parse(bytes(message.raw))
    except MailParseError:
        message.parsed = None
    return message


def submission_get(*, token: str = "", case_token: str = "") -> Submission:
    """A request taken in, by the token its Open311 client holds or by its private link;
    Submission.DoesNotExist for neither."""
    if not (token or case_token):
        raise Submission.DoesNotExist
    found = Submission.objects.select_related("case", "service")
    return found.get(token=token) if token else found.get(case_token=case_token)
