"""Text as it may be stored in a one-line field: a subject, a name.

Such text ends up in mail headers (a reply's subject, a display name), where a line break
would end the header, and in one-line places on every page. Every channel's subject and
name passes through `single_line` on its way in (`cases.services.case_create`,
`customers.services`), and mail headers are built from it again (`cases.notifications`).
"""

import re

# Control characters (C0, DEL, C1: line breaks, tabs, escapes, NUL) and the Unicode line
# and paragraph separators.
_BREAKS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def single_line(text: str) -> str:
    """`text` on one line: each run of control characters, with the spaces around it, folded
    to one space; the ends trimmed. Spaces elsewhere are left as they were."""
    if not text:
        return ""
    return " ".join(part for part in (piece.strip() for piece in _BREAKS.split(text)) if part)
