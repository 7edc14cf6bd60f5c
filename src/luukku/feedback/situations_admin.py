"""The safety contacts, kept by an administrator. The situations themselves are not in the
admin: an administrator sees them only as a safety contact, on the staff pages."""

from django.contrib import admin

from .situation_models import SafetyContact


@admin.register(SafetyContact)
class SafetyContactAdmin(admin.ModelAdmin):
    list_display = ("user", "since")
    autocomplete_fields = ("user",)
