from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InsightsConfig(AppConfig):
    name = "luukku.insights"
    verbose_name = _("Metrics")

    def ready(self):
        from luukku.core.scheduler import periodic_job_register

        periodic_job_register(
            "luukku.insights.tasks.rollups_refresh_task", "METRICS_ROLLUP_INTERVAL"
        )
