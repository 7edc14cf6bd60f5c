from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import ngettext

from luukku.insights.services import contact_volumes_import


class Command(BaseCommand):
    help = (
        "Import a phone or queueing system's interval statistics for the staffing planner: "
        "a CSV file with the columns start (ISO 8601 time), channel, contacts and optionally "
        "handle_seconds. Rows for an interval already imported replace it."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="the CSV file (UTF-8)")

    def handle(self, *args, path: str, **options):
        try:
            with open(path, encoding="utf-8-sig", newline="") as source:
                count = contact_volumes_import(source)
        except OSError as error:
            raise CommandError(str(error)) from error
        except ValidationError as error:
            raise CommandError("\n".join(error.messages)) from error
        self.stdout.write(
            ngettext("%(count)d interval imported.", "%(count)d intervals imported.", count)
            % {"count": count}
        )
