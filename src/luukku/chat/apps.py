from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChatConfig(AppConfig):
    name = "luukku.chat"
    label = "chat"
    verbose_name = _("Chat")

    def ready(self):
        from luukku.cases.registry import work_queue_hold_register
        from luukku.core.scheduler import periodic_job_register
        from luukku.privacy import subjects

        from . import subject_data
        from .selectors.routing import chat_waiting_cases

        work_queue_hold_register(chat_waiting_cases)

        subjects.register_export("chats", subject_data.chats_export)
        subjects.register_case_anonymiser(subject_data.case_chats_anonymise)

        periodic_job_register("luukku.chat.tasks.chats_close_idle_task", "CHAT_IDLE_CHECK_INTERVAL")
