import sys

from django.core.management.base import BaseCommand, CommandError

from luukku.channels.models import InboundMessage, Mailbox
from luukku.channels.services import mail_receive


class Command(BaseCommand):
    help = (
        "Take in one raw e-mail from standard input (for an MTA pipe). Exits 0 once the "
        "message is safely stored, also when it went to quarantine, so the MTA never bounces it."
    )

    def add_arguments(self, parser):
        parser.add_argument("--mailbox", help="the receiving address (default: from To/Cc)")

    def handle(self, *args, mailbox: str | None, **options):
        target = None
        if mailbox:
            target = Mailbox.objects.filter(address__iexact=mailbox).first()
            if target is None:
                raise CommandError(f"no mailbox {mailbox}")
        raw = sys.stdin.buffer.read()
        inbound = mail_receive(raw=raw, mailbox=target)
        if inbound.status == InboundMessage.Status.QUARANTINED:
            self.stdout.write(f"quarantined {inbound.message_id}: {inbound.error}")
        else:
            self.stdout.write(f"{inbound.case.reference} {inbound.message_id}")
