from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChannelsConfig(AppConfig):
    name = "luukku.channels"
    label = "channels"
    verbose_name = _("Channels")

    def ready(self):
        from luukku.core import scheduler
        from luukku.privacy import subjects

        from . import subject_data
        from .services import submissions_prune, submissions_register_waiting

        subjects.register_case_anonymiser(subject_data.case_inbound_mail_anonymise)
        scheduler.periodic_job_register(
            "luukku.channels.tasks.mailboxes_fetch_task", "MAIL_FETCH_INTERVAL"
        )
        scheduler.waiting_work_register(submissions_register_waiting)
        scheduler.prune_register(submissions_prune)
