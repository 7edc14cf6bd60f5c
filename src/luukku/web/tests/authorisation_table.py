"""The authorisation matrix's table: who asks (PERSONAS), the answer each one must get from
every staff URL pattern and REST endpoint (EXPECTED), the patterns open to everyone (PUBLIC),
how to fill each pattern's arguments, and what a refused POST must leave as it was. The tests
that read it are in test_authorisation_matrix.py; the rule it states is docs/privacy.md, "Who
sees what"."""

from luukku.appointments.models import Appointment, AvailabilityRule, Callback
from luukku.cases.models import Case, CaseEvent, Consultation, OutboundMail, SavedView
from luukku.catalogue.models import Service
from luukku.channels.models import InboundMessage
from luukku.commerce.models import Order, OrderPart
from luukku.customers.models import Customer
from luukku.knowledge.models import Article, ReplyTemplate
from luukku.organisation.models import Absence
from luukku.privacy.models import AccessLogEntry
from luukku.queueing.models import DeskSession, QueueDay, Ticket, TicketEvent, VisitContact
from luukku.search.models import SearchMiss
from luukku.servicelevels.models import Escalation

# The people who ask, in the order of the columns of EXPECTED. The objects asked for belong
# to department B; "A" is another department. Every User.Role needs at least one persona.
PERSONAS = {
    "anonymous": None,
    "agent": ("agent", "A"),
    "expert A": ("expert", "A"),
    "expert B": ("expert", "B"),
    "supervisor A": ("supervisor", "A"),
    "head of unit B": ("supervisor", "B"),
    "admin": ("administrator", None),
    "dpo": ("dpo", None),
}

