from django.contrib import admin

from luukku.core.admin import RecordAdmin

from .models import AccessLogEntry


@admin.register(AccessLogEntry)
class AccessLogAdmin(RecordAdmin):
    list_display = ("at", "actor", "action", "customer", "case", "context", "count")
    list_filter = ("action",)
    readonly_fields = [field.name for field in AccessLogEntry._meta.fields]
