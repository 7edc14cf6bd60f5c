from django.contrib import admin

from .models import InboundMessage, Mailbox


@admin.register(Mailbox)
class MailboxAdmin(admin.ModelAdmin):
    list_display = ("address", "name", "default_service", "is_active")


@admin.register(InboundMessage)
class InboundMessageAdmin(admin.ModelAdmin):
    list_display = ("received_at", "sender", "subject", "status", "case")
    list_filter = ("status", "mailbox")
    exclude = ("raw",)
    readonly_fields = [
        "message_id",
        "mailbox",
        "sender",
        "subject",
        "received_at",
        "status",
        "error",
        "case",
        "event",
    ]

    def has_add_permission(self, request):
        return False
