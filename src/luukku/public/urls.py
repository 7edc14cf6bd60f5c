from django.urls import path

from . import views

app_name = "public"

urlpatterns = [
    path("", views.home, name="home"),
    path("services/", views.services, name="services"),
    path("services/<slug:code>/", views.service_detail, name="service"),
    path("services/<slug:code>/request/", views.request_create, name="request_create"),
    path("answers/<int:pk>/", views.article, name="article"),
    path("answers/<int:pk>/feedback/", views.article_feedback, name="article_feedback"),
    path("requests/<str:token>/", views.case_status, name="case_status"),
    path(
        "requests/<str:token>/attachments/<int:attachment_id>/",
        views.case_attachment,
        name="case_attachment",
    ),
    path("accessibility/", views.accessibility, name="accessibility"),
]
