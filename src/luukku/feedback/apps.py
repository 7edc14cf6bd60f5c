"""Feedback of every kind, satisfaction surveys and documented hard situations
(docs/feedback.md): feedback arrives as cases through the one write path."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    name = "luukku.feedback"
    label = "feedback"
    verbose_name = _("Feedback and satisfaction")

    def ready(self):
        from luukku.cases.registry import case_clock_refresher_register, case_status_hook_register
        from luukku.chat.registry import chat_ended_hook_register
        from luukku.core.scheduler import periodic_job_register
        from luukku.privacy import subjects
        from luukku.queueing.registry import visit_finished_hook_register

        from . import situations_subject_data, subject_data, survey_subject_data
        from .services import case_feedback_open
        from .survey_offers import survey_offer_chat, survey_offer_visit
        from .surveys import survey_on_status

        # A new case of a feedback service gets its feedback record in its own write.
        case_clock_refresher_register(case_feedback_open)
        subjects.register_export("feedback", subject_data.feedback_export)
        subjects.register_export("surveys", survey_subject_data.surveys_export)
        subjects.register_case_anonymiser(survey_subject_data.case_surveys_anonymise)
        subjects.register_export("hard_situations", situations_subject_data.situations_export)
        subjects.register_case_anonymiser(situations_subject_data.case_situations_anonymise)
        subjects.register_customer_anonymiser(
            "hard_situations", situations_subject_data.customer_situations_anonymise
        )
        case_status_hook_register(survey_on_status)
        chat_ended_hook_register(survey_offer_chat)
        visit_finished_hook_register(survey_offer_visit)
        periodic_job_register(
            "luukku.feedback.tasks.surveys_send_due_task", "SURVEY_CHECK_INTERVAL"
        )
