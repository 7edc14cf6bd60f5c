from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "luukku.api"
    verbose_name = _("Interfaces")

    def ready(self):
        from . import signals  # noqa: F401
        from .logfilters import request_logs_filter

        request_logs_filter()
