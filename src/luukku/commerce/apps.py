from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommerceConfig(AppConfig):
    name = "luukku.commerce"
    label = "commerce"
    verbose_name = _("Sales and payments")

    def ready(self):
        from .services.packages import package_hooks_register

        package_hooks_register()
