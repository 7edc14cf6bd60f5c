from django.contrib import admin
from django.db import models

# Addresses typed without a scheme are taken as https (as Django 6 will do).
HTTPS_URLS = {models.URLField: {"assume_scheme": "https"}}


class RecordAdmin(admin.ModelAdmin):
    """Records written by Luukku itself (logs, alerts): read in the admin, never changed."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
