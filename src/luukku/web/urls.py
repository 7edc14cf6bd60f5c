from django.contrib.auth import views as auth_views
from django.urls import path

from . import appointment_views, handling_views, insights_views, knowledge_views, views

app_name = "web"

urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("login/", auth_views.LoginView.as_view(template_name="web/login.html"), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("cases/<str:reference>/", views.case_detail, name="case"),
    path("cases/<str:reference>/reply/", views.case_reply_view, name="case_reply"),
    path("cases/<str:reference>/note/", views.case_note_view, name="case_note"),
    path("cases/<str:reference>/status/", views.case_status_view, name="case_status"),
    path("cases/<str:reference>/assign/", views.case_assign_view, name="case_assign"),
    path("cases/<str:reference>/update/", views.case_update_view, name="case_update"),
    path("cases/<str:reference>/mail/<int:message_id>/", views.case_mail, name="case_mail"),
    path("cases/<str:reference>/consult/", handling_views.case_consult, name="case_consult"),
    path(
        "cases/<str:reference>/escalate/", handling_views.case_escalate_view, name="case_escalate"
    ),
    path("cases/<str:reference>/forward/", handling_views.case_forward_view, name="case_forward"),
    path("requests/", handling_views.requests, name="requests"),
    path("consultations/<int:pk>/", handling_views.consultation_detail, name="consultation"),
    path(
        "consultations/<int:pk>/answer/",
        handling_views.consultation_answer_view,
        name="consultation_answer",
    ),
    path(
        "consultations/<int:pk>/take-over/",
        handling_views.consultation_take_over_view,
        name="consultation_take_over",
    ),
    path(
        "consultations/<int:pk>/withdraw/",
        handling_views.consultation_withdraw_view,
        name="consultation_withdraw",
    ),
    path(
        "escalations/<int:pk>/close/",
        handling_views.escalation_close_view,
        name="escalation_close",
    ),
    path("metrics/", insights_views.dashboard, name="dashboard"),
    path("metrics/cases/", insights_views.dashboard_cases, name="dashboard_cases"),
    path("metrics/export/", insights_views.dashboard_export, name="dashboard_export"),
    path("staffing/", insights_views.staffing, name="staffing"),
    path("handlers/", handling_views.handlers, name="handlers"),
    path("handlers/move/", handling_views.handlers_move, name="handlers_move"),
    path("handlers/absences/", handling_views.absence_new, name="absence_new"),
    path(
        "handlers/absences/<int:pk>/delete/",
        handling_views.absence_delete,
        name="absence_delete",
    ),
    path(
        "cases/<str:reference>/outbound/<int:mail_id>/resend/",
        views.case_mail_resend,
        name="case_mail_resend",
    ),
    path("attachments/<int:attachment_id>/", views.case_attachment, name="attachment"),
    path("contacts/new/", views.contact_new, name="contact_new"),
    path("calendar/", appointment_views.calendar, name="calendar"),
    path("calendar/availability/", appointment_views.availability, name="availability"),
    path(
        "calendar/availability/<str:kind>/<int:pk>/delete/",
        appointment_views.availability_delete,
        name="availability_delete",
    ),
    path("calendar/feed/renew/", appointment_views.calendar_feed_renew, name="calendar_feed_renew"),
    path("appointments/book/", appointment_views.appointment_book, name="appointment_book"),
    path("appointments/<int:pk>/", appointment_views.appointment_detail, name="appointment"),
    path(
        "appointments/<int:pk>/action/",
        appointment_views.appointment_action,
        name="appointment_action",
    ),
    path("callbacks/", appointment_views.callbacks, name="callbacks"),
    path("callbacks/new/", appointment_views.callback_new, name="callback_new"),
    path("callbacks/<int:pk>/", appointment_views.callback_detail, name="callback"),
    path("knowledge/", knowledge_views.knowledge, name="knowledge"),
    path("knowledge/articles/new/", knowledge_views.article_edit, name="article_new"),
    path("knowledge/articles/<int:pk>/", knowledge_views.article_detail, name="article"),
    path("knowledge/articles/<int:pk>/edit/", knowledge_views.article_edit, name="article_edit"),
    path(
        "knowledge/articles/<int:pk>/reviewed/",
        knowledge_views.article_reviewed,
        name="article_reviewed",
    ),
    path("knowledge/templates/", knowledge_views.templates, name="templates"),
    path("knowledge/templates/new/", knowledge_views.template_edit, name="template_new"),
    path("knowledge/templates/<int:pk>/edit/", knowledge_views.template_edit, name="template_edit"),
    path("mail/quarantine/", views.quarantine, name="quarantine"),
    path("mail/quarantine/<int:message_id>/", views.quarantine_detail, name="quarantine_detail"),
    path("customers/", views.customers, name="customers"),
    path("customers/new/", views.customer_new, name="customer_new"),
    path("customers/<int:customer_id>/", views.customer_detail, name="customer"),
    path("customers/<int:customer_id>/edit/", views.customer_edit, name="customer_edit"),
    path("customers/<int:customer_id>/reveal/", views.customer_reveal, name="customer_reveal"),
    path("customers/<int:customer_id>/log/", views.customer_log, name="customer_log"),
]
