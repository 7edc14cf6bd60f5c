"""Writes of appointments, callbacks and staff availability.

A booking claims the staff member's time unit by unit (`TimeClaim`) inside a savepoint: if
another transaction claimed any of those units first, the database refuses the insert and
the next free staff member at that time is tried; when none is left the booking fails with
`SlotTaken`, which carries other free times to offer. Nothing of a failed booking remains —
no case, no customer, no mail.
"""

from .availability import (
    availability_can_remove,
    availability_remove,
    availability_rule_add,
    blocked_time_add,
    calendar_feed_token,
    phone_hours_add,
)
from .booking import (
    SlotTaken,
    appointment_book_for_customer,
    appointment_book_online,
    appointment_cancel,
    appointment_mark,
    appointment_reminders_send,
    appointment_reschedule,
)
from .callbacks import (
    callback_attempt_record,
    callback_cancel,
    callback_create,
    callback_request_online,
)

__all__ = [
    "SlotTaken",
    "appointment_book_for_customer",
    "appointment_book_online",
    "appointment_cancel",
    "appointment_mark",
    "appointment_reminders_send",
    "appointment_reschedule",
    "availability_can_remove",
    "availability_remove",
    "availability_rule_add",
    "blocked_time_add",
    "calendar_feed_token",
    "callback_attempt_record",
    "callback_cancel",
    "callback_create",
    "callback_request_online",
    "phone_hours_add",
]
