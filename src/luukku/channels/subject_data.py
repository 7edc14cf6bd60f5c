"""What the channels hold of a person: the whole received e-mail kept with its case.
Registered with `privacy.subjects` by `ChannelsConfig.ready`; its text is on the case's
timeline, so the export takes it from there."""

from django.db import transaction

from .models import InboundMessage


@transaction.atomic(savepoint=False)
def case_inbound_mail_anonymise(case_id: int) -> None:
    """With its case: the received messages lose their raw text, sender and subject; their
    Message-ID stays, so that the same message is not taken in again."""
    InboundMessage.objects.filter(case_id=case_id).update(raw=b"", sender="", subject="")
