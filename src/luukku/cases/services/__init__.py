"""Every change of a case goes through these functions, whatever the channel.

Each writes the case and its timeline event in one transaction, and records the
change of personal data in the privacy log.
"""

from .attachments import attachments_validate
from .consultations import (
    consultation_answer,
    consultation_ask,
    consultation_take_over,
    consultation_withdraw,
    consultations_mark_seen,
)
from .handling import (
    case_add_note,
    case_assign,
    case_change_status,
    case_contact_change,
    case_customer_message,
    case_reply,
    case_resolve_at_first_contact,
    case_update,
)
from .intake import (
    ANSWER_TEXT_LIMIT,
    REFERENCE_FORMAT,
    REFERENCE_PREFIX,
    REPLY_DUE_LOCAL_TIME,
    STRUCTURED_CHANNELS,
    answers_clean,
    case_check,
    case_create,
    case_create_for_contact,
    reference_candidate,
    reply_due,
)
from .merging import (
    case_merge_undo,
    cases_customers_differ,
    cases_merge,
    cases_merge_check,
)
from .routing import case_forward
from .work_queue import (
    case_take,
    cases_bulk_add_note,
    cases_bulk_assign,
    cases_bulk_change_status,
    saved_view_create,
    saved_view_delete,
    saved_view_rename,
)

__all__ = [
    "ANSWER_TEXT_LIMIT",
    "REFERENCE_FORMAT",
    "REFERENCE_PREFIX",
    "REPLY_DUE_LOCAL_TIME",
    "STRUCTURED_CHANNELS",
    "answers_clean",
    "attachments_validate",
    "case_add_note",
    "case_assign",
    "case_change_status",
    "case_check",
    "case_contact_change",
    "case_create",
    "case_create_for_contact",
    "case_customer_message",
    "case_forward",
    "case_merge_undo",
    "case_reply",
    "case_resolve_at_first_contact",
    "case_take",
    "case_update",
    "cases_bulk_add_note",
    "cases_bulk_assign",
    "cases_bulk_change_status",
    "cases_customers_differ",
    "cases_merge",
    "cases_merge_check",
    "consultation_answer",
    "consultation_ask",
    "consultation_take_over",
    "consultation_withdraw",
    "consultations_mark_seen",
    "reference_candidate",
    "reply_due",
    "saved_view_create",
    "saved_view_delete",
    "saved_view_rename",
]
