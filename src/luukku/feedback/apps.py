from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    name = "luukku.feedback"
    label = "feedback"
    verbose_name = _("Feedback and satisfaction")

    def ready(self):
        from luukku.cases.hooks import case_resolved_hook_register
        from luukku.core.scheduler import periodic_job_register
        from luukku.privacy import subjects

        from . import subject_data
        from .surveys import survey_schedule

        subjects.register_export("surveys", subject_data.surveys_export)
        subjects.register_case_anonymiser(subject_data.case_surveys_anonymise)

        case_resolved_hook_register(survey_schedule)
        periodic_job_register(
            "luukku.feedback.tasks.surveys_send_due_task", "SURVEY_CHECK_INTERVAL"
        )
