"""How well the suggestions answer real messages: top-1 and top-3 hit rates on a labelled set.

A labelled set is a CSV file with the columns `message`, `language` and `template` (the key
of the reply template that answers the message). Each message is run through the same
ranking the case page uses, without a service (an e-mail often arrives without one).
"""

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .models import LANGUAGES, ReplyTemplate
from .selectors import share, templates_suggested

LABELLED_SET = Path(__file__).parent / "data" / "suggestions-labelled.csv"
COLUMNS = ("message", "language", "template")


@dataclass(frozen=True)
class LabelledMessage:
    line: int
    message: str
    language: str
    template_key: str


@dataclass
class Tally:
    total: int = 0
    top1: int = 0
    top3: int = 0

    def add(self, rank: int | None) -> None:
        self.total += 1
        self.top1 += rank == 1
        self.top3 += rank is not None and rank <= 3

    @property
    def top1_rate(self) -> float:
        return share(self.top1, self.total)

    @property
    def top3_rate(self) -> float:
        return share(self.top3, self.total)


@dataclass
class Evaluation:
    overall: Tally = field(default_factory=Tally)
    by_language: dict[str, Tally] = field(default_factory=dict)
    # (message, the keys suggested instead) for each message whose answer was not in the top 3
    misses: list[tuple[LabelledMessage, list[str]]] = field(default_factory=list)


def labelled_messages_read(path: Path) -> list[LabelledMessage]:
    """The labelled set in `path`, checked: every row complete, every template known."""
    try:
        with open(path, newline="", encoding="utf-8") as file:
            reader = csv.DictReader(file)
            missing = [column for column in COLUMNS if column not in (reader.fieldnames or [])]
            if missing:
                raise ValidationError(
                    _("The file has no column %(columns)s.") % {"columns": ", ".join(missing)}
                )
            messages = [
                LabelledMessage(
                    line=reader.line_num,
                    message=(row["message"] or "").strip(),
                    language=(row["language"] or "").strip(),
                    template_key=(row["template"] or "").strip(),
                )
                for row in reader
            ]
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise ValidationError(
            _("Cannot read %(path)s: %(error)s") % {"path": path, "error": error}
        ) from None
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
        elif (labelled.template_key, labelled.language) not in known:
            errors.append(
                _("Line %(line)d: no reply template “%(key)s” in language %(language)s.")
                % {
                    "line": labelled.line,
                    "key": labelled.template_key,
                    "language": labelled.language,
                }
            )
    if not messages:
        errors.append(_("The file has no messages."))
    if errors:
        raise ValidationError(errors)


def suggestions_evaluate(*, messages: Iterable[LabelledMessage]) -> Evaluation:
    """Rank templates for each message and count where the right one came."""
    evaluation = Evaluation()
    for labelled in messages:
        suggested = [
            suggestion.object.key
            for suggestion in templates_suggested(
                text=labelled.message, language=labelled.language, limit=3
            )
        ]
        key = labelled.template_key
        rank = suggested.index(key) + 1 if key in suggested else None
        evaluation.overall.add(rank)
        evaluation.by_language.setdefault(labelled.language, Tally()).add(rank)
        if rank is None:
            evaluation.misses.append((labelled, suggested))
    return evaluation
