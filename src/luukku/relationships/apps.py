from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RelationshipsConfig(AppConfig):
    name = "luukku.relationships"
    label = "relationships"
    verbose_name = _("Customer relationships")

    def ready(self):
        from luukku.cases.registry import case_status_hook_register

        from .resolved_notices import resolved_notice_on_status

        case_status_hook_register(resolved_notice_on_status)
