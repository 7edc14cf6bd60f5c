from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServiceLevelsConfig(AppConfig):
    name = "luukku.servicelevels"
    verbose_name = _("Service levels")

    def ready(self):
        from luukku.cases.registry import case_access_grant_register, case_clock_refresher_register
        from luukku.core.scheduler import periodic_job_register

        from .selectors import cases_escalated_to
        from .services import case_service_level_refresh

        case_access_grant_register(cases_escalated_to)
        case_clock_refresher_register(case_service_level_refresh)

        periodic_job_register(
            "luukku.servicelevels.tasks.service_levels_check_task", "SERVICE_LEVEL_CHECK_INTERVAL"
        )
