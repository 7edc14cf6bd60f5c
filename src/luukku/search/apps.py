from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """The index; the content apps register what it holds (`search.services.search_register`)."""

    name = "luukku.search"
    verbose_name = _("Search")
