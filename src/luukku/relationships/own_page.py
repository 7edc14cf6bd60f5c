"""Signing in to the citizen's own page with a one-time link (docs/relationships.md).

The citizen gives an e-mail address; the page only queues a job (the same single insert
whatever the address) and answers the same, so that it tells no one who is a customer. The
worker mails a link to the address when anything was given it (`own_items_exist`), at most
one a `SIGN_IN_PAUSE` per address. The link's token is random and only its hash is kept; it
is valid for `SIGN_IN_VALID` and opens the page once.
"""

import datetime as dt
import hashlib
import logging
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from luukku.cases.models import OutboundMail
from luukku.cases.notifications import mail_queue_direct
from luukku.core.locks import in_transaction, row_lock
from luukku.core.site import service_centre_name

from .models import SignInLink
from .own_page_selectors import own_items_exist

logger = logging.getLogger(__name__)

SIGN_IN_VALID = dt.timedelta(minutes=30)
# One link mail per address in this time at most, however often it is asked for.
SIGN_IN_PAUSE = dt.timedelta(minutes=2)
# How long the own page stays open after signing in (then the citizen asks for a new link).
SESSION_LIFETIME = dt.timedelta(hours=2)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def sign_in_link_ask(*, email: str, language: str) -> None:
    """Queue the sending of a sign-in link (`sign_in_link_send`)."""
    from .tasks import sign_in_link_send

    sign_in_link_send.enqueue(email=email.strip(), language=language)


@in_transaction
def sign_in_link_send(*, email: str, language: str, now: dt.datetime | None = None) -> str:
    """Mail a one-time link to the own page to `email` in `language` when anything was given
    that address. Returns what was done: "sent", "nothing" or "too_soon"."""
    now = now or timezone.now()
    email = email.strip()
    if not own_items_exist(email=email):
        logger.info("sign-in link asked for an address with nothing: not sent")
        return "nothing"
    recent = SignInLink.objects.filter(
        email__iexact=email, created_at__gt=now - SIGN_IN_PAUSE
    ).exists()
    if recent:
        logger.info("sign-in link asked for again within the pause: not sent")
        return "too_soon"
    language = language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    token = secrets.token_urlsafe(32)
    link = SignInLink.objects.create(
        email=email,
        token_hash=token_hash(token),
        language=language,
        created_at=now,
        expires_at=now + SIGN_IN_VALID,
    )
    with translation.override(language):
        url = settings.SITE_URL + reverse("public:own_page_sign_in", kwargs={"token": token})
        context = {
            "url": url,
            "minutes": int(SIGN_IN_VALID.total_seconds() // 60),
            "centre": service_centre_name(language),
        }
        subject = render_to_string("relationships/mail/sign_in_subject.txt", context).strip()
        body = render_to_string("relationships/mail/sign_in.txt", context)
    mail = mail_queue_direct(
        recipient=email,
        language=language,
        kind=OutboundMail.Kind.SIGN_IN,
        subject=subject,
        body=body,
        headers={"Auto-Submitted": "auto-generated"},
    )
    link.mail_id = mail.pk
    link.save(update_fields=["mail_id"])
    logger.info("sign-in link %s queued", link.pk)
    return "sent"


def sign_in_link_valid(*, token: str, now: dt.datetime | None = None) -> SignInLink:
    """The unused, unexpired link of `token`; SignInLink.DoesNotExist otherwise."""
    now = now or timezone.now()
    return SignInLink.objects.get(
        token_hash=token_hash(token), used_at__isnull=True, expires_at__gt=now
    )


@in_transaction
def sign_in_link_use(*, token: str, now: dt.datetime | None = None) -> str:
    """Use the link of `token` (once): the e-mail address it proves. A ValidationError
    when it is unknown, used or expired."""
    now = now or timezone.now()
    try:
        link = sign_in_link_valid(token=token, now=now)
    except SignInLink.DoesNotExist:
        link = None
    if link is not None:
        link = row_lock(link)
    if link is None or link.used_at is not None:
        raise ValidationError(
            _("This sign-in link is not valid: it has been used or it has expired.")
        )
    link.used_at = now
    link.save(update_fields=["used_at"])
    return link.email
