from pathlib import Path

from django.core.exceptions import PermissionDenied
from django.core.management.base import BaseCommand, CommandError

from luukku.privacy.management.subject_arguments import customer_find, staff_find
from luukku.privacy.subject_requests import subject_export


class Command(BaseCommand):
    help = (
        "Export everything held about a person (their record, cases with the whole timeline, "
        "attachments, appointments, callbacks and the access log about them) as a ZIP of "
        "data.json, the files and summary.html. The export is written to the access log."
    )

    def add_arguments(self, parser):
        parser.add_argument("customer", help="the customer's id or personal identity code")
        parser.add_argument("--out", required=True, help="the ZIP file to write")
        parser.add_argument(
            "--language", choices=["fi", "sv", "en"], help="of the summary (default: theirs)"
        )
        parser.add_argument("--by", help="the member of staff handling the request (logged)")

    def handle(self, *args, customer: str, out: str, language: str | None, by, **options):
        person = customer_find(customer)
        try:
            archive = subject_export(customer=person, actor=staff_find(by), language=language or "")
        except PermissionDenied as error:
            raise CommandError(f"{by} may not handle data-subject requests.") from error
        Path(out).write_bytes(archive)
        self.stdout.write(f"{out}: {len(archive)} bytes, customer {person.pk}")
