from django.contrib import admin

from .models import Target


@admin.register(Target)
class TargetAdmin(admin.ModelAdmin):
    list_display = (
        "__str__",
        "first_response_hours",
        "resolution_hours",
        "warning_percent",
    )
    list_filter = ("priority",)
