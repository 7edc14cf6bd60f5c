from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from luukku.core.admin import RecordAdmin

from .models import AccessLogEntry, RetentionRule, RetentionRun, SubjectRequest


@admin.register(AccessLogEntry)
class AccessLogAdmin(RecordAdmin):
    list_display = ("at", "actor", "action", "customer", "case", "context")
    list_filter = ("action",)
    readonly_fields = [field.name for field in AccessLogEntry._meta.fields]


@admin.register(RetentionRule)
class RetentionRuleAdmin(TranslationAdmin):
    list_display = ("__str__", "cases_after_days", "appointments_after_days", "basis")
    list_select_related = ("service",)
    autocomplete_fields = ("service",)


@admin.register(SubjectRequest)
class SubjectRequestAdmin(RecordAdmin):
    list_display = ("at", "kind", "customer", "actor", "reason")
    list_filter = ("kind",)
    readonly_fields = [field.name for field in SubjectRequest._meta.fields]


@admin.register(RetentionRun)
class RetentionRunAdmin(RecordAdmin):
    list_display = (
        "started_at",
        "dry_run",
        "cases_anonymised",
        "appointments_anonymised",
        "failures",
    )
    list_filter = ("dry_run",)
    readonly_fields = [field.name for field in RetentionRun._meta.fields]
