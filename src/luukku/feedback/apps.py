from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackConfig(AppConfig):
    name = "luukku.feedback"
    label = "feedback"
    verbose_name = _("Feedback and satisfaction")

    def ready(self):
        from luukku.privacy import subjects

        from . import situations_subject_data

        subjects.register_export("hard_situations", situations_subject_data.situations_export)
        subjects.register_case_anonymiser(situations_subject_data.case_situations_anonymise)
        subjects.register_customer_anonymiser(
            "hard_situations", situations_subject_data.customer_situations_anonymise
        )
