from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CasesConfig(AppConfig):
    name = "luukku.cases"
    label = "cases"
    verbose_name = _("Cases")

    def ready(self):
        from luukku.privacy import subjects

        from . import subject_data
        from .models import Channel
        from .search_documents import search_documents_register

        subjects.register_channels(Channel.choices)
        subjects.register_export("cases", subject_data.cases_export)
        subjects.register_cases(subject_data.subject_cases)
        subjects.register_case_anonymiser(subject_data.case_anonymise)
        subjects.register_retention_target(
            subjects.RetentionTarget(
                key="cases",
                rule_field="cases_after_days",
                due=subject_data.cases_due,
                anonymise=subject_data.case_anonymise,
            )
        )
        search_documents_register()
