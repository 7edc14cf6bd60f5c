import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from luukku.knowledge.evaluation import (
    CALIBRATION_FLOORS,
    TUNING_SETS,
    evaluation_json,
    labelled_messages_read,
    outcomes,
    tallied,
)
from luukku.knowledge.selectors import NO_ANSWER_FLOOR


def _percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate:.1%}"


class Command(BaseCommand):
    help = (
        "Evaluate reply suggestions on labelled CSV files (message, language, templates: the "
        "keys that count as right separated by |, empty when none fits): top-1 and top-3 on "
        "the answerable messages, no-answer precision and recall on the others."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "files",
            nargs="*",
            type=Path,
            help="labelled sets, read as one (default: the tuning set shipped with Luukku)",
        )
        parser.add_argument("--json", action="store_true", help="print one JSON object")
        parser.add_argument(
            "--misses",
            action="store_true",
            help="list the answerable messages whose answer was not in the top 3 and the "
            "unanswerable ones that got suggestions",
        )
        parser.add_argument(
            "--floor",
            type=float,
            default=NO_ANSWER_FLOOR,
            help=f"the no-answer floor to evaluate (default {NO_ANSWER_FLOOR})",
        )
        parser.add_argument(
            "--calibrate",
            action="store_true",
            help="sweep candidate floors and print the figures of each",
        )

    def handle(self, *args, files, floor, misses, calibrate, **options):
        messages = []
        errors = []
        for file in files or TUNING_SETS:
            try:
                messages += labelled_messages_read(file)
            except ValidationError as error:
                errors += [f"{file}: {message}" for message in error.messages]
        if errors:
            raise CommandError("\n".join(errors))
        found = outcomes(messages=messages)
        if calibrate:
            self._calibration(found, as_json=options["json"])
            return
        evaluation = tallied(found, floor=floor)
        if options["json"]:
            self.stdout.write(json.dumps(evaluation_json(evaluation, misses=misses)))
            return
        self._table(evaluation)
        if misses:
            for outcome, suggested in evaluation.misses:
                labelled = outcome.labelled
                self.stdout.write(
                    f"\n{Path(labelled.file).name} line {labelled.line} ({labelled.language}, "
                    f"{'|'.join(labelled.template_keys) or 'none fits'}, fit "
                    f"{outcome.fit:.2f}): {labelled.message}\n"
                    f"  suggested: {', '.join(suggested) or 'no template fits'}"
                    + (
                        f" (before the floor: {', '.join(outcome.suggested)})"
                        if not suggested and outcome.suggested
                        else ""
                    )
                )

    def _table(self, evaluation):
        self.stdout.write(f"no-answer floor {evaluation.floor:.2f}")
        self.stdout.write(
            f"{'':5} {'answerable':>10} {'top-1':>7} {'top-3':>7} {'refused':>8} "
            f"{'none fits':>9} {'precision':>9} {'recall':>7}"
        )
        rows = [*sorted(evaluation.by_language.items()), ("all", evaluation.overall)]
        for label, tally in rows:
            figures = tally.figures()
            self.stdout.write(
                f"{label:5} {figures['answerable']:>10} {_percent(figures['top1_rate']):>7} "
                f"{_percent(figures['top3_rate']):>7} "
                f"{_percent(figures['answerable_refused_rate']):>8} "
                f"{figures['unanswerable']:>9} {_percent(figures['no_answer_precision']):>9} "
                f"{_percent(figures['no_answer_recall']):>7}"
            )

    def _calibration(self, found, *, as_json: bool):
        rows = [tallied(found, floor=floor).overall.figures() for floor in CALIBRATION_FLOORS]
        if as_json:
            sweep = [{"floor": f, **row} for f, row in zip(CALIBRATION_FLOORS, rows, strict=True)]
            self.stdout.write(json.dumps({"calibration": sweep}))
            return
        self.stdout.write(
            f"{'floor':>5} {'top-1':>7} {'top-3':>7} {'refused':>8} {'precision':>9} {'recall':>7}"
        )
        for floor, figures in zip(CALIBRATION_FLOORS, rows, strict=True):
            self.stdout.write(
                f"{floor:>5.2f} {_percent(figures['top1_rate']):>7} "
                f"{_percent(figures['top3_rate']):>7} "
                f"{_percent(figures['answerable_refused_rate']):>8} "
                f"{_percent(figures['no_answer_precision']):>9} "
                f"{_percent(figures['no_answer_recall']):>7}"
            )
