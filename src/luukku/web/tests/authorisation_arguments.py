"""How to fill each URL pattern's arguments (and query) for the authorisation matrix
(authorisation_table.py) from one department-B object set, apart for the table's length."""

# How to fill a pattern's arguments (and query) from one department-B object set.
ARGUMENTS = {
    "web:situation": lambda o: {"pk": 999999},
    "web:situation_review": lambda o: {"pk": 999999},
    "web:case_mail": lambda o: {"reference": o.mail_case.reference, "message_id": o.inbound.pk},
    "web:case_mail_resend": lambda o: {"reference": o.mail_case.reference, "mail_id": o.mail.pk},
    "web:case_merge_undo": lambda o: {"reference": o.case.reference, "merge_id": 999999},
    "web:attachment": lambda o: {"attachment_id": o.attachment.pk},
    "web:escalation_close": lambda o: {"pk": o.escalation.pk},
    "web:feedback_fate": lambda o: {"pk": 999999},  # no feedback in the matrix: not found
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
            "course_edit",
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
    **{
        f"web:{name}": lambda o: {"pk": 999999}
        for name in (
            "segment",
            "segment_edit",
            "segment_export",
            "announcement_new",
            "announcement",
        )
    },
    "web:segment_member": lambda o: {"pk": 999999, "customer_id": o.customer.pk},
    "web:sale_line_remove": lambda o: {"number": "T-1999-000000", "line": 999999},
    **{
        f"web:{name}": lambda o: {"pk": 999999}
        for name in (
            "key",
            "key_lend",
            "key_rights",
            "key_return",
            "key_lost",
            "key_due",
            "key_right_end",
            "lock_change_done",
        )
    },
    "web:key_holder": lambda o: {"kind": "employee", "pk": 999999},
    **{
        f"web:{name}": lambda o: {"code": "no-such-unit"}
        for name in (
            "reservation_unit",
            "reservation_block",
            "reservation_book",
            "reservation_series",
        )
    },
    **{
        f"web:{name}": lambda o: {"pk": 999999}
        for name in (
            "reservation",
            "reservation_approve",
            "reservation_deny",
            "reservation_cancel",
            "application_round",
            "application_round_send",
            "application_wish",
            "application_wish_allocate",
            "application_wish_decline",
        )
    },
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
            "customer_reservations",
            "customer_export",
            "customer_erase",
            "customer_subscribe_again",
        )
    },
    **{
        f"web:{name}": lambda o: {"customer_id": o.club.pk}
        for name in ("plan_edit", "plan_meeting_new")
    },
    "web:plan_meeting": lambda o: {"series_id": 999999, "key": "1"},
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
            "web:case_feedback",
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
