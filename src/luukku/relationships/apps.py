"""Customer relationships (docs/relationships.md): segments, customer plans and their annual
clock of meetings, announcements to segments, contact preferences."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RelationshipsConfig(AppConfig):
    name = "luukku.relationships"
    label = "relationships"
    verbose_name = _("Customer relationships")

    def ready(self):
        from luukku.core.scheduler import periodic_job_register

        periodic_job_register(
            "luukku.relationships.tasks.plan_reminders_task", "PLAN_REMINDER_INTERVAL"
        )
