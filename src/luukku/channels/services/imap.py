"""Fetching e-mail from the service's IMAP mailboxes."""

import contextlib
import logging
import ssl
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone
from django.utils.translation import ngettext
from imapclient import SEEN, IMAPClient
from imapclient.exceptions import IMAPClientError

from ..models import Mailbox
from ..selectors import imap_mailboxes
from .mail import mail_receive

logger = logging.getLogger(__name__)


@dataclass
class FetchResult:
    taken: int = 0
    failed: int = 0
    error: str = ""


def _imap_connect(mailbox: Mailbox) -> IMAPClient:
    secure = mailbox.imap_security == Mailbox.Security.SSL
    client = IMAPClient(
        mailbox.imap_host, port=mailbox.imap_port, ssl=secure, timeout=settings.IMAP_TIMEOUT
    )
    try:
        if mailbox.imap_security == Mailbox.Security.STARTTLS:
            client.starttls(ssl.create_default_context())
        credentials = mailbox.imap_username + mailbox.imap_password
        if credentials.isascii():
            client.login(mailbox.imap_username, mailbox.imap_password)
        else:
            # LOGIN takes ASCII only; AUTHENTICATE PLAIN carries UTF-8 ("ä" in a password).
            client.plain_login(mailbox.imap_username, mailbox.imap_password)
    except BaseException:
        with contextlib.suppress(IMAPClientError, OSError):
            client.shutdown()
        raise
    return client


def mailbox_fetch(*, mailbox: Mailbox, limit: int = 200) -> FetchResult:
    """Take in the waiting mail of one IMAP mailbox.

    A message is marked read (or deleted) only after `mail_receive` has committed it, so
    a crash in between loses nothing: the next fetch sees it again, and the Message-ID
    makes sure it is taken in once. A message that fails is left waiting and retried on
    the next fetch.
    """
    result = FetchResult()
    delete = mailbox.imap_after_fetch == Mailbox.AfterFetch.DELETE
    try:
        client = _imap_connect(mailbox)
        try:
            client.select_folder(mailbox.imap_folder)
            uids = client.search(["NOT", "DELETED"] if delete else ["UNSEEN"])
            for uid in sorted(uids)[:limit]:
                fetched = client.fetch([uid], ["BODY.PEEK[]"]).get(uid)
                if not fetched or b"BODY[]" not in fetched:
                    continue  # removed by someone else meanwhile
                try:
                    mail_receive(raw=fetched[b"BODY[]"], mailbox=mailbox)
                except Exception:
                    logger.exception("taking in message %s of %s failed", uid, mailbox)
                    result.failed += 1
                    continue
                if delete:
                    client.delete_messages([uid])
                else:
                    client.add_flags([uid], [SEEN])
                result.taken += 1
            if delete and result.taken:
                client.expunge()
        finally:
            with contextlib.suppress(IMAPClientError, OSError):
                client.logout()
    except (IMAPClientError, OSError) as error:
        logger.warning("fetching %s failed: %s", mailbox, error)
        result.error = str(error)[:1000] or error.__class__.__name__
    error = result.error
    if not error and result.failed:
        error = ngettext(
            "%(count)d message could not be taken in; it is tried again.",
            "%(count)d messages could not be taken in; they are tried again.",
            result.failed,
        ) % {"count": result.failed}
    Mailbox.objects.filter(pk=mailbox.pk).update(
        last_fetched_at=timezone.now(), last_fetch_error=error
    )
    return result


def mailboxes_fetch() -> dict[str, FetchResult]:
    """Fetch every active IMAP mailbox (the worker does this every MAIL_FETCH_INTERVAL)."""
    return {mailbox.address: mailbox_fetch(mailbox=mailbox) for mailbox in imap_mailboxes()}
