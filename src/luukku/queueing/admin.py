"""Setting up a point's walk-in queue: its service groups and desks (docs/queue.md). Tickets
are shown for reading only: they change through the queue's services, never by hand."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import Desk, ServiceGroup, Ticket


@admin.register(ServiceGroup)
class ServiceGroupAdmin(TranslationAdmin):
    list_display = ("prefix", "name", "service_point", "target_wait_minutes", "is_active")
    list_filter = ("service_point", "is_active")
    filter_horizontal = ("services",)
    ordering = ("service_point", "position", "prefix")


@admin.register(Desk)
class DeskAdmin(TranslationAdmin):
    list_display = ("number", "name", "service_point", "is_active")
    list_filter = ("service_point", "is_active")
    filter_horizontal = ("groups",)


@admin.register(Ticket)
class TicketAdmin(admin.ModelAdmin):
    list_display = ("code", "group", "day", "source", "status", "queued_at", "desk")
    list_filter = ("status", "source", "group__service_point")
    date_hierarchy = "queued_at"
    list_select_related = ("group", "day__service_point", "desk")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
