from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from luukku.core.admin import RecordAdmin

from .models import AccessLogEntry, RetentionRule, RetentionRun, SubjectRequest
from .services import access_log_list, access_log_record


class PersonalDataAdminMixin:
    """For the admin of a model that holds personal data: each page of its list is one entry
    in the access log (its filters and search, and the rows shown) and each record opened
    one more, with the customer and case it is about."""

    def changelist_view(self, request, extra_context=None):
        response = super().changelist_view(request, extra_context)
        changelist = getattr(response, "context_data", {}).get("cl")
        if changelist is not None:
            access_log_list(
                actor=request.user,
                context=f"admin_list:{self.opts.label_lower}",
                query=request.GET,
                count=len(changelist.result_list),
            )
        return response

    def change_view(self, request, object_id, form_url="", extra_context=None):
        response = super().change_view(request, object_id, form_url, extra_context)
        record = getattr(response, "context_data", {}).get("original")
        if record is not None:
            access_log_record(
                actor=request.user,
                action=AccessLogEntry.Action.VIEW,
                case=getattr(record, "case", None),
                customer=getattr(record, "customer", None),
                context=f"admin_change:{self.opts.label_lower}",
                query={"record": record.pk},
            )
        return response


@admin.register(AccessLogEntry)
class AccessLogAdmin(PersonalDataAdminMixin, RecordAdmin):
    """Read only: the log is append-only (the model and its queryset refuse changes too)."""

    list_display = ("at", "actor", "action", "customer", "case", "context", "count")
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
