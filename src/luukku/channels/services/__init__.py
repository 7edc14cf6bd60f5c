"""Adapters that turn a contact from a channel into a case through `cases.services`."""

from .contacts import CONTACT_LOG_DAYS, contact_log
from .imap import FetchResult, mailbox_fetch, mailboxes_fetch
from .mail import mail_receive, mail_retry
from .requests import CITIZEN_CONTACT_CHANNELS, REQUEST_LIMITS, web_request_submit
from .submissions import (
    KEEP_REGISTERED,
    REGISTER_ATTEMPTS,
    request_take_in,
    submission_get_registered,
    submission_register,
    submissions_prune,
    submissions_register_waiting,
    submissions_retry,
    web_form_send,
)

__all__ = [
    "CITIZEN_CONTACT_CHANNELS",
    "CONTACT_LOG_DAYS",
    "KEEP_REGISTERED",
    "REGISTER_ATTEMPTS",
    "REQUEST_LIMITS",
    "FetchResult",
    "contact_log",
    "mail_receive",
    "mail_retry",
    "mailbox_fetch",
    "mailboxes_fetch",
    "request_take_in",
    "submission_get_registered",
    "submission_register",
    "submissions_prune",
    "submissions_register_waiting",
    "submissions_retry",
    "web_form_send",
    "web_request_submit",
]
