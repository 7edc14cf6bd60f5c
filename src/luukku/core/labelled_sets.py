"""Reading a labelled evaluation set: a CSV file of examples and the right answers, as the
suggestions' and the catalogue search's evaluations take them."""

import csv
from collections.abc import Sequence
from pathlib import Path

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

SEPARATOR = "|"


def labelled_rows(path: Path, columns: Sequence[str]) -> list[tuple[int, dict[str, str]]]:
    """(line, {column: stripped text}) for each row of the CSV file in `path`, which must
    have the `columns`; a clear, translated ValidationError when it cannot be read."""
    try:
        with open(path, newline="", encoding="utf-8") as file:
            reader = csv.DictReader(file)
            missing = [column for column in columns if column not in (reader.fieldnames or [])]
            if missing:
                raise ValidationError(
                    _("The file has no column %(columns)s.") % {"columns": ", ".join(missing)}
                )
            return [
                (reader.line_num, {column: (row[column] or "").strip() for column in columns})
                for row in reader
            ]
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise ValidationError(
            _("Cannot read %(path)s: %(error)s") % {"path": path, "error": error}
        ) from None


def answers(text: str) -> tuple[str, ...]:
    """The right answers of a row: keys or codes separated by `|` (none when empty)."""
    return tuple(part.strip() for part in text.split(SEPARATOR) if part.strip())


def columns_of(path: Path) -> list[str]:
    """The header of the CSV file in `path` ([] when it cannot be read: reading it says why)."""
    try:
        with open(path, newline="", encoding="utf-8") as file:
            return next(csv.reader(file), [])
    except (OSError, UnicodeDecodeError, csv.Error):
        return []
