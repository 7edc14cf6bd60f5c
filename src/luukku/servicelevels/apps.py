from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServiceLevelsConfig(AppConfig):
    name = "luukku.servicelevels"
    verbose_name = _("Service levels")

    def ready(self):
        from luukku.core.scheduler import periodic_job_register

        periodic_job_register(
            "luukku.servicelevels.tasks.service_levels_check_task", "SERVICE_LEVEL_CHECK_INTERVAL"
        )
