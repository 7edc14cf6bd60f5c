from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommerceConfig(AppConfig):
    name = "luukku.commerce"
    label = "commerce"
    verbose_name = _("Sales and payments")

    def ready(self):
        from luukku.core.scheduler import periodic_job_register
        from luukku.privacy import subjects

        from . import subject_data
        from .services.packages import package_hooks_register

        subjects.register_export("orders", subject_data.orders_export)
        subjects.register_export("discount_proofs", subject_data.proofs_export)
        subjects.register_case_anonymiser(subject_data.case_orders_anonymise)
        subjects.register_customer_anonymiser("orders", subject_data.customer_orders_anonymise)

        package_hooks_register()
        periodic_job_register(
            "luukku.commerce.tasks.online_late_refunds_task", "ONLINE_LATE_REFUND_INTERVAL"
        )
