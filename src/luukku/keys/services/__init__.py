"""The key register's writes (docs/keys.md)."""

from .deposits import Deposit
from .loans import key_lend, key_lend_check, key_report_lost, key_return, loan_due_change
from .reminders import key_reminders_send
from .rights import access_right_add, access_right_end, deposit_settled, lock_change_done

__all__ = [
    "Deposit",
    "access_right_add",
    "access_right_end",
    "deposit_settled",
    "key_lend",
    "key_lend_check",
    "key_reminders_send",
    "key_report_lost",
    "key_return",
    "loan_due_change",
    "lock_change_done",
]
