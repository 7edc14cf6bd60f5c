from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CustomersConfig(AppConfig):
    name = "luukku.customers"
    label = "customers"
    verbose_name = _("Customers")

    def ready(self):
        from luukku.privacy.subjects import register_record

        from .subject_data import SUBJECT_RECORD

        register_record(SUBJECT_RECORD)
