"""The REST API's JSON parser: DRF's, with a limit on how deeply a body may nest.

Python's JSON decoder recurses once per level, so a body of a thousand nested brackets ran
out of stack (a `RecursionError`, answered with 500). No document of this API nests more
than a few levels; a body deeper than `MAX_DEPTH` is refused with a 400 in the client's
language before any view reads it.
"""

from django.utils.translation import gettext as _
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

MAX_DEPTH = 32


def json_depth_exceeds(value, limit: int) -> bool:
    """Whether `value` (parsed JSON) nests containers more than `limit` deep; iterative, so
    that the check itself cannot run out of stack."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            item = item.values()
        elif not isinstance(item, list):
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in item)
    return False


def _too_deep() -> ParseError:
    return ParseError(
        _("The JSON is nested too deeply (at most %(depth)s levels).") % {"depth": MAX_DEPTH}
    )


class DepthLimitedJSONParser(JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError as error:
            raise _too_deep() from error
        if json_depth_exceeds(data, MAX_DEPTH):
            raise _too_deep()
        return data
