from django.urls import path

from . import (
    announcement_views,
    booking_views,
    chat_api,
    chat_views,
    course_views,
    own_page_views,
    queue_views,
    reservation_views,
    round_views,
    shop_views,
    survey_views,
    views,
)

app_name = "public"

urlpatterns = [
    path("", views.home, name="home"),
    path(
        "announcements/unsubscribe/<str:token>/",
        announcement_views.unsubscribe_view,
        name="unsubscribe",
    ),
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
    path(
        "requests/<str:token>/resolved-notice/",
        own_page_views.case_resolved_notice,
        name="case_resolved_notice",
    ),
    path("orders/<str:token>/", views.order_status, name="order_status"),
    path("surveys/<str:token>/", survey_views.survey, name="survey"),
    # The citizen's own page (docs/relationships.md): asking for a one-time link, using it,
    # and signing out.
    path("mine/", own_page_views.own_page, name="own_page"),
    path("mine/sign-in/<str:token>/", own_page_views.own_page_sign_in, name="own_page_sign_in"),
    path("mine/sign-out/", own_page_views.own_page_sign_out, name="own_page_sign_out"),
    path("accessibility/", views.accessibility, name="accessibility"),
    # The walk-in queue (docs/queue.md): per service point, and the visitor's own ticket.
    path("queue/<int:point>/", queue_views.point_queue, name="queue_point"),
    path("queue/<int:point>/join/", queue_views.queue_join, name="queue_join"),
    path("queue/<int:point>/kiosk/", queue_views.kiosk, name="queue_kiosk"),
    path("queue/<int:point>/kiosk/groups/", queue_views.kiosk_groups, name="queue_kiosk_groups"),
    path("queue/<int:point>/kiosk/take/", queue_views.kiosk_take, name="queue_kiosk_take"),
    path("queue/<int:point>/display/", queue_views.display, name="queue_display"),
    path("queue/<int:point>/display/calls/", queue_views.display_calls, name="queue_display_calls"),
    path("queue/tickets/<str:token>/", queue_views.ticket_page, name="queue_ticket"),
    path(
        "queue/tickets/<str:token>/status/",
        queue_views.ticket_status,
        name="queue_ticket_status",
    ),
    path("queue/tickets/<str:token>/leave/", queue_views.ticket_leave_view, name="queue_leave"),
    # Buying online and paying at the provider (docs/commerce.md).
    path("shop/", shop_views.shop, name="shop"),
    path("shop/callback/", shop_views.shop_callback, name="shop_callback"),
    path("shop/<str:token>/", shop_views.shop_order, name="shop_order"),
    path("shop/<str:token>/pay/", shop_views.shop_pay, name="shop_pay"),
    path("shop/<str:token>/return/", shop_views.shop_return, name="shop_return"),
    # Booking rooms and areas (docs/bookings.md): the units, a unit's free times, booking,
    # and the booking's private link.
    path("reservations/", reservation_views.reservation_units, name="reservation_units"),
    path(
        "reservations/book/<str:token>/",
        reservation_views.reservation_page,
        name="reservation",
    ),
    path(
        "reservations/book/<str:token>/calendar.ics",
        reservation_views.reservation_calendar,
        name="reservation_calendar",
    ),
    path(
        "reservations/book/<str:token>/pay/",
        reservation_views.reservation_pay,
        name="reservation_pay",
    ),
    path(
        "reservations/book/<str:token>/return/",
        reservation_views.reservation_return,
        name="reservation_return",
    ),
    path(
        "reservations/book/<str:token>/cancel/",
        reservation_views.reservation_cancel_view,
        name="reservation_cancel",
    ),
    path("reservations/rounds/<int:pk>/apply/", round_views.round_apply, name="round_apply"),
    path(
        "reservations/applications/<str:token>/",
        round_views.round_application,
        name="round_application",
    ),
    path(
        "reservations/applications/<str:token>/withdraw/",
        round_views.round_application_withdraw,
        name="round_application_withdraw",
    ),
    path("reservations/<slug:code>/", reservation_views.reservation_unit, name="reservation_unit"),
    path(
        "reservations/<slug:code>/book/",
        reservation_views.reservation_book,
        name="reservation_book",
    ),
    # Courses and events, registering and the registration's private page (docs/bookings.md).
    path("courses/", course_views.courses, name="courses"),
    path("courses/<str:code>/", course_views.course, name="course"),
    path("courses/<str:code>/register/", course_views.course_register, name="course_register"),
    path(
        "registrations/<str:token>/",
        course_views.course_registration,
        name="course_registration",
    ),
    path(
        "registrations/<str:token>/cancel/",
        course_views.course_registration_cancel,
        name="course_registration_cancel",
    ),
    path(
        "registrations/<str:token>/accept/",
        course_views.course_registration_accept,
        name="course_registration_accept",
    ),
    path(
        "registrations/<str:token>/pay/",
        course_views.course_registration_pay,
        name="course_registration_pay",
    ),
    path(
        "registrations/<str:token>/return/",
        course_views.course_registration_return,
        name="course_registration_return",
    ),
    # The live chat (docs/chat.md): starting one, and the citizen's own chat page.
    path("chat/", chat_views.chat_start_page, name="chat_start"),
    path("chat/<str:token>/", chat_views.chat_page, name="chat"),
    path("chat/<str:token>/state/", chat_api.chat_state, name="chat_state"),
    path("chat/<str:token>/send/", chat_api.chat_send, name="chat_send"),
    path("chat/<str:token>/seen/", chat_api.chat_seen_view, name="chat_seen"),
    path("chat/<str:token>/still-here/", chat_api.chat_still_here_view, name="chat_still_here"),
    path("chat/<str:token>/leave/", chat_api.chat_leave_view, name="chat_leave"),
    path("chat/<str:token>/transcript/", chat_api.chat_transcript, name="chat_transcript"),
]
