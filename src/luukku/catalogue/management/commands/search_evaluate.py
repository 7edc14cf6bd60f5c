import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from luukku.catalogue.evaluation import QUERIES, labelled_queries_read, search_evaluate


def _percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate:.1%}"


class Command(BaseCommand):
    help = (
        "Evaluate the citizens' service search on a labelled CSV file (query, language, "
        "services: the right service codes separated by |): how often a right service comes "
        "first or in the top 3, and how often nothing is found."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "file", nargs="?", type=Path, default=QUERIES, help="the labelled queries"
        )
        parser.add_argument("--json", action="store_true", help="print one JSON object")
        parser.add_argument(
            "--misses",
            action="store_true",
            help="list the queries whose right service was not first",
        )

    def handle(self, *args, file: Path, misses: bool, **options):
        try:
            queries = labelled_queries_read(file)
        except ValidationError as error:
            raise CommandError("\n".join(f"{file}: {m}" for m in error.messages)) from None
        evaluation = search_evaluate(queries=queries)
        if options["json"]:
            self.stdout.write(json.dumps(evaluation.figures(misses=misses)))
            return
        self.stdout.write(f"{'':5} {'queries':>7} {'first':>7} {'top-3':>7} {'none':>7}")
        rows = [*sorted(evaluation.by_language.items()), ("all", evaluation.overall)]
        for label, tally in rows:
            f = tally.figures()
            self.stdout.write(
                f"{label:5} {f['queries']:>7} {_percent(f['first_rate']):>7} "
                f"{_percent(f['top3_rate']):>7} {_percent(f['zero_result_rate']):>7}"
            )
        if misses:
            for labelled, found in evaluation.misses:
                self.stdout.write(
                    f"\nline {labelled.line} ({labelled.language}, {'|'.join(labelled.services)}): "
                    f"{labelled.query}\n  found: {', '.join(found) or 'nothing'}"
                )
