from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet

from luukku.organisation.models import User
from luukku.privacy.services import access_log_record

from .models import InboundMessage


def _check_mail_staff(user: User) -> None:
    """The front line and supervisors handle the mailboxes; experts work through cases."""
    if user.role == User.Role.EXPERT or not user.is_active:
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
