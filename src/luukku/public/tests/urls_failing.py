"""The site's URLs with a view that fails, to see the 500 pages (`settings.ROOT_URLCONF`)."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from luukku import urls as site


def fail(request):
    raise RuntimeError("The view failed on purpose.")


urlpatterns = [
    path("open311/v2/fail.json", fail),
    *i18n_patterns(path("staff/fail/", fail), path("fail/", fail), prefix_default_language=False),
    *site.urlpatterns,
]
handler400 = site.handler400
handler403 = site.handler403
handler404 = site.handler404
handler500 = site.handler500
