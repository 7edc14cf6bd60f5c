from django.contrib import admin, messages
from django.utils.translation import gettext as _

from .models import ApiToken


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Personal REST API tokens. The key is shown once, when the token is made; only its
    digest is kept, so a lost key is replaced by a new token."""

    list_display = ("name", "user", "prefix", "is_active", "expires_at", "last_used_at")
    list_filter = ("is_active",)
    search_fields = ("name", "user__username", "user__first_name", "user__last_name")
    autocomplete_fields = ("user",)
    readonly_fields = ("prefix", "created_at", "last_used_at")
    fields = ("user", "name", "expires_at", "is_active", "prefix", "created_at", "last_used_at")

    def save_model(self, request, obj, form, change):
        key = None if change else obj.issue()
        super().save_model(request, obj, form, change)
        if key:
            messages.warning(
                request,
                _(
                    "The token's key is %(key)s — copy it now: it is not shown again. "
                    "Send it as the header Authorization: Bearer %(key)s"
                )
                % {"key": key},
            )
