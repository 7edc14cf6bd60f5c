from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import AgentPresence, ChatQueue


@admin.register(ChatQueue)
class ChatQueueAdmin(TranslationAdmin):
    list_display = ["name", "team", "service_point", "max_queue", "answer_target_seconds"]
    filter_horizontal = ["services"]


@admin.register(AgentPresence)
class AgentPresenceAdmin(admin.ModelAdmin):
    list_display = ["user", "available", "max_chats", "seen_at"]
    readonly_fields = ["seen_at", "changed_at"]
