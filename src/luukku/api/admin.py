from django.contrib import admin

from .models import ApiKey


@admin.register(ApiKey)
class ApiKeyAdmin(admin.ModelAdmin):
    list_display = ("name", "contact_email", "is_active", "created_at", "last_used_at")
    list_filter = ("is_active",)
    readonly_fields = ("key", "created_at", "last_used_at")
