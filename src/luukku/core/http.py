"""What every page answers alike, on the staff and the citizens' side."""

from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404


def found_or_404(selector, /, **lookup):
    """What `selector(**lookup)` finds, or 404 when there is no such thing (or none the reader
    may see: the selectors raise the same DoesNotExist for both)."""
    try:
        return selector(**lookup)
    except ObjectDoesNotExist as error:
        raise Http404 from error
