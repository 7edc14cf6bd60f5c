from django.core.management.base import BaseCommand

from luukku.privacy.retention import retention_run


class Command(BaseCommand):
    help = (
        "Apply the retention rules: anonymise the cases, appointments and callbacks kept past "
        "their service's period. With --dry-run, print what each rule would anonymise and "
        "change nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="change nothing")

    def handle(self, *args, dry_run: bool, **options):
        run = retention_run(dry_run=dry_run)
        verb = "would anonymise" if dry_run else "anonymised"
        for row in run.figures:
            cases = row["cases_due"] if dry_run else row["cases_done"]
            appointments = row["appointments_due"] if dry_run else row["appointments_done"]
            self.stdout.write(
                f"{row['label']}: {verb} {cases} cases, {appointments} appointments and callbacks"
            )
        self.stdout.write(
            f"{'dry run' if dry_run else 'run'}: "
            f"{sum(r['cases_due'] for r in run.figures)} cases and "
            f"{sum(r['appointments_due'] for r in run.figures)} appointments and callbacks "
            f"due, {run.cases_anonymised + run.appointments_anonymised} anonymised, "
            f"{run.failures} failures"
        )
