from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

urlpatterns = [
    # Interfaces for other systems: no language prefix, the language is a parameter
    # (Open311's `locale`, the REST API's Accept-Language).
    path("open311/v2/", include("luukku.api.urls")),
    path("api/v1/", include("luukku.api.rest.urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api_schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="api_schema"), name="api_docs"),
]
urlpatterns += i18n_patterns(
    path("admin/", admin.site.urls),
    path("staff/", include("luukku.web.urls")),
    path("", include("luukku.public.urls")),
    prefix_default_language=False,
)
