from django.core.management.base import BaseCommand, CommandError

from luukku.privacy.selectors import access_log_verify


class Command(BaseCommand):
    help = (
        "Walk the access log's hash chain from its first entry and report the first entry "
        "that was changed, removed or inserted (exit status 1); 0 when the chain holds."
    )

    def handle(self, *args, **options):
        checked, broken = access_log_verify()
        if broken is not None:
            when = f" ({broken.at:%Y-%m-%d %H:%M:%S} UTC)" if broken.at else ""
            raise CommandError(
                f"The access log's chain is broken at entry {broken.entry_id}{when}: "
                f"{broken.reason}. {checked} entries before it hold."
            )
        self.stdout.write(f"The access log's chain holds: {checked} entries.")
