from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KeysConfig(AppConfig):
    name = "luukku.keys"
    label = "keys"
    verbose_name = _("Keys and access rights")

    def ready(self):
        from luukku.commerce.hooks import order_refunding_hook_register, order_settled_hook_register
        from luukku.core.scheduler import periodic_job_register
        from luukku.privacy import subjects

        from . import subject_data
        from .services.deposits import deposit_refunding
        from .services.rights import deposit_settled

        order_settled_hook_register(deposit_settled)
        order_refunding_hook_register(deposit_refunding)
        periodic_job_register("luukku.keys.tasks.key_reminders_task", "KEY_REMINDER_INTERVAL")
        subjects.register_export("key_loans", subject_data.loans_export)
        subjects.register_case_anonymiser(subject_data.case_loans_anonymise)
        subjects.register_customer_anonymiser("key_loans", subject_data.customer_loans_anonymise)
