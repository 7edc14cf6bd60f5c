from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChatConfig(AppConfig):
    name = "luukku.chat"
    label = "chat"
    verbose_name = _("Chat")

    def ready(self):
        from luukku.core.scheduler import periodic_job_register

        periodic_job_register("luukku.chat.tasks.chats_close_idle_task", "CHAT_IDLE_CHECK_INTERVAL")
