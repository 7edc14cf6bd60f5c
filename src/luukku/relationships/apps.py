"""Customer relationships (docs/relationships.md): segments, customer plans and their annual
clock of meetings, announcements to segments, contact preferences."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RelationshipsConfig(AppConfig):
    name = "luukku.relationships"
    label = "relationships"
    verbose_name = _("Customer relationships")

    def ready(self):
        from luukku.cases.notifications import mail_bounce_hook_register, mail_outcome_hook_register
        from luukku.cases.registry import case_status_hook_register
        from luukku.core.scheduler import periodic_job_register
        from luukku.privacy import subjects

        from . import announcements, subject_data
        from .resolved_notices import resolved_notice_on_status

        case_status_hook_register(resolved_notice_on_status)
        mail_outcome_hook_register(announcements.mail_outcome)
        mail_bounce_hook_register(announcements.mail_bounce)
        subjects.register_export("customer_plans", subject_data.plans_export)
        subjects.register_export("announcements", subject_data.announcements_export)
        subjects.register_export("segments", subject_data.segments_export)
        subjects.register_export("resolved_notices", subject_data.resolved_notices_export)
        subjects.register_case_anonymiser(subject_data.case_resolved_notice_anonymise)
        subjects.register_customer_anonymiser(
            "customer_plans", subject_data.customer_plans_anonymise
        )
        subjects.register_customer_anonymiser(
            "announcements", subject_data.customer_relationships_anonymise
        )
        periodic_job_register(
            "luukku.relationships.tasks.plan_reminders_task", "PLAN_REMINDER_INTERVAL"
        )