# The answer per persona (in PERSONAS' order), for a pattern and method. A string is the
# answer whatever the object; a dict gives it for the object that is not sensitive ("plain")
# and for the sensitive one. 302 for "anonymous" is the way to the sign-in page.
#   persona:           anon agent  expA  expB  supA  headB admin dpo
EXPECTED = {
    # -- the workspace -----------------------------------------------------------------------
    ("web:inbox", "GET"): "302 200 200 200 200 200 200 200",
    # An empty bulk form or view name is refused with a message on the inbox; another
    # person's saved view is not found, whoever asks.
    ("web:cases_bulk", "POST"): "302 302 302 302 302 302 302 302",
    ("web:saved_view_new", "POST"): "302 302 302 302 302 302 302 302",
    ("web:saved_view_change", "POST"): "302 404 404 404 404 404 404 404",
    ("web:login", "GET"): "200 200 200 200 200 200 200 200",
    ("web:logout", "POST"): "302 302 302 302 302 302 302 302",
    ("web:requests", "GET"): "302 200 200 200 200 200 200 200",
    ("web:contact_new", "GET"): "302 200 200 200 200 200 200 200",
    ("web:knowledge", "GET"): "302 200 200 200 200 200 200 200",
    ("web:article_new", "GET"): "302 403 200 200 200 200 200 403",
    ("web:article", "GET"): "302 200 200 200 200 200 200 200",
    ("web:article_edit", "GET"): "302 403 200 200 200 200 200 403",
    ("web:article_reviewed", "POST"): "302 403 403 403 302 302 302 403",
    ("web:templates", "GET"): "302 200 200 200 200 200 200 200",
    ("web:template_new", "GET"): "302 403 200 200 200 200 200 403",
    ("web:template_edit", "GET"): "302 403 200 200 200 200 200 403",
    ("web:search_misses", "GET"): "302 403 403 403 200 200 200 403",
    ("web:search_miss_add", "POST"): "302 403 403 403 400 400 400 403",
    ("web:search_miss_dismiss", "POST"): "302 403 403 403 302 302 302 403",
    ("web:service_keywords", "GET"): "302 403 403 403 200 200 200 403",
    ("web:quarantine", "GET"): "302 200 403 403 200 200 200 403",
    ("web:quarantine_detail", "GET"): "302 200 403 403 200 200 200 403",
    ("web:customers", "GET"): "302 200 200 200 200 200 200 200",
    ("web:customer_new", "GET"): "302 200 200 200 200 200 200 200",
    ("web:calendar", "GET"): "302 200 200 200 200 200 200 200",
    ("web:availability", "GET"): "302 200 200 200 200 200 200 200",
    ("web:availability_delete", "POST"): "302 404 404 404 302 302 302 404",
    ("web:calendar_feed_renew", "POST"): "302 302 302 302 302 302 302 302",
    ("web:appointment_book", "GET"): {
        "plain": "302 200 200 200 200 200 200 404",
        "sensitive": "302 404 404 200 404 200 200 404",
    },
    ("web:callbacks", "GET"): "302 200 200 200 200 200 200 200",
    ("web:callback_new", "GET"): {
        "plain": "302 200 200 200 200 200 200 404",
        "sensitive": "302 404 404 200 404 200 200 404",
    },
    # -- the walk-in queue: for those who serve visitors (agents and supervisors); the agent
    # sits at a desk of the point, the supervisors at none (their desk's steps lead to
    # choosing a desk); an appointment elsewhere is not one of the point's. ------------------
    **{
        (name, "GET"): "302 200 403 403 200 200 403 403"
        for name in (
            "web:queue_points",
            "web:queue_point",
            "web:queue_close",
            "web:queue_appointments",
            "web:queue_ticket_print",
        )
    },
    ("web:queue_desk", "GET"): "302 200 403 403 302 302 403 403",
    ("web:queue_desk_live", "GET"): "302 200 403 403 200 200 403 403",
    **{
        (name, "POST"): "302 302 403 403 302 302 403 403"
        for name in (
            "web:queue_open",
            "web:queue_close",
            "web:queue_sit",
            "web:queue_leave",
            "web:queue_call_next",
            "web:queue_ticket_action",
        )
    },
    ("web:queue_ticket_new", "POST"): "302 400 403 403 400 400 403 403",
    ("web:queue_ticket_transfer", "POST"): "302 400 403 403 302 302 403 403",
    ("web:queue_visit_contact", "POST"): "302 400 403 403 302 302 403 403",
    ("web:queue_check_in", "POST"): "302 404 403 403 404 404 403 403",
    # The chat console: the front line's; someone else's chat (or none) is not found.
    ("web:chat_console", "GET"): "302 200 403 403 200 200 403 403",
    ("web:chat_console_live", "GET"): "302 200 403 403 200 200 403 403",
    ("web:chat_availability", "POST"): "302 400 403 403 400 400 403 403",
    ("web:chat_accept", "POST"): "302 302 403 403 302 302 403 403",
    ("web:chat_messages", "GET"): "302 404 403 403 404 404 403 403",
    **{
        (name, "POST"): "302 404 403 403 404 404 403 403"
        for name in (
            "web:chat_send",
            "web:chat_use_template",
            "web:chat_note",
            "web:chat_transfer",
            "web:chat_end",
        )
    },
    # Sales at the counter: the front line's, like the queue; a register, day, sale or receipt
    # that is not there is not found (their own tests open real ones: commerce/tests).
    ("web:sales", "GET"): "302 200 403 403 200 200 403 403",
    # Courses and registrations: the front line's, like sales; a course or registration that is
    # not there is not found (bookings/tests open real ones).
    ("web:courses", "GET"): "302 200 403 403 200 200 403 403",
    **{
        (name, "GET"): "302 404 403 403 404 404 403 403"
        for name in ("web:course", "web:course_attendance")
    },
    **{
        (name, "POST"): "302 404 403 403 404 404 403 403"
        for name in (
            "web:course_register",
            "web:course_capacity",
            "web:course_decision",
            "web:course_message",
            "web:course_registration_cancel",
        )
    },
    # A sale for a case's customer: the front line, on a case they may see.
    ("web:case_sale_new", "POST"): {
        "plain": "302 302 403 403 302 302 403 403",
        "sensitive": "302 404 403 403 404 302 403 403",
    },
    **{
        (name, "GET"): "302 404 403 403 404 404 403 403"
        for name in ("web:sale_register", "web:sale_z_report", "web:sale_order", "web:sale_receipt")
    },
    **{
        (name, "POST"): "302 404 403 403 404 404 403 403"
        for name in (
            "web:sale_day_open",
            "web:sale_day_close",
            "web:sale_new",
            "web:sale_customer",
            "web:sale_proof",
            "web:sale_line_add",
            "web:sale_line_remove",
            "web:sale_pay",
            "web:sale_cancel",
            "web:sale_refund",
            "web:sale_receipt_email",
            "web:sale_invoice_new",
            "web:sale_invoice_finvoice",
            "web:sale_bank_payment_match",
        )
    },
    # Invoices and the bank's files: the front line's too; an invoice that is not there is
    # not found; a bank file form sent empty is refused (commerce/tests open real ones).
    ("web:sale_invoices", "GET"): "302 200 403 403 200 200 403 403",
    ("web:sale_bank_files", "GET"): "302 200 403 403 200 200 403 403",
    ("web:sale_bank_files", "POST"): "302 400 403 403 400 400 403 403",
    **{
        (name, "GET"): "302 404 403 403 404 404 403 403"
        for name in ("web:sale_invoice", "web:sale_invoice_pdf")
    },
    # -- supervisors' pages -------------------------------------------------------------------
    ("web:dashboard", "GET"): "302 403 403 403 200 200 200 403",
    ("web:dashboard_cases", "GET"): "302 403 403 403 200 200 200 403",
    ("web:dashboard_export", "GET"): "302 403 403 403 200 200 200 403",
    ("web:staffing", "GET"): "302 403 403 403 200 200 200 403",
    ("web:handlers", "GET"): "302 403 403 403 200 200 200 403",
    # The register days' accounting export: the counter's agents, supervisors, administrators.
    ("web:sales_export", "GET"): "302 200 403 403 200 200 200 403",
    ("web:handlers_move", "POST"): "302 403 403 403 400 400 400 403",
    ("web:absence_new", "POST"): "302 403 403 403 400 400 400 403",
    ("web:absence_delete", "POST"): "302 403 403 403 302 302 302 403",
    # -- a case and what hangs on it -----------------------------------------------------------
    ("web:case", "GET"): {
        "plain": "302 200 200 200 200 200 200 404",
        "sensitive": "302 404 404 200 404 200 200 404",
    },
    **{
        (name, "POST"): {
            "plain": "302 400 400 400 400 400 400 404",
            "sensitive": "302 404 404 400 404 400 400 404",
        }
        for name in (
            "web:case_reply",
            "web:case_note",
            "web:case_status",
            "web:case_update",
            "web:case_consult",
            "web:case_escalate",
            "web:case_forward",
            "web:case_package_order",
        )
    },
    # The next case of a list is looked for in what the asker sees: to the inbox if none.
    ("web:case_next", "GET"): "302 302 302 302 302 302 302 302",
    ("web:case_take", "POST"): {
        "plain": "302 302 302 302 302 302 302 404",
        "sensitive": "302 404 404 302 404 302 302 404",
    },
    # An empty form means "no handler" and "no new contact details": done at once.
    **{
        (name, "POST"): {
            "plain": "302 302 302 302 302 302 302 404",
            "sensitive": "302 404 404 302 404 302 302 404",
        }
        for name in ("web:case_assign", "web:case_contact")
    },
    # Merging: the page answers 400 naming a case the person may not change.
    ("web:cases_merge", "GET"): {
        "plain": "302 200 200 200 200 200 200 400",
        "sensitive": "302 400 400 200 400 200 200 400",
    },
    ("web:cases_merge", "POST"): "302 400 400 400 400 400 400 400",
    ("web:case_merge_undo", "POST"): "302 404 404 404 404 404 404 404",
    # A reply template filled in for the case: as personal as the case page.
    ("web:case_template_text", "GET"): {
        "plain": "302 200 200 200 200 200 200 404",
        "sensitive": "302 404 404 200 404 200 200 404",
    },
    ("web:case_mail", "GET"): {
        "plain": "302 200 200 200 200 200 200 404",
        "sensitive": "302 404 404 200 404 200 200 404",
    },
    ("web:case_mail_resend", "POST"): {
        "plain": "302 302 302 302 302 302 302 404",
        "sensitive": "302 404 404 302 404 302 302 404",
    },
    ("web:attachment", "GET"): {
        "plain": "302 200 200 200 200 200 200 404",
        "sensitive": "302 404 404 200 404 200 200 404",
    },
    # An order on a case is seen by those who see the case; a package's part is marked ready
    # by its expert queue (or a supervisor who sees the case), the order delivered by the
    # front line (this one is not paid: 400).
    ("web:order", "GET"): {
        "plain": "302 200 200 200 200 200 200 404",
        "sensitive": "302 404 404 200 404 200 200 404",
    },
    ("web:order_part_ready", "POST"): {
        "plain": "302 403 403 302 302 302 302 404",
        "sensitive": "302 404 404 302 404 302 302 404",
    },
    ("web:order_deliver", "POST"): {
        "plain": "302 400 403 403 400 400 400 404",
        "sensitive": "302 404 404 403 404 400 400 404",
    },
    # Supervisors answer consultations on the cases they may see; the asker withdraws.
    ("web:consultation", "GET"): {
        "plain": "302 404 404 200 200 200 200 404",
        "sensitive": "302 404 404 200 404 200 200 404",
    },
    ("web:consultation_answer", "POST"): {
        "plain": "302 404 404 400 400 400 400 404",
        "sensitive": "302 404 404 400 404 400 400 404",
    },
    ("web:consultation_take_over", "POST"): {
        "plain": "302 404 404 302 302 302 302 404",
        "sensitive": "302 404 404 302 404 302 302 404",
    },
    ("web:consultation_withdraw", "POST"): {
        "plain": "302 404 404 403 302 302 302 404",
        "sensitive": "302 404 404 403 404 302 302 404",
    },
    # The person at the step or a supervisor who may see the case closes an escalation.
    ("web:escalation_close", "POST"): {
        "plain": "302 403 403 403 302 302 302 404",
        "sensitive": "302 404 404 403 404 302 302 404",
    },
    ("web:appointment", "GET"): {
        "plain": "302 200 200 200 200 200 200 404",
        "sensitive": "302 404 404 200 404 200 200 404",
    },
    ("web:appointment_action", "POST"): {
        "plain": "302 302 302 302 302 302 302 404",
        "sensitive": "302 404 404 302 404 302 302 404",
    },
    ("web:callback", "GET"): {
        "plain": "302 200 200 200 200 200 200 404",
        "sensitive": "302 404 404 200 404 200 200 404",
    },
    ("web:callback", "POST"): {
        "plain": "302 400 400 400 400 400 400 404",
        "sensitive": "302 404 404 400 404 400 400 404",
    },
    # -- customers: records are not sensitive, their identity codes are --------------------------
    ("web:customer", "GET"): "302 200 200 200 200 200 200 200",
    ("web:customer_edit", "GET"): "302 200 200 200 200 200 200 200",
    ("web:customer_reveal", "POST"): "302 403 403 302 403 302 302 403",
    ("web:customer_log", "GET"): "302 403 403 403 200 200 200 403",
    ("web:customer_merge", "GET"): "302 200 403 403 200 200 200 403",
    ("web:customer_distinct", "POST"): "302 302 403 403 302 302 302 403",
    # -- sign-in and its security (supervisors unlock and reset) --------------------------------
    ("admin_login", "GET"): "302 302 302 302 302 302 302 302",
    ("web:login_code", "GET"): "302 302 302 302 302 302 302 302",
    ("web:two_factor", "GET"): "302 200 200 200 200 200 200 200",
    ("web:settings", "GET"): "302 200 200 200 200 200 200 200",
    ("web:help", "GET"): "302 200 200 200 200 200 200 200",
    ("web:signin_security", "GET"): "302 403 403 403 200 200 200 403",
    ("web:account_unlock", "POST"): "302 403 403 403 400 400 400 403",
    ("web:two_factor_reset", "POST"): "302 403 403 403 400 400 400 403",
    ("web:security_log", "GET"): "302 403 403 403 200 200 200 200",
    # -- privacy: the access log, data-subject requests, retention -------------------------------
    ("web:access_log", "GET"): "302 403 403 403 403 403 200 200",
    ("web:customer_export", "GET"): {
        "plain": "302 403 403 403 200 200 200 403",
        "sensitive": "302 403 403 403 403 200 200 403",
    },
    ("web:customer_export", "POST"): {
        "plain": "302 403 403 403 400 400 400 403",
        "sensitive": "302 403 403 403 403 400 400 403",
    },
    ("web:customer_erase", "GET"): {
        "plain": "302 403 403 403 200 200 200 403",
        "sensitive": "302 403 403 403 403 200 200 403",
    },
    ("web:customer_erase", "POST"): {
        "plain": "302 403 403 403 400 400 400 403",
        "sensitive": "302 403 403 403 403 400 400 403",
    },
    ("web:retention", "GET"): "302 403 403 403 200 200 200 403",
    ("web:retention_dry_run", "POST"): "302 403 403 403 302 302 302 403",
    # -- the REST API (a signed-in session here; a token carries the same person's rights) --
    ("rest:services", "GET"): "401 200 200 200 200 200 200 200",
    ("rest:service", "GET"): "401 200 200 200 200 200 200 200",
    ("rest:cases", "GET"): "401 200 200 200 200 200 200 200",
    ("rest:cases", "POST"): "401 400 400 400 400 400 400 400",
    ("rest:case", "GET"): {
        "plain": "401 200 200 200 200 200 200 404",
        "sensitive": "401 404 404 200 404 200 200 404",
    },
    **{
        (name, "POST"): {
            "plain": "401 400 400 400 400 400 400 404",
            "sensitive": "401 404 404 400 404 400 400 404",
        }
        for name in ("rest:case_status", "rest:messages", "rest:notes")
    },
    ("rest:customers", "GET"): "401 200 200 200 200 200 200 200",
    ("rest:customer", "GET"): "401 200 200 200 200 200 200 200",
    ("rest:articles", "GET"): "401 200 200 200 200 200 200 200",
    ("rest:article", "GET"): "401 200 200 200 200 200 200 200",
    ("rest:templates", "GET"): "401 200 200 200 200 200 200 200",
    ("rest:template", "GET"): "401 200 200 200 200 200 200 200",
    ("rest:<not found>", "GET"): "404 404 404 404 404 404 404 404",
    ("api_schema", "GET"): "200 200 200 200 200 200 200 200",
    ("api_docs", "GET"): "200 200 200 200 200 200 200 200",
}

