from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebConfig(AppConfig):
    name = "luukku.web"
    label = "web"
    verbose_name = _("Staff workspace")

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from .signin import session_started

        # Session bookkeeping, not business logic: every way of signing in (the sign-in
        # pages, and Django's own login() as tests use it) starts the session's clocks.
        user_logged_in.connect(session_started, dispatch_uid="luukku-session-started")
