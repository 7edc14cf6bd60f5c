from django.core.management.base import BaseCommand

from luukku.search.services import search_rebuild


class Command(BaseCommand):
    help = "Index every service, article, reply template and case for search again."

    def handle(self, *args, **options):
        count = search_rebuild()
        self.stdout.write(f"{count} documents indexed")
