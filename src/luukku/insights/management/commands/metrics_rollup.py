from django.core.management.base import BaseCommand

from luukku.insights.services import rollups_refresh


class Command(BaseCommand):
    help = (
        "Count the days with new timeline events into the dashboard's rollups now "
        "(the worker also does it regularly); --full counts every day again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--full", action="store_true", help="count every day again")

    def handle(self, *args, full: bool, **options):
        days = rollups_refresh(full=full)
        self.stdout.write(f"{days} days counted")
