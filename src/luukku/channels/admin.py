from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from luukku.privacy.admin import PersonalDataAdminMixin

from .models import ApiKey, InboundMessage, Mailbox, Submission
from .services import submissions_retry


class MailboxForm(forms.ModelForm):
    """The IMAP password is never shown back; leaving it empty keeps the stored one."""

    imap_password = forms.CharField(
        label=_("IMAP password"),
        required=False,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
        help_text=_("Leave empty to keep the current password."),
    )

    class Meta:
        model = Mailbox
        fields = [
            "name",
            "address",
            "default_service",
            "is_active",
            "imap_host",
            "imap_port",
            "imap_security",
            "imap_username",
            "imap_password",
            "imap_folder",
            "imap_after_fetch",
        ]

    def clean_imap_password(self):
        return self.cleaned_data["imap_password"] or self.instance.imap_password


@admin.register(Mailbox)
class MailboxAdmin(admin.ModelAdmin):
    form = MailboxForm
    list_display = (
        "address",
        "name",
        "default_service",
        "imap_host",
        "last_fetched_at",
        "is_active",
    )
    readonly_fields = ("last_fetched_at", "last_fetch_error")
    fieldsets = [
        (None, {"fields": ["name", "address", "default_service", "is_active"]}),
        (
            _("Fetching from IMAP"),
            {
                "description": _(
                    "Leave the server empty when mail is delivered by the mail server "
                    "through `luukku mail-receive`."
                ),
                "fields": [
                    "imap_host",
                    "imap_port",
                    "imap_security",
                    "imap_username",
                    "imap_password",
                    "imap_folder",
                    "imap_after_fetch",
                    "last_fetched_at",
                    "last_fetch_error",
                ],
            },
        ),
    ]


@admin.register(InboundMessage)
class InboundMessageAdmin(PersonalDataAdminMixin, admin.ModelAdmin):
    list_display = ("received_at", "sender", "subject", "status", "case")
    list_filter = ("status", "mailbox")
    exclude = ("raw",)
    readonly_fields = [
        "message_id",
        "mailbox",
        "sender",
        "subject",
        "received_at",
        "status",
        "error",
        "case",
        "event",
    ]

    def has_add_permission(self, request):
        return False


@admin.register(Submission)
class SubmissionAdmin(PersonalDataAdminMixin, admin.ModelAdmin):
    """Requests taken in from the web form and Open311: those the worker could not register
    are found here (state and error) and sent back to it once the cause is mended. The
    request's own text and contact details are not shown."""

    list_display = ("received_at", "channel", "service", "state", "attempts", "case")
    list_filter = ("state", "channel")
    fields = ("received_at", "channel", "service", "state", "attempts", "error", "case")
    readonly_fields = fields
    actions = ["register_again"]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Register again"))
    def register_again(self, request, queryset):
        count = submissions_retry(submission_ids=list(queryset.values_list("pk", flat=True)))
        self.message_user(
            request,
            ngettext(
                "%(count)d request sent back to the worker.",
                "%(count)d requests sent back to the worker.",
                count,
            )
            % {"count": count},
        )


@admin.register(ApiKey)
class ApiKeyAdmin(admin.ModelAdmin):
    """Open311 clients' keys (made here; the key is shown read-only)."""

    list_display = ("name", "contact_email", "is_active", "created_at", "last_used_at")
    list_filter = ("is_active",)
    readonly_fields = ("key", "created_at", "last_used_at")
