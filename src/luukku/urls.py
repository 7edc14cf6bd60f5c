from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from luukku.web.appointment_views import calendar_feed
from luukku.web.signin_views import admin_sign_in

urlpatterns = [
    # Interfaces for other systems: no language prefix, the language is a parameter
    # (Open311's `locale`, the REST API's Accept-Language).
    path("open311/v2/", include("luukku.api.urls")),
    path("api/v1/", include("luukku.api.rest.urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api_schema"),
    path(
        "api/docs/",
        SpectacularSwaggerSplitView.as_view(
            url_name="api_schema", template_name="api/swagger_ui.html"
        ),
        name="api_docs",
    ),
    # A staff member's private calendar feed (the token is the key; calendar apps cannot sign in).
    path("calendar/<str:token>.ics", calendar_feed, name="calendar_feed"),
]
urlpatterns += i18n_patterns(
    # The admin signs in through the staff sign-in (lockout, second factor, security log).
    path("admin/login/", admin_sign_in, name="admin_login"),
    path("admin/", admin.site.urls),
    path("staff/", include("luukku.web.urls")),
    path("", include("luukku.public.urls")),
    prefix_default_language=False,
)

# The citizen site's and the staff workspace's own error pages, in three languages
# (the interfaces keep their own formats: see luukku.errors).
handler400 = "luukku.errors.bad_request"
handler403 = "luukku.errors.permission_denied"
handler404 = "luukku.errors.page_not_found"
handler500 = "luukku.errors.server_error"
