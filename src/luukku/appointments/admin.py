from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from luukku.core.admin import RecordAdmin
from luukku.privacy.admin import PersonalDataAdminMixin

from .models import (
    Appointment,
    AvailabilityRule,
    BlockedTime,
    BookableService,
    Callback,
    CallbackAttempt,
    PhoneHours,
)


@admin.register(BookableService)
class BookableServiceAdmin(TranslationAdmin):
    list_display = (
        "service",
        "duration_minutes",
        "buffer_minutes",
        "horizon_days",
        "notice_hours",
        "is_active",
    )
    list_filter = ("is_active",)


@admin.register(AvailabilityRule)
class AvailabilityRuleAdmin(admin.ModelAdmin):
    list_display = ("staff", "weekday", "date", "starts", "ends", "meeting_type", "service_point")
    list_filter = ("meeting_type", "weekday", "staff")
    filter_horizontal = ("services",)


@admin.register(BlockedTime)
class BlockedTimeAdmin(admin.ModelAdmin):
    list_display = ("staff", "starts_at", "ends_at", "reason")
    list_filter = ("staff",)


@admin.register(PhoneHours)
class PhoneHoursAdmin(admin.ModelAdmin):
    list_display = ("__str__", "phone", "callbacks")
    list_filter = ("weekday", "callbacks")
    filter_horizontal = ("services",)


@admin.register(Appointment)
class AppointmentAdmin(PersonalDataAdminMixin, RecordAdmin):
    """Booked, moved and cancelled in the workspace, through the services that keep the
    time claims and tell the customer; read here."""

    list_display = ("service", "starts_at", "staff", "meeting_type", "status", "case")
    list_filter = ("status", "meeting_type", "service")
    list_select_related = ("service", "staff", "case")
    exclude = ("token",)


class CallbackAttemptInline(admin.TabularInline):
    model = CallbackAttempt
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Callback)
class CallbackAdmin(PersonalDataAdminMixin, RecordAdmin):
    list_display = ("case", "window_start", "window_end", "status", "attempts", "assignee")
    list_filter = ("status",)
    list_select_related = ("case", "assignee")
    inlines = [CallbackAttemptInline]
