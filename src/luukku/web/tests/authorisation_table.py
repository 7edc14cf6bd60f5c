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
from luukku.relationships.models import Announcement, Delivery, Segment, SegmentMember
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
    # Reservations of rooms and areas: the front line's, like sales; a unit or a booking that
    # is not there is not found (their own tests open real ones: bookings/tests).
    ("web:reservations", "GET"): "302 200 403 403 200 200 403 403",
    ("web:reservation_week", "GET"): "302 200 403 403 200 200 403 403",
    ("web:customer_reservations", "GET"): "302 200 403 403 200 200 403 403",
    **{
        (name, "GET"): "302 404 403 403 404 404 403 403"
        for name in (
            "web:reservation_unit",
            "web:reservation",
            "web:application_round",
            "web:application_round_send",
            "web:application_wish",
        )
    },
    **{
        (name, "POST"): "302 404 403 403 404 404 403 403"
        for name in (
            "web:reservation_block",
            "web:reservation_book",
            "web:reservation_series",
            "web:reservation_approve",
            "web:reservation_deny",
            "web:reservation_cancel",
            "web:application_round_send",
            "web:application_wish_allocate",
            "web:application_wish_decline",
        )
    },
    # Sales at the counter: the front line's, like the queue; a register, day, sale or receipt
    # that is not there is not found (their own tests open real ones: commerce/tests).
    ("web:sales", "GET"): "302 200 403 403 200 200 403 403",
    # Courses and registrations: the front line's, like sales; a course or registration that is
    # not there is not found (bookings/tests open real ones).
    ("web:courses", "GET"): "302 200 403 403 200 200 403 403",
    # A new course: its form for the front line; an empty form is refused with its errors.
    ("web:course_new", "GET"): "302 200 403 403 200 200 403 403",
    ("web:course_new", "POST"): "302 400 403 403 400 400 403 403",
    **{
        (name, "GET"): "302 404 403 403 404 404 403 403"
        for name in (
            "web:course",
            "web:course_attendance",
            "web:course_edit",
            "web:course_decision",
            "web:course_registration_cancel",
        )
    },
    **{
        (name, "POST"): "302 404 403 403 404 404 403 403"
        for name in (
            "web:course_edit",
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
    # The key register: the front line's, like the counter; a key, loan, right or lock change
    # that is not there is not found (keys/tests open real ones).
    ("web:keys", "GET"): "302 200 403 403 200 200 403 403",
    ("web:keys_out", "GET"): "302 200 403 403 200 200 403 403",
    **{
        (name, "GET"): "302 404 403 403 404 404 403 403"
        for name in ("web:key", "web:key_lend", "web:key_rights", "web:key_holder")
    },
    **{
        (name, "POST"): "302 404 403 403 404 404 403 403"
        for name in (
            "web:key_lend",
            "web:key_rights",
            "web:key_return",
            "web:key_lost",
            "web:key_due",
            "web:key_right_end",
            "web:lock_change_done",
        )
    },
    # Documented hard situations: every member of staff records theirs and lists their own;
    # the review list is the supervisors' (and the safety contacts'); a situation one may not
    # see is not found, so that its existence is not revealed (feedback/tests open real ones).
    ("web:situations", "GET"): "302 200 200 200 200 200 200 200",
    ("web:situation_new", "GET"): "302 200 200 200 200 200 200 200",
    ("web:situation_new", "POST"): "302 400 400 400 400 400 400 400",
    ("web:situations_review", "GET"): "302 403 403 403 200 200 403 403",
    ("web:situation", "GET"): "302 404 404 404 404 404 404 404",
    ("web:situation_review", "POST"): "302 404 404 404 404 404 404 404",
    # -- supervisors' pages -------------------------------------------------------------------
    ("web:dashboard", "GET"): "302 403 403 403 200 200 200 403",
    # A handler sees their own survey results, a supervisor everyone's; not the DPO.
    ("web:satisfaction", "GET"): "302 200 200 200 200 200 200 403",
    ("web:dashboard_cases", "GET"): "302 403 403 403 200 200 200 403",
    ("web:dashboard_export", "GET"): "302 403 403 403 200 200 200 403",
    ("web:staffing", "GET"): "302 403 403 403 200 200 200 403",
    ("web:handlers", "GET"): "302 403 403 403 200 200 200 403",
    # The register days' accounting export: the counter's agents, supervisors, administrators.
    ("web:sales_export", "GET"): "302 200 403 403 200 200 200 403",
    # Segments: the front line and administrators see them; supervisors and administrators
    # make them, pick members, export them and send announcements (relationships/tests open
    # real ones; one that is not there is not found).
    ("web:segments", "GET"): "302 200 403 403 200 200 200 403",
    ("web:segment_new", "GET"): "302 403 403 403 200 200 200 403",
    ("web:segment_new", "POST"): "302 403 403 403 400 400 400 403",
    ("web:segment", "GET"): "302 404 403 403 404 404 404 403",
    **{
        (name, method): "302 403 403 403 404 404 404 403"
        for name, method in (
            ("web:segment_edit", "GET"),
            ("web:segment_edit", "POST"),
            ("web:segment_export", "GET"),
            ("web:segment_member", "POST"),
            ("web:announcement_new", "GET"),
            ("web:announcement_new", "POST"),
            ("web:announcement", "GET"),
            ("web:announcement", "POST"),
        )
    },
    ("web:handlers_move", "POST"): "302 403 403 403 400 400 400 403",
    ("web:absence_new", "POST"): "302 403 403 403 400 400 400 403",
    ("web:absence_delete", "POST"): "302 403 403 403 302 302 302 403",
    # Feedback: read by those who handle cases (their visible cases only), not the data
    # protection officer; its topics kept by supervisors. A fate of no feedback: not found.
    ("web:feedback_list", "GET"): "302 200 200 200 200 200 200 403",
    ("web:feedback_fate", "POST"): "302 404 404 404 404 404 404 403",
    ("web:feedback_topics", "GET"): "302 403 403 403 200 200 200 403",
    ("web:feedback_topics", "POST"): "302 403 403 403 400 400 400 403",
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
            "web:case_feedback",
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
    ("web:customer_subscribe_again", "POST"): "302 302 403 403 302 302 302 403",
    # -- customer plans: front line and handlers see, handlers and supervisors change ----------
    # (the matrix's customer has no named handler: only supervisors and administrators may)
    ("web:plan_edit", "GET"): "302 403 403 403 200 200 200 403",
    ("web:plan_meeting_new", "GET"): "302 403 403 403 200 200 200 403",
    ("web:plan_meeting", "GET"): "302 404 404 404 404 404 404 404",
    ("web:annual_clock", "GET"): "302 200 200 200 200 200 200 200",
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
        "order_status", "survey",
        "case_attachment", "accessibility", "queue_point", "queue_join", "queue_kiosk",
        "queue_kiosk_groups", "queue_kiosk_take", "queue_display", "queue_display_calls",
        "queue_ticket", "queue_ticket_status", "queue_leave", "chat_start", "chat", "chat_state",
        "chat_send", "chat_seen", "chat_still_here", "chat_leave", "chat_transcript", "shop",
        "shop_order", "shop_pay", "shop_return", "shop_callback", "reservation_units",
        "reservation_unit", "reservation_book", "reservation", "reservation_calendar",
        "reservation_pay", "reservation_return", "reservation_cancel", "round_apply",
        "round_application", "round_application_withdraw", "courses", "course",
        "course_register", "course_registration", "course_registration_cancel",
        "course_registration_accept", "course_registration_pay", "course_registration_return",
        "unsubscribe",
        "own_page", "own_page_sign_in", "own_page_sign_out", "case_resolved_notice",
    )),
    *(f"open311:{name}" for name in (
        "discovery", "services", "service", "requests", "request", "token", "<unnamed>",
    )),
    "calendar_feed",
}  # fmt: skip


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
    Segment,
    SegmentMember,
    Announcement,
    Delivery,
]
REFUSED = {"401", "403", "404", "405"}
