from django.urls import re_path

from . import views

app_name = "open311"

FORMAT = r"(?P<fmt>json|xml)"

urlpatterns = [
    re_path(rf"^discovery\.{FORMAT}$", views.discovery, name="discovery"),
    re_path(rf"^services\.{FORMAT}$", views.services, name="services"),
    re_path(rf"^services/(?P<code>[-\w]+)\.{FORMAT}$", views.service_definition, name="service"),
    # The singular, as the `open311` client (and some early GeoReport v2 texts) ask for it.
    re_path(rf"^service/(?P<code>[-\w]+)\.{FORMAT}$", views.service_definition),
    re_path(rf"^requests\.{FORMAT}$", views.requests, name="requests"),
    re_path(rf"^requests/(?P<reference>[-\w]+)\.{FORMAT}$", views.request_detail, name="request"),
    re_path(rf"^tokens/(?P<token>[-\w]+)\.{FORMAT}$", views.token_detail, name="token"),
]
