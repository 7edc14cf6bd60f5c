"""What the access log's context codes mean, for the people who read the log.

Every service writes why it touched personal data as a short code (`AccessLogEntry.context`):
a name, sometimes with a detail after a colon (`attachment:42`, `contact_log:phone`), or a
channel before `_request` (`web_request`). The log shows each as a label in the reader's
language; a code without one is shown as written, so that nothing logged is ever hidden.
`privacy/tests/test_contexts.py` finds every code the code base writes and holds this list
to them: a new code needs its label here.
"""

from django.utils.translation import gettext_lazy as _

LABELS = {
    # The staff workspace's pages and forms
    "case_page": _("Case page"),
    "case_template": _("Reply template filled in for the case"),
    "customer_page": _("Customer page"),
    "feedback_list": _("Feedback list"),
    "case_feedback": _("Case marked as feedback"),
    "satisfaction_results": _("Customer satisfaction: results and masked comments"),
    "customer_edit": _("Editing the customer's details"),
    "customer_subscribe_again": _("Announcements again for the customer"),
    "customer_plan": _("Customer plan"),
    "plan_meeting": _("Meeting of a customer plan"),
    "annual_clock": _("Annual clock of customer meetings"),
    "customer_form": _("Customer details form"),
    "contact_log": _("Logging a counter or phone contact"),
    "attachment": _("Attachment opened"),
    "case_mail": _("E-mail of a case opened"),
    "quarantine": _("Quarantined e-mail opened"),
    "quarantine_retry": _("Quarantined e-mail taken in again"),
    "mail_resend": _("E-mail sent again"),
    "customers_handler_move": _("Customers moved to another named handler"),
    "customer_duplicates": _("Shown as possibly the same person as customer"),
    "customer_merge": _("Compared for merging with customer"),
    "customers_merge": _("Merged with customer"),
    "customers_mark_distinct": _("Marked as a different person from customer"),
    "cases_merge": _("Duplicate cases merged"),
    "cases_merge_undo": _("Merge of cases undone"),
    "cases_merge_page": _("Cases compared for merging"),
    "cases_merge_duplicates": _("Likely duplicates listed for merging with the case"),
    "consultation": _("Consultation"),
    "consultation_contact": _("Consultation page: the customer's contact details"),
    "appointment_page": _("Appointment page"),
    "callback_page": _("Callback page"),
    "order_page": _("Order page"),
    "reservation_page": _("Booking of a room or an area"),
    "reservations_day": _("Bookings of a room or an area on a day"),
    "reservations_waiting": _("Booking requests waiting for handling"),
    "reservations_week": _("Bookings of rooms and areas in a week"),
    "reservation_customer": _("Finding the customer of a booking of a room or an area"),
    "customer_reservations": _("All of a customer's bookings of rooms and areas"),
    "round_applications": _("Applications of a seasonal application round"),
    "round_wish": _("Wished turn of an application for seasonal turns"),
    "round_results": _("Confirmation of sending a round's results"),
    "course_registration": _("Registration for a course or an event"),
    "course_message": _("Message to the registrants of a course"),
    "course_page": _("Course page with its registrations"),
    "course_attendance": _("Attendance list of a course"),
    "course_decision": _("Confirmation of a course's decision"),
    "course_registration_cancel": _("Confirmation of cancelling a registration"),
    "customer_registrations": _("The customer's registrations for courses"),
    "situation_page": _("Documented hard situation opened"),
    "situation_record": _("Hard situation documented"),
    "situation_review": _("Hard situation reviewed by the team"),
    "segments": _("List of segments with their counts of customers"),
    "segment_page": _("Segment page with its members"),
    "segment_export": _("Members of a segment exported"),
    "segment_member": _("Customer picked into a segment or taken out of it"),
    "segment_pick": _("Customer search for picking into a segment"),
    "announcement_confirm": _("Confirmation of sending an announcement"),
    "announcement_send": _("Announcement sent to a segment"),
    "announcement_unsubscribe": _("Announcements unsubscribed or subscribed again"),
    "announcement_bounce": _("An announcement's e-mail bounced"),
    "own_page": _("The citizen's own page, opened with a one-time link to their address"),
    # Lists and searches: one entry per page shown, with its search and filters
    "inbox": _("Inbox list"),
    "situations": _("List of documented hard situations"),
    "customer_search": _("Customer search"),
    "cases_merge_search": _("Search for a case to merge with"),
    "customer_log": _("The customer's access log read"),
    "quarantine_list": _("List of quarantined e-mail"),
    "calendar": _("Staff calendar"),
    "callbacks": _("List of callbacks"),
    "queue_appointments": _("Appointments of the day at a service point, for checking in"),
    "requests": _("List of consultations and escalations"),
    "metrics_cases": _("Cases behind a figure of the metrics"),
    "access_log": _("Access log read by the data protection officer"),
    # Changes of a case (the defaults of cases.services)
    "case_create": _("Case created"),
    "case_change_status": _("Status changed"),
    "case_assign": _("Handler changed"),
    "case_update": _("Case details changed"),
    "case_contact_change": _("Where messages about the case go changed"),
    "case_add_note": _("Internal note"),
    "case_take": _("Case taken by its handler"),
    "inbox_bulk": _("Several cases changed at once in the inbox"),
    # The chat (chat.services)
    "chat_start": _("Chat started by the customer"),
    "chat_message": _("Message in a chat"),
    "chat_accept": _("Chat taken by an agent"),
    "chat_transfer": _("Chat transferred"),
    "chat_end": _("Chat ended with its outcome"),
    "chat_left": _("Chat left by the customer before an answer"),
    "case_reply": _("Reply to customer"),
    "case_forward": _("Forwarded to another organisation"),
    "case_escalate": _("Escalation"),
    "escalation_close": _("Escalation step handled"),
    "consultation_ask": _("Expert consulted"),
    "consultation_answer": _("Expert's answer"),
    "consultation_withdraw": _("Consultation withdrawn"),
    "named_handler": _("Named handler"),
    # Sales (commerce.services)
    "package_order": _("Document package ordered"),
    "package_part": _("Part of a document package marked ready"),
    # The customer and the channels
    "request": _("Request"),
    "customer_message": _("Customer's message"),
    "mail_receive": _("E-mail received"),
    "mail_bounce": _("Undelivered e-mail"),
    "appointment": _("Appointment"),
    "appointment_booking": _("Booking an appointment"),
    "callback": _("Callback"),
    "callback_request": _("Callback request"),
    # Sales at the counter (commerce.services and the staff's sales pages)
    "sale_customer": _("Customer chosen for a sale at the counter"),
    "sale_order": _("Sale at the counter opened"),
    "sale_receipt": _("Receipt of a sale opened"),
    "discount_proof": _("Proof of a discount recorded"),
    "receipt_email": _("Receipt e-mailed to the address given"),
    "shop_order": _("Order placed online by the customer"),
    "reservation_booking": _("Booking a room or an area online"),
    "reservation_counter": _("Booking a room or an area for the customer"),
    "round_application": _("Applying for seasonal turns online"),
    "invoice_issue": _("Sale invoiced to the buyer given"),
    "invoice": _("Invoice opened"),
    "invoice_pdf": _("Invoice downloaded as a PDF"),
    "invoice_export": _("Invoice exported as a Finvoice message"),
    "invoice_list": _("Invoices listed"),
    "bank_payments": _("Bank payments waiting to be matched listed"),
    # The key register (keys.services and the staff's key pages)
    "key_register": _("Key register listed"),
    "key_page": _("Key page opened with its holders"),
    "key_holder": _("A holder's keys listed"),
    "key_holder_search": _("Search for a key's holder"),
    "key_loans_out": _("Keys out listed for the building manager"),
    "key_lend": _("Key lent"),
    "key_return": _("Key returned"),
    "key_lost": _("Key reported lost"),
    "key_due": _("Key's due day changed"),
    "key_rights": _("Access rights of a lent card changed"),
    "key_reminder": _("Reminder of a key's due day sent"),
    # Live chat (chat.services and the staff's chat console)
    "chat_console": _("Chat opened in the chat console"),
    "chat_queue": _("Waiting chats listed in the chat console"),
    # Data-subject requests (privacy.subject_requests)
    "subject_request_page": _("Data-subject request page"),
    "subject_export": _("Data-subject export"),
    "subject_erasure": _("Data-subject erasure"),
    "legal_hold": _("Legal hold set or lifted"),
    # The demo city's own data
    "demo": _("Demo data loaded"),
    # Interfaces
    "api": _("REST API"),
    "api:search": _("REST API: customer search"),
    "api:cases": _("REST API: list of cases"),
    "admin_list": _("Admin: list"),
    "admin_change": _("Admin: record opened"),
}


def context_parts(code: str, channels: dict | None = None) -> tuple[str, str]:
    """The code's name and its detail: `attachment:42` → (attachment, 42), `web_request` →
    (request, web) when `web` is one of `channels`."""
    name, _colon, detail = code.partition(":")
    channel, _sep, suffix = name.rpartition("_")
    if suffix == "request" and channel in (channels or {}):
        return "request", channel
    return name, detail


def context_label(code: str, channels: dict | None = None) -> str:
    """The code as its reader says it: "Liite avattu (42)", "Pyyntö (verkkolomake)"; a code
    without a label as written. `channels` names the channels by their codes."""
    if code in LABELS:
        return str(LABELS[code])
    channels = channels or {}
    name, detail = context_parts(code, channels)
    if name not in LABELS:
        return code
    label = str(LABELS[name])
    return f"{label} ({channels.get(detail, detail)})" if detail else label
