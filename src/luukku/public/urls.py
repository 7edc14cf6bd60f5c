from django.urls import path

from . import booking_views, views

app_name = "public"

urlpatterns = [
    path("", views.home, name="home"),
    path("services/", views.services, name="services"),
    path("services/<slug:code>/", views.service_detail, name="service"),
    path("services/<slug:code>/request/", views.request_create, name="request_create"),
    path("services/<slug:code>/book/", booking_views.booking_slots, name="booking"),
    path(
        "services/<slug:code>/book/details/",
        booking_views.booking_details,
        name="booking_details",
    ),
    path("services/<slug:code>/callback/", booking_views.callback_request, name="callback"),
    path("appointments/<str:token>/", booking_views.appointment_manage, name="appointment"),
    path(
        "appointments/<str:token>/calendar.ics",
        booking_views.appointment_calendar,
        name="appointment_calendar",
    ),
    path(
        "appointments/<str:token>/cancel/",
        booking_views.appointment_cancel_view,
        name="appointment_cancel",
    ),
    path(
        "appointments/<str:token>/change/",
        booking_views.appointment_reschedule_view,
        name="appointment_reschedule",
    ),
    path("answers/<int:pk>/", views.article, name="article"),
    path("answers/<int:pk>/feedback/", views.article_feedback, name="article_feedback"),
    path("requests/", views.private_link, name="private_link"),
    path("requests/<str:token>/", views.case_status, name="case_status"),
    path(
        "requests/<str:token>/attachments/<int:attachment_id>/",
        views.case_attachment,
        name="case_attachment",
    ),
    path("accessibility/", views.accessibility, name="accessibility"),
]
