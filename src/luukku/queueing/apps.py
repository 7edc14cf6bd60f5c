from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QueueingConfig(AppConfig):
    name = "luukku.queueing"
    verbose_name = _("Walk-in queue")

    def ready(self):
        from luukku.core.scheduler import periodic_job_register

        periodic_job_register(
            "luukku.queueing.tasks.tickets_notify_nearly_task", "QUEUE_NOTIFY_INTERVAL"
        )
