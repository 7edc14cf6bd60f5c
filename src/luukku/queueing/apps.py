from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QueueingConfig(AppConfig):
    name = "luukku.queueing"
    verbose_name = _("Walk-in queue")
