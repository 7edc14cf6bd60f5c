from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RelationshipsConfig(AppConfig):
    name = "luukku.relationships"
    label = "relationships"
    verbose_name = _("Customer relationships")