# Patterns for everyone, checked by their own tests: the citizen pages (a private link's
# token is the key), Open311 (an API key for writes) and a staff member's calendar feed
# (its token is the key). Listed so that a new pattern is put on one side or the other.
PUBLIC = {
    *(f"public:{name}" for name in (
        "home", "services", "service", "request_create", "booking", "booking_details",
        "callback", "appointment", "appointment_calendar", "appointment_cancel",
        "appointment_reschedule", "article", "article_feedback", "private_link", "case_status",
        "order_status",
        "case_attachment", "accessibility", "queue_point", "queue_join", "queue_kiosk",
        "queue_kiosk_groups", "queue_kiosk_take", "queue_display", "queue_display_calls",
        "queue_ticket", "queue_ticket_status", "queue_leave", "chat_start", "chat", "chat_state",
        "chat_send", "chat_seen", "chat_still_here", "chat_leave", "chat_transcript", "shop",
        "shop_order", "shop_pay", "shop_return", "shop_callback", "courses", "course",
        "course_register", "course_registration", "course_registration_cancel",
        "course_registration_accept", "course_registration_pay", "course_registration_return",
    )),
    *(f"open311:{name}" for name in (
        "discovery", "services", "service", "requests", "request", "token", "<unnamed>",
    )),
    "calendar_feed",
}  # fmt: skip

