from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from luukku.knowledge.evaluation import (
    LABELLED_SET,
    labelled_messages_read,
    suggestions_evaluate,
)


class Command(BaseCommand):
    help = (
        "Evaluate reply suggestions on a labelled CSV file (message, language, template) "
        "and print top-1 and top-3 hit rates."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "file",
            nargs="?",
            type=Path,
            default=LABELLED_SET,
            help="the labelled set (default: the one shipped with Luukku)",
        )
        parser.add_argument(
            "--misses",
            action="store_true",
            help="list the messages whose answer was not in the top 3",
        )

    def handle(self, *args, file: Path, misses: bool, **options):
        try:
            messages = labelled_messages_read(file)
        except ValidationError as error:
            raise CommandError("\n".join(error.messages)) from None
        evaluation = suggestions_evaluate(messages=messages)
        self.stdout.write(f"{'':10} {'messages':>8} {'top-1':>7} {'top-3':>7}")
        rows = [*sorted(evaluation.by_language.items()), ("all", evaluation.overall)]
        for label, tally in rows:
            self.stdout.write(
                f"{label:10} {tally.total:>8} {tally.top1_rate:>7.1%} {tally.top3_rate:>7.1%}"
            )
        if misses:
            for labelled, suggested in evaluation.misses:
                self.stdout.write(
                    f"\nline {labelled.line} ({labelled.language}, {labelled.template_key}): "
                    f"{labelled.message}\n  suggested: {', '.join(suggested) or '—'}"
                )
