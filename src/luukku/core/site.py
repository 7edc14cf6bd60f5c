"""The service centre as its readers see it: its name in their language."""

from django.conf import settings
from django.utils import translation


def service_centre_name(language: str | None = None) -> str:
    """The centre's name in `language` (by default the active one), or in Finnish when the
    city has not named it in that language (`SERVICE_CENTRE_NAME_SV`, `_EN`)."""
    language = (language or translation.get_language() or settings.LANGUAGE_CODE)[:2]
    names = settings.SERVICE_CENTRE_NAMES
    return names.get(language) or names[settings.LANGUAGE_CODE]
