"""The ceiling for intake: the least a Django view can do to take a form — read two fields
and insert one row — under the same server, database and settings style as Luukku.
Luukku's intake is reported as a fraction of this (bench/scale.py, which makes the table)."""

import os

import dj_database_url
from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.db import connection
from django.http import HttpResponse, HttpResponseNotAllowed
from django.urls import path
from django.utils import timezone

settings.configure(
    DEBUG=False,
    SECRET_KEY="bench-ceiling-not-secret",
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    DATABASES={
        "default": dj_database_url.parse(os.environ["CEILING_DATABASE_URL"], conn_max_age=600)
    },
    USE_TZ=True,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
)


def insert(request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO bench_ceiling_row (subject, body, created_at) VALUES (%s, %s, %s)",
            [request.POST["subject"], request.POST["description"], timezone.now()],
        )
    return HttpResponse("created", status=201)


urlpatterns = [path("", insert)]
application = get_wsgi_application()
