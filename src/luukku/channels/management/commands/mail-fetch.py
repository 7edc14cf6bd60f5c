from django.core.management.base import BaseCommand, CommandError

from luukku.channels.selectors import imap_mailboxes
from luukku.channels.services import mailbox_fetch


class Command(BaseCommand):
    help = "Fetch waiting mail from the IMAP mailboxes now (the worker also does it regularly)."

    def add_arguments(self, parser):
        parser.add_argument("--mailbox", help="only this address (default: every IMAP mailbox)")

    def handle(self, *args, mailbox: str | None, **options):
        mailboxes = imap_mailboxes()
        if mailbox:
            mailboxes = mailboxes.filter(address__iexact=mailbox)
            if not mailboxes:
                raise CommandError(f"no active IMAP mailbox {mailbox}")
        failed = False
        for box in mailboxes:
            result = mailbox_fetch(mailbox=box)
            line = f"{box.address}: {result.taken} taken in, {result.failed} failed"
            if result.error:
                failed = True
                line += f" ({result.error})"
            self.stdout.write(line)
        if failed:
            raise CommandError("some mailboxes could not be fetched")
