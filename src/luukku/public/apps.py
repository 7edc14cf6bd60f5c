from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PublicConfig(AppConfig):
    name = "luukku.public"
    label = "public"
    verbose_name = _("Citizen pages")
