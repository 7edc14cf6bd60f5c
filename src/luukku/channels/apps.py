from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChannelsConfig(AppConfig):
    name = "luukku.channels"
    label = "channels"
    verbose_name = _("Channels")

    def ready(self):
        from luukku.privacy import subjects

        from . import subject_data

        subjects.register_case_anonymiser(subject_data.case_inbound_mail_anonymise)
