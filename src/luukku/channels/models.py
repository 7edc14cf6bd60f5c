"""What the channels keep of their own: mailboxes, every inbound e-mail (raw), the requests
from the web form and Open311 until the worker has registered them, and Open311's clients
(their API keys) and which of them filed which request."""

import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from luukku.cases.models import Case, CaseEvent, Channel
from luukku.catalogue.models import Service


class Mailbox(models.Model):
    """An address of the service centre (or a department) that takes in cases by e-mail."""

    name = models.CharField(_("name"), max_length=100)
    address = models.EmailField(_("address"), unique=True)
    default_service = models.ForeignKey(
        Service,
        on_delete=models.PROTECT,
        related_name="mailboxes",
        verbose_name=_("service for new cases"),
    )
    is_active = models.BooleanField(_("active"), default=True)

    class Security(models.TextChoices):
        SSL = "ssl", _("TLS from the start (port 993)")
        STARTTLS = "starttls", _("STARTTLS (port 143)")
        NONE = "none", _("None (only inside a trusted network)")

    class AfterFetch(models.TextChoices):
        SEEN = "seen", _("Mark as read and leave in the folder")
        DELETE = "delete", _("Delete from the folder")

    # IMAP: leave the host empty when mail arrives through an MTA pipe (`luukku mail-receive`).
    imap_host = models.CharField(_("IMAP server"), max_length=255, blank=True)
    imap_port = models.PositiveIntegerField(_("IMAP port"), default=993)
    imap_security = models.CharField(
        _("connection security"), max_length=10, choices=Security.choices, default=Security.SSL
    )
    imap_username = models.CharField(_("IMAP user name"), max_length=255, blank=True)
    imap_password = models.CharField(_("IMAP password"), max_length=255, blank=True)
    imap_folder = models.CharField(_("IMAP folder"), max_length=255, default="INBOX")
    imap_after_fetch = models.CharField(
        _("after taking a message in"),
        max_length=10,
        choices=AfterFetch.choices,
        default=AfterFetch.SEEN,
    )
    last_fetched_at = models.DateTimeField(_("last fetched"), null=True, blank=True)
    last_fetch_error = models.TextField(_("last fetch error"), blank=True)

    class Meta:
        ordering = ["address"]
        verbose_name = _("mailbox")
        verbose_name_plural = _("mailboxes")

    def __str__(self) -> str:
        return self.address


class InboundMessage(models.Model):
    """One received e-mail, kept whole, once per Message-ID (or content hash)."""

    class Status(models.TextChoices):
        PROCESSED = "processed", _("Added to a case")
        QUARANTINED = "quarantined", _("Quarantined")

    message_id = models.CharField(max_length=255, unique=True)
    mailbox = models.ForeignKey(
        Mailbox, on_delete=models.PROTECT, null=True, blank=True, related_name="messages"
    )
    raw = models.BinaryField()
    sender = models.CharField(_("sender"), max_length=320, blank=True)
    subject = models.CharField(_("subject"), max_length=300, blank=True)
    received_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    error = models.TextField(_("error"), blank=True)
    case = models.ForeignKey(
        Case, on_delete=models.PROTECT, null=True, blank=True, related_name="inbound_mail"
    )
    event = models.OneToOneField(
        CaseEvent, on_delete=models.PROTECT, null=True, blank=True, related_name="inbound_mail"
    )

    class Meta:
        ordering = ["-received_at", "-pk"]
        verbose_name = _("received e-mail")
        verbose_name_plural = _("received e-mails")

    def __str__(self) -> str:
        return f"{self.sender} {self.subject}"


def new_token() -> str:
    return secrets.token_urlsafe(32)


def new_key() -> str:
    return secrets.token_urlsafe(32)


class ApiKey(models.Model):
    """A key an Open311 client sends as `api_key` to file requests; made in the admin.

    The table keeps the name it had in the `api` app (`api_apikey`): the model moved to the
    channel that owns it without moving its rows (issue 25)."""

    name = models.CharField(_("client"), max_length=200)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    key = models.CharField(_("key"), max_length=64, unique=True, default=new_key, editable=False)
    is_active = models.BooleanField(_("in use"), default=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)

    class Meta:
        db_table = "api_apikey"
        ordering = ["name"]
        verbose_name = _("Open311 API key")
        verbose_name_plural = _("Open311 API keys")

    def __str__(self) -> str:
        return self.name


