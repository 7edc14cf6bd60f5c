import logging

from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)


def voikko_check(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    """Finnish searched with Snowball stems only, when Voikko is missing or turned off: a
    warning at startup (`check`, `runserver`, `migrate`) and in the log."""
    from django.conf import settings

    from .morphology import voikko_missing

    if not getattr(settings, "SEARCH_VOIKKO", True):
        reason = "SEARCH_VOIKKO is off"
    else:
        reason = voikko_missing()
    if not reason:
        return []
    logger.warning("Finnish search falls back to Snowball stemming: %s", reason)
    return [
        checks.Warning(
            f"Finnish search falls back to Snowball stemming: {reason}.",
            hint="Install Debian's libvoikko1 and voikko-fi (make voikko), then run "
            "`luukku search_rebuild`. Compound words are not split without Voikko.",
            id="search.W001",
        )
    ]


class SearchConfig(AppConfig):
    """The index; the content apps register what it holds (`search.services.search_register`)."""

    name = "luukku.search"
    verbose_name = _("Search")

    def ready(self):
        checks.register(voikko_check)
