from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogueConfig(AppConfig):
    name = "luukku.catalogue"
    label = "catalogue"
    verbose_name = _("Service catalogue")

    def ready(self):
        from .search_documents import search_documents_register

        search_documents_register()