# How to fill a pattern's arguments (and query) from one department-B object set.
ARGUMENTS = {
    "web:case_mail": lambda o: {"reference": o.mail_case.reference, "message_id": o.inbound.pk},
    "web:case_mail_resend": lambda o: {"reference": o.mail_case.reference, "mail_id": o.mail.pk},
    "web:case_merge_undo": lambda o: {"reference": o.case.reference, "merge_id": 999999},
    "web:attachment": lambda o: {"attachment_id": o.attachment.pk},
    "web:escalation_close": lambda o: {"pk": o.escalation.pk},
    "web:order": lambda o: {"number": o.order.number},
    "web:order_deliver": lambda o: {"number": o.order.number},
    "web:order_part_ready": lambda o: {"number": o.order.number, "part_id": o.order_part.pk},
    "web:appointment": lambda o: {"pk": o.appointment.pk},
    "web:appointment_action": lambda o: {"pk": o.appointment.pk},
    "web:callback": lambda o: {"pk": o.callback.pk},
    "web:absence_delete": lambda o: {"pk": o.shared.absence.pk},
    "web:availability_delete": lambda o: {"kind": "rule", "pk": o.shared.rule.pk},
    "web:article": lambda o: {"pk": o.shared.article.pk},
    "web:article_edit": lambda o: {"pk": o.shared.article.pk},
    "web:article_reviewed": lambda o: {"pk": o.shared.article.pk},
    "web:template_edit": lambda o: {"pk": o.shared.template.pk},
    "web:case_template_text": lambda o: {
        "reference": o.case.reference,
        "template_id": o.shared.template.pk,
    },
    "web:quarantine_detail": lambda o: {"message_id": o.shared.quarantined.pk},
    "web:search_miss_add": lambda o: {"pk": o.shared.miss.pk},
    "web:search_miss_dismiss": lambda o: {"pk": o.shared.miss.pk},
    "web:saved_view_change": lambda o: {"pk": o.shared.saved_view.pk},
    "web:service_keywords": lambda o: {"code": o.case.service.code},
    "web:customer_merge": lambda o: {"customer_id": o.customer.pk, "other_id": o.twin.pk},
    "web:customer_distinct": lambda o: {"customer_id": o.customer.pk, "other_id": o.twin.pk},
    **{
        f"web:{name}": lambda o: {"point_id": o.shared.queue.point.pk}
        for name in (
            "queue_point",
            "queue_open",
            "queue_close",
            "queue_sit",
            "queue_ticket_new",
            "queue_appointments",
        )
    },
    "web:queue_check_in": lambda o: {
        "point_id": o.shared.queue.point.pk,
        "pk": o.appointment.pk,
    },
    "web:queue_ticket_print": lambda o: {"pk": o.shared.queue.ticket.pk},
    "web:queue_ticket_action": lambda o: {"pk": o.shared.queue.ticket.pk, "action": "recall"},
    "web:queue_ticket_transfer": lambda o: {"pk": o.shared.queue.ticket.pk},
    "web:queue_visit_contact": lambda o: {"pk": o.shared.queue.ticket.pk},
    **{
        f"web:chat_{name}": lambda o: {"pk": 999999}
        for name in ("messages", "send", "use_template", "note", "transfer", "end")
    },
    **{
        f"web:{name}": lambda o: {"pk": 999999}
        for name in (
            "sale_register",
            "sale_z_report",
            "sale_day_open",
            "sale_day_close",
            "sale_new",
            "sale_bank_payment_match",
            "course",
            "course_attendance",
            "course_register",
            "course_capacity",
            "course_decision",
            "course_message",
            "course_registration_cancel",
        )
    },
    **{
        f"web:{name}": lambda o: {"number": 999999}
        for name in ("sale_invoice", "sale_invoice_pdf", "sale_invoice_finvoice")
    },
    **{
        f"web:{name}": lambda o: {"number": "T-1999-000000"}
        for name in (
            "sale_order",
            "sale_customer",
            "sale_proof",
            "sale_line_add",
            "sale_pay",
            "sale_cancel",
            "sale_refund",
            "sale_receipt",
            "sale_receipt_email",
            "sale_invoice_new",
        )
    },
    "web:sale_line_remove": lambda o: {"number": "T-1999-000000", "line": 999999},
    "rest:service": lambda o: {"code": o.case.service.code},
    "rest:customer": lambda o: {"customer_id": o.customer.pk},
    "rest:article": lambda o: {"pk": o.shared.article.pk},
    "rest:template": lambda o: {"pk": o.shared.template.pk},
    **{
        f"web:{name}": lambda o: {"pk": o.consultation.pk}
        for name in (
            "consultation",
            "consultation_answer",
            "consultation_take_over",
            "consultation_withdraw",
        )
    },
    **{
        f"web:{name}": lambda o: {"customer_id": o.customer.pk}
        for name in (
            "customer",
            "customer_edit",
            "customer_reveal",
            "customer_log",
            "customer_export",
            "customer_erase",
        )
    },
    **{
        name: lambda o: {"reference": o.case.reference}
        for name in (
            "web:case",
            "web:case_reply",
            "web:case_note",
            "web:case_status",
            "web:case_assign",
            "web:case_update",
            "web:case_contact",
            "web:case_consult",
            "web:case_escalate",
            "web:case_forward",
            "web:case_sale_new",
            "web:case_package_order",
            "web:case_next",
            "web:case_take",
            "rest:case",
            "rest:case_status",
            "rest:messages",
            "rest:notes",
        )
    },
}
QUERIES = {
    "web:appointment_book": lambda o: f"?case={o.case.reference}",
    "web:cases_merge": lambda o: f"?cases={o.case.reference}&cases={o.mail_case.reference}",
    "web:callback_new": lambda o: f"?case={o.case.reference}",
    "web:dashboard_cases": lambda o: "?measure=open",
    "web:dashboard_export": lambda o: "?format=csv&table=channels",
    "web:sales_export": lambda o: "?format=csv&start=2026-03-01&end=2026-03-31",
    "rest:customers": lambda o: "?q=example.fi",
    "rest:<not found>": lambda o: "nothing/",
}
URL_PREFIX = {"rest:<not found>": "/api/v1/"}

# What a refused POST must leave as it was.
WATCHED = [
    Case,
    CaseEvent,
    Consultation,
    Order,
    OrderPart,
    Escalation,
    OutboundMail,
    InboundMessage,
    Appointment,
    Callback,
    Customer,
    AccessLogEntry,
    Absence,
    AvailabilityRule,
    Article,
    ReplyTemplate,
    Service,
    SearchMiss,
    SavedView,
    QueueDay,
    Ticket,
    TicketEvent,
    DeskSession,
    VisitContact,
]
REFUSED = {"401", "403", "404", "405"}
