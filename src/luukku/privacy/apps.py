from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    name = "luukku.privacy"
    label = "privacy"
    verbose_name = _("Privacy")

    def ready(self):
        from luukku.core.scheduler import periodic_job_register

        periodic_job_register("luukku.privacy.tasks.retention_round_task", "RETENTION_INTERVAL")