class FiledRequest(models.Model):
    """Which client filed a case through Open311: that client may follow the request even
    when the service's requests are not public. (Table `api_filedrequest`, as `ApiKey`.)"""

    case = models.OneToOneField(
        Case, on_delete=models.PROTECT, related_name="open311", verbose_name=_("case")
    )
    api_key = models.ForeignKey(
        ApiKey, on_delete=models.PROTECT, related_name="requests", verbose_name=_("client")
    )
    filed_at = models.DateTimeField(_("filed"), default=timezone.now)

    class Meta:
        db_table = "api_filedrequest"
        verbose_name = _("request filed through Open311")
        verbose_name_plural = _("requests filed through Open311")

    def __str__(self) -> str:
        return self.case.reference


class Submission(models.Model):
    """A request from the web form or an Open311 client, checked and kept the moment it
    arrives; the worker then makes it a case through the one write path. Taking a request
    in is one insert, so a storm of reports is never turned away or lost; the waiting rows
    are the worker's queue."""

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting to be registered")
        REGISTERED = "registered", _("Registered as a case")
        FAILED = "failed", _("Could not be registered")

    # The case's private link (the status page), known to the sender from the start.
    case_token = models.CharField(max_length=64, default=new_token)
    # What an Open311 client holds until the case exists (GeoReport v2 `tokens/{token}`);
    # none for the web form, whose sender holds the private link.
    token = models.CharField(max_length=64, null=True, blank=True)
    channel = models.CharField(_("channel"), max_length=20)
    # No index on these two: nothing looks requests up by them.
    service = models.ForeignKey(
        Service,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("service"),
        db_index=False,
    )
    api_key = models.ForeignKey(
        ApiKey,
        on_delete=models.PROTECT,
        db_index=False,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("Open311 client"),
    )
    language = models.CharField(_("language"), max_length=8, default="fi")
    # The checked request (contact details included) until it is registered; emptied then.
    data = models.JSONField(default=dict, blank=True)
    received_at = models.DateTimeField(_("received"), default=timezone.now)
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    error = models.TextField(_("error"), blank=True)
    # One case for one request: unique where set (see Meta), so that a request taken in
    # adds no entry for its empty case to an index.
    case = models.ForeignKey(
        Case,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        db_index=False,
        related_name="+",
        verbose_name=_("case"),
    )
    registered_at = models.DateTimeField(_("registered"), null=True, blank=True)

    class Meta:
        ordering = ["-received_at", "-pk"]
        # Unique by constraints, which (unlike `unique=True`) add no second index for LIKE
        # on PostgreSQL, and only where set: each index is work on every request taken in.
        constraints = [
            models.UniqueConstraint(
                fields=["token"],
                name="submission_token_unique",
                condition=models.Q(token__isnull=False),
            ),
            models.UniqueConstraint(fields=["case_token"], name="submission_case_token_unique"),
            models.UniqueConstraint(
                fields=["case"],
                name="submission_case_unique",
                condition=models.Q(case__isnull=False),
            ),
        ]
        indexes = [
            # The worker's queue: the waiting requests, the next due first, in the claim's
            # own order (`submissions_register_waiting`), so that the claim walks it and
            # stops at the first free row, whatever the statistics say (issue 34).
            models.Index(
                fields=["next_attempt_at", "id"],
                name="submission_waiting",
                condition=models.Q(state="pending"),
            )
        ]
        verbose_name = _("submitted request")
        verbose_name_plural = _("submitted requests")

    def __str__(self) -> str:
        return f"{self.get_channel_display()} {self.received_at:%Y-%m-%d %H:%M}"

    def get_channel_display(self) -> str:
        return str(Channel(self.channel).label) if self.channel in Channel.values else self.channel
