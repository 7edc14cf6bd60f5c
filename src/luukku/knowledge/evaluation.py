"""How well the suggestions answer real messages, and whether they know when nothing fits.

A labelled set is a CSV file with the columns `message`, `language` and `templates`: the keys
of the reply templates that count as a right answer, separated by `|`, and empty when no
template answers the message. (The older format's `template` column, one key, is read too.)
Each message is run through the same ranking the case page uses, without a service (an e-mail
often arrives without one).

On the messages a template answers: top-1 and top-3, the share whose right template came
first or among the three shown. On the messages none answers: no-answer precision (of the
messages given "no template fits", the share that truly have none) and recall (of the
unanswerable, the share given "no template fits"). And the share of answerable messages
wrongly given "no template fits".
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from luukku.core.labelled_sets import answers, columns_of, labelled_rows

from .models import LANGUAGES, ReplyTemplate
from .selectors import NO_ANSWER_FLOOR, share, template_fits, templates_suggested

DATA = Path(__file__).parent / "data"
TUNING_SET = DATA / "suggestions-tuning.csv"
# The tuning sets: the first one (its 90 last messages are ones no template answers) and the
# messages written for the phrase folder grown in issue 26.
TUNING_SETS = [TUNING_SET, DATA / "suggestions-tuning-new.csv"]
HELDOUT_SET = DATA / "suggestions-heldout.csv"
COLUMNS = ("message", "language", "templates")
CALIBRATION_FLOORS = [step / 40 for step in range(0, 21)]  # 0 to 0.5 by 0.025


@dataclass(frozen=True)
class LabelledMessage:
    line: int
    message: str
    language: str
    template_keys: tuple[str, ...]  # empty: no template answers the message
    file: str = ""


@dataclass(frozen=True)
class Outcome:
    """What the ranking gave one message, before the floor: the keys and each one's fit."""

    labelled: LabelledMessage
    suggested: list[str]
    fits: list[float]

    @property
    def fit(self) -> float:
        """The best-ranked template's fit (0 when nothing was found)."""
        return self.fits[0] if self.fits else 0.0

    def at(self, floor: float) -> list[str]:
        """The keys suggested with the no-answer floor at `floor`, as `templates_suggested`
        gives them: those that fit at least that much."""
        return [key for key, fit in zip(self.suggested, self.fits, strict=True) if fit >= floor]


@dataclass
class Tally:
    answerable: int = 0
    top1: int = 0
    top3: int = 0
    refused: int = 0  # answerable, but given "no template fits"
    unanswerable: int = 0
    no_answer_given: int = 0
    no_answer_right: int = 0

    def add(self, keys: tuple[str, ...], suggested: list[str]) -> None:
        self.no_answer_given += not suggested
        if not keys:
            self.unanswerable += 1
            self.no_answer_right += not suggested
            return
        self.answerable += 1
        self.refused += not suggested
        self.top1 += bool(suggested) and suggested[0] in keys
        self.top3 += any(key in keys for key in suggested[:3])

    def figures(self) -> dict:
        """The counts and rates, as the --json output gives them (None: nothing to divide)."""

        def rate(part: int, whole: int) -> float | None:
            return round(share(part, whole), 4) if whole else None

        return {
            "messages": self.answerable + self.unanswerable,
            "answerable": self.answerable,
            "top1": self.top1,
            "top3": self.top3,
            "top1_rate": rate(self.top1, self.answerable),
            "top3_rate": rate(self.top3, self.answerable),
            "unanswerable": self.unanswerable,
            "no_answer_given": self.no_answer_given,
            "no_answer_right": self.no_answer_right,
            "no_answer_precision": rate(self.no_answer_right, self.no_answer_given),
            "no_answer_recall": rate(self.no_answer_right, self.unanswerable),
            "answerable_refused": self.refused,
            "answerable_refused_rate": rate(self.refused, self.answerable),
        }


@dataclass
class Evaluation:
    floor: float
    overall: Tally = field(default_factory=Tally)
    by_language: dict[str, Tally] = field(default_factory=dict)
    # (outcome, the keys suggested at the floor) for each answerable message whose answer was
    # not in the top 3 and each unanswerable one that got suggestions
    misses: list[tuple[Outcome, list[str]]] = field(default_factory=list)


def labelled_messages_read(path: Path) -> list[LabelledMessage]:
    """The labelled set in `path`, checked: every row complete, every template known."""
    keys_column = "template" if "template" in columns_of(path) else "templates"
    messages = [
        LabelledMessage(
            line=line,
            message=row["message"],
            language=row["language"],
            template_keys=answers(row[keys_column]),
            file=str(path),
        )
        for line, row in labelled_rows(path, ("message", "language", keys_column))
    ]
    _check(messages)
    return messages


def _check(messages: list[LabelledMessage]) -> None:
    languages = {code for code, _label in LANGUAGES}
    known = set(ReplyTemplate.objects.filter(is_active=True).values_list("key", "language"))
    errors = []
    for labelled in messages:
        if not labelled.message or labelled.language not in languages:
            errors.append(
                _("Line %(line)d: a message and a language (fi, sv or en) are needed.")
                % {"line": labelled.line}
            )
            continue
        for key in labelled.template_keys:
            if (key, labelled.language) not in known:
                errors.append(
                    _("Line %(line)d: no reply template “%(key)s” in language %(language)s.")
                    % {"line": labelled.line, "key": key, "language": labelled.language}
                )
    if not messages:
        errors.append(_("The file has no messages."))
    if errors:
        raise ValidationError(errors)


def outcomes(*, messages: Iterable[LabelledMessage]) -> list[Outcome]:
    """Rank templates for each message, as the case page does but with no floor."""
    found = []
    for labelled in messages:
        suggestions = templates_suggested(
            text=labelled.message, language=labelled.language, limit=3, floor=0
        )
        fits = template_fits(text=labelled.message, suggestions=suggestions)
        found.append(Outcome(labelled, [s.object.key for s in suggestions], fits))
    return found


def tallied(found: list[Outcome], *, floor: float = NO_ANSWER_FLOOR) -> Evaluation:
    """The figures of the outcomes with the no-answer floor at `floor`."""
    evaluation = Evaluation(floor=floor)
    for outcome in found:
        keys = outcome.labelled.template_keys
        suggested = outcome.at(floor)
        evaluation.overall.add(keys, suggested)
        evaluation.by_language.setdefault(outcome.labelled.language, Tally()).add(keys, suggested)
        right = any(key in keys for key in suggested[:3]) if keys else not suggested
        if not right:
            evaluation.misses.append((outcome, suggested))
    return evaluation


def suggestions_evaluate(
    *, messages: Iterable[LabelledMessage], floor: float = NO_ANSWER_FLOOR
) -> Evaluation:
    """Rank templates for each message and count where the right one came."""
    return tallied(outcomes(messages=messages), floor=floor)


def evaluation_json(evaluation: Evaluation, *, misses: bool = False) -> dict:
    """The figures as one JSON-ready object (keys documented in docs/benchmarks.md)."""
    figures = {
        "floor": evaluation.floor,
        "overall": evaluation.overall.figures(),
        "by_language": {
            language: tally.figures() for language, tally in sorted(evaluation.by_language.items())
        },
    }
    if misses:
        figures["misses"] = [
            {
                "file": outcome.labelled.file,
                "line": outcome.labelled.line,
                "language": outcome.labelled.language,
                "message": outcome.labelled.message,
                "templates": list(outcome.labelled.template_keys),
                "suggested": suggested,
                "fit": round(outcome.fit, 4),
            }
            for outcome, suggested in evaluation.misses
        ]
    return figures
