from django.contrib import admin

from luukku.core.admin import RecordAdmin
from luukku.privacy.admin import PersonalDataAdminMixin

from .models import Alert, Escalation, EscalationStep, Target


@admin.register(Target)
class TargetAdmin(admin.ModelAdmin):
    list_display = (
        "__str__",
        "first_response_hours",
        "resolution_hours",
        "warning_percent",
    )
    list_filter = ("priority",)


@admin.register(EscalationStep)
class EscalationStepAdmin(admin.ModelAdmin):
    list_display = ("department", "position", "title", "person", "response_hours")
    list_filter = ("department",)


@admin.register(Escalation)
class EscalationAdmin(PersonalDataAdminMixin, RecordAdmin):
    list_display = ("case", "step", "holder", "trigger", "escalated_at", "due_at", "closed_at")
    list_filter = ("trigger", "step__department")
    list_select_related = ("case", "step__department", "holder")


@admin.register(Alert)
class AlertAdmin(RecordAdmin):
    list_display = ("case", "clock", "kind", "due_at", "recorded_at")
    list_filter = ("clock", "kind")
    list_select_related = ("case",)
