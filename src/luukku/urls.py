from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    # Interfaces for other systems: no language prefix, the language is a parameter.
    path("open311/v2/", include("luukku.api.urls")),
]
urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),
    path("staff/", include("luukku.web.urls")),
    path("", include("luukku.public.urls")),
    prefix_default_language=False,
)
