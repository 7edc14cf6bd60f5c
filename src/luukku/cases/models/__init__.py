"""Cases (asiointi, palvelupyyntö) and their append-only timeline."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from luukku.catalogue.models import Service
from luukku.customers.models import Customer
from luukku.organisation.models import Department, Organisation, ServicePoint, Team


class Channel(models.TextChoices):
    WEB = "web", _("Web form")
    EMAIL = "email", _("E-mail")
    PHONE = "phone", _("Phone")
    COUNTER = "counter", _("Counter")
    CHAT = "chat", _("Chat")
    OPEN311 = "open311", _("Open311 API")
    INTERNAL = "internal", _("Internal")


class Status(models.TextChoices):
    NEW = "new", _("New")
    OPEN = "open", _("Open")
    WAITING_EXPERT = "waiting_expert", _("Waiting for expert")
    WAITING_CUSTOMER = "waiting_customer", _("Waiting for customer")
    RESOLVED = "resolved", _("Resolved")
    CLOSED = "closed", _("Closed")


# Which status a case may move to from each status. A resolved case reopens when the
# customer writes again; a closed case is final (a new contact makes a new case).
TRANSITIONS: dict[str, frozenset[str]] = {
    Status.NEW: frozenset(
        {
            Status.OPEN,
            Status.WAITING_EXPERT,
            Status.WAITING_CUSTOMER,
            Status.RESOLVED,
            Status.CLOSED,
        }
    ),
    Status.OPEN: frozenset(
        {Status.WAITING_EXPERT, Status.WAITING_CUSTOMER, Status.RESOLVED, Status.CLOSED}
    ),
    Status.WAITING_EXPERT: frozenset({Status.OPEN, Status.WAITING_CUSTOMER, Status.RESOLVED}),
    Status.WAITING_CUSTOMER: frozenset(
        {Status.OPEN, Status.WAITING_EXPERT, Status.RESOLVED, Status.CLOSED}
    ),
    Status.RESOLVED: frozenset({Status.OPEN, Status.CLOSED}),
    Status.CLOSED: frozenset(),
}
OPEN_STATUSES = frozenset({Status.NEW, Status.OPEN, Status.WAITING_EXPERT, Status.WAITING_CUSTOMER})


class Priority(models.IntegerChoices):
    LOW = 1, _("Low")
    NORMAL = 2, _("Normal")
    HIGH = 3, _("High")
    URGENT = 4, _("Urgent")


class Case(models.Model):
    reference = models.CharField(_("reference"), max_length=20, unique=True)
    token = models.CharField(max_length=64, unique=True, editable=False)
    service = models.ForeignKey(
        Service, on_delete=models.PROTECT, related_name="cases", verbose_name=_("service")
    )
    department = models.ForeignKey(
        Department,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cases",
        verbose_name=_("department"),
    )
    customer = models.ForeignKey(
        Customer,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cases",
        verbose_name=_("customer"),
    )
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    # Where messages about this case go: the addresses the sender gave on this contact (or,
    # for a case staff opened for a known customer, the record's addresses then), never an
    # address merely found on a record guessed to be the same person. Staff may change them.
    contact_email = models.EmailField(_("reply e-mail"), blank=True)
    contact_phone = models.CharField(_("reply phone"), max_length=20, blank=True)
    # Sent on a request form (the web form, an Open311 client) that tells its sender that a
    # request of a service whose requests are public is shown to others: only such a case
    # may ever be published. A booking or a callback asked on the same service's page is not.
    request_form = models.BooleanField(_("sent on a request form"), default=False)
    subject = models.CharField(_("subject"), max_length=200)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW
    )
    priority = models.PositiveSmallIntegerField(
        _("priority"), choices=Priority.choices, default=Priority.NORMAL
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="assigned_cases",
        verbose_name=_("handler"),
    )
    team = models.ForeignKey(
        Team,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cases",
        verbose_name=_("team"),
    )
    sensitive = models.BooleanField(_("sensitive"), default=False)
    address = models.CharField(_("address"), max_length=300, blank=True)
    latitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    language = models.CharField(_("language"), max_length=2, default="fi")
    created_at = models.DateTimeField(_("created"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)
    due_at = models.DateTimeField(_("reply due"), null=True, blank=True)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)
    first_contact_resolution = models.BooleanField(_("resolved at first contact"), default=False)
    # The service level, kept by servicelevels whenever the timeline changes it: the next due
    # time (first response, then resolution; empty when paused, met or without a target), its
    # state, and when the worker must look at the case again (a warning or a breach falls due).
    sla_due_at = models.DateTimeField(_("service level due"), null=True, blank=True)
    sla_state = models.CharField(_("service level"), max_length=10, blank=True)
    sla_check_at = models.DateTimeField(null=True, blank=True, db_index=True)
    service_point = models.ForeignKey(
        ServicePoint,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cases",
        verbose_name=_("service point"),
        help_text=_("Where the customer was served in person."),
    )
    forwarded_to = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="forwarded_cases",
        verbose_name=_("forwarded to"),
    )
    # Retention (privacy): a case under a legal hold is kept whole; an anonymised case keeps
    # its reference, service, dates and status, and loses everything personal.
    legal_hold = models.BooleanField(
        _("legal hold"),
        default=False,
        help_text=_("Kept whole for a dispute, an appeal or an authority's request."),
    )
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        indexes = [
            models.Index(fields=["status", "due_at"], name="case_status_due"),
            models.Index(fields=["assignee", "status"], name="case_assignee_status"),
            models.Index(fields=["department", "status"], name="case_department_status"),
            models.Index(fields=["service", "status"], name="case_service_status"),
            models.Index(fields=["customer", "-created_at"], name="case_customer_created"),
            models.Index(fields=["status", "sla_due_at"], name="case_status_sla_due"),
            # The inbox's usual views, the open cases newest first (all, or one service's):
            # small indexes of the few percent of cases that are open, already in order.
            models.Index(
                fields=["-created_at", "-id"],
                condition=Q(status__in=sorted(OPEN_STATUSES)),
                name="case_open_newest",
            ),
            models.Index(
                fields=["service", "-created_at", "-id"],
                condition=Q(status__in=sorted(OPEN_STATUSES)),
                name="case_open_service_newest",
            ),
            # "My work" and "My team's": the teams' open cases nobody has taken, oldest due
            # first, without reading every unassigned case (issue 34).
            models.Index(
                fields=["team", "due_at"],
                condition=Q(assignee__isnull=True, status__in=sorted(OPEN_STATUSES)),
                name="case_unassigned_team",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=[choice.value for choice in Status]),
                name="case_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(latitude__isnull=True, longitude__isnull=True)
                | Q(latitude__gte=-90, latitude__lte=90, longitude__gte=-180, longitude__lte=180),
                name="case_location_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reference} {self.subject}"

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def is_overdue(self) -> bool:
        return self.is_open and self.due_at is not None and self.due_at < timezone.now()


class CaseEventQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise ValueError("The timeline is append-only.")

    def delete(self):
        raise ValueError("The timeline is append-only.")


class CaseEvent(models.Model):
    """One entry of a case's timeline. Append-only: never changed, never removed."""

    class Kind(models.TextChoices):
        CREATED = "created", _("Case created")
        MESSAGE_IN = "message_in", _("Message from customer")
        MESSAGE_OUT = "message_out", _("Reply to customer")
        NOTE = "note", _("Internal note")
        STATUS = "status", _("Status changed")
        ASSIGNMENT = "assignment", _("Handler changed")
        UPDATE = "update", _("Details changed")
        NOTIFICATION = "notification", _("Notification sent")
        SERVICE_LEVEL = "service_level", _("Service level")
        CONSULTATION = "consultation", _("Expert consulted")
        CONSULTATION_ANSWER = "consultation_answer", _("Expert's answer")
        ESCALATION = "escalation", _("Escalated")
        FORWARDED = "forwarded", _("Forwarded to another organisation")
        APPOINTMENT = "appointment", _("Appointment")
        CALLBACK = "callback", _("Callback")
        MERGED = "merged", _("Cases merged")
        MERGE_UNDONE = "merge_undone", _("Merge undone")
        CHAT = "chat", _("Chat")
        ORDER = "order", _("Order")
        RESERVATION = "reservation", _("Reservation")
        REGISTRATION = "registration", _("Registration")
        KEY_LOAN = "key_loan", _("Key")
        FEEDBACK = "feedback", _("Feedback")

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="events")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    at = models.DateTimeField(_("time"), default=timezone.now)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    public = models.BooleanField(
        _("visible to the customer"),
        default=False,
        help_text=_("Shown on the citizen's status page."),
    )
    body = models.TextField(_("text"), blank=True)
    data = models.JSONField(default=dict, blank=True)
    # The channel's own id of a message (an e-mail's Message-ID), for threading replies.
    external_id = models.CharField(max_length=255, blank=True, db_index=True)

    objects = CaseEventQuerySet.as_manager()

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("timeline event")
        verbose_name_plural = _("timeline events")
        indexes = [models.Index(fields=["case", "at"], name="event_case_at")]
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind="note") | Q(public=False), name="note_is_internal"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.at:%Y-%m-%d %H:%M}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("The timeline is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("The timeline is append-only.")


def attachment_path(instance: "Attachment", filename: str) -> str:
    return f"cases/{instance.case.created_at:%Y/%m}/{instance.case.token[:16]}/{filename}"


class Attachment(models.Model):
    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="attachments")
    event = models.ForeignKey(
        CaseEvent, on_delete=models.PROTECT, null=True, blank=True, related_name="attachments"
    )
    file = models.FileField(upload_to=attachment_path)
    filename = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField(_("size"))
    public = models.BooleanField(default=False)
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["uploaded_at", "pk"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.filename


class OutboundMail(models.Model):
    """One e-mail to a customer, queued with the change that caused it and sent by a worker.

    A worker marks it as being sent (and commits) before contacting the mail server, with a
    lease: its worker id and a deadline. A worker that died mid-send leaves it "sending"
    until the lease runs out; then the next worker sends it again (at least once: if the
    server had already accepted it, the customer gets it twice, with the same Message-ID),
    or, after the last attempt, it is failed on its case for a person to send again.
    """

    class Kind(models.TextChoices):
        ACKNOWLEDGEMENT = "acknowledgement", _("Acknowledgement")
        REPLY = "reply", _("Reply")
        APPOINTMENT = "appointment", _("Appointment")
        CALLBACK = "callback", _("Callback")
        PRIVATE_LINK = "private_link", _("Private link")
        TRANSCRIPT = "transcript", _("Chat transcript")
        RECEIPT = "receipt", _("Receipt")
        ORDER = "order", _("Order")
        RESERVATION = "reservation", _("Reservation")
        REGISTRATION = "registration", _("Registration")
        KEY_LOAN = "key_loan", _("Key")
        # Mail about no case (`mail_queue_direct`): a sign-in link, an announcement, a survey.
        SIGN_IN = "sign_in", _("Sign-in link")
        ANNOUNCEMENT = "announcement", _("Announcement")
        SURVEY = "survey", _("Satisfaction survey")
        RESOLVED_NOTICE = "resolved_notice", _("Resolution notice")

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to be sent")
        SENDING = "sending", _("Being sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Sending failed")

    # Empty for mail about no case (a sign-in link, an announcement to a segment): the app
    # that queued it keeps what it was for, and its language is `language`.
    case = models.ForeignKey(
        Case, on_delete=models.PROTECT, null=True, blank=True, related_name="outbound_mail"
    )
    event = models.ForeignKey(
        CaseEvent, on_delete=models.PROTECT, null=True, blank=True, related_name="outbound_mail"
    )
    language = models.CharField(_("language"), max_length=2, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    message_id = models.CharField(max_length=255, unique=True)
    recipient = models.CharField(_("to"), max_length=320)
    subject = models.CharField(_("subject"), max_length=300)
    body = models.TextField(_("text"))
    headers = models.JSONField(default=dict, blank=True)
    # An iCalendar object sent with the message (an appointment's invitation or
    # cancellation), as text.
    calendar = models.TextField(blank=True)
    # The case's files sent with it (an archive copy the expert scanned), besides the
    # files of its event.
    attachments = models.ManyToManyField(
        Attachment, blank=True, related_name="outbound_mail", verbose_name=_("attachments")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("error"), blank=True)
    created_at = models.DateTimeField(_("queued"), default=timezone.now)
    attempted_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    # The worker sending it, and until when it holds the message (core.jobs' lease length).
    claimed_by = models.CharField(max_length=64, blank=True)
    lease_expires_at = models.DateTimeField(null=True, blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        indexes = [models.Index(fields=["status", "created_at"], name="outbound_status")]
        constraints = [
            models.CheckConstraint(
                condition=Q(case__isnull=False) | ~Q(language=""),
                name="outbound_mail_case_or_language",
            )
        ]

    def __str__(self) -> str:
        return f"{self.recipient} {self.subject}"

    def lease_expired(self, now) -> bool:
        """Being sent by a worker whose lease on it ran out (the worker died)."""
        if self.status != self.Status.SENDING:
            return False
        lease = timedelta(seconds=settings.JOB_LEASE_SECONDS)
        expires_at = self.lease_expires_at or (self.attempted_at or now - lease) + lease
        return expires_at <= now

    @property
    def needs_attention(self) -> bool:
        """Failed for good, or left "sending" by a dead worker a whole lease longer than the
        next worker should have needed to take it back (no worker runs)."""
        if self.status == self.Status.FAILED and self.next_attempt_at is None:
            return True
        lease = timedelta(seconds=settings.JOB_LEASE_SECONDS)
        return self.lease_expired(timezone.now() - lease)


class Consultation(models.Model):
    """The front line asks an expert (or a department's expert queue) about a case.

    The expert answers the front line, never the customer: the answer is internal and the
    agent writes the reply. Only when the case really belongs to the expert do they take it
    over and become its handler.
    """

    class Status(models.TextChoices):
        OPEN = "open", _("Waiting for an answer")
        ANSWERED = "answered", _("Answered")
        TAKEN_OVER = "taken_over", _("Taken over by the expert")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="consultations")
    asked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="consultations_asked",
        verbose_name=_("asked by"),
    )
    expert = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="consultations",
        verbose_name=_("expert"),
    )
    department = models.ForeignKey(
        Department,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="consultations",
        verbose_name=_("expert queue"),
    )
    question = models.TextField(_("question"))
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.OPEN
    )
    asked_at = models.DateTimeField(_("asked"), default=timezone.now)
    due_at = models.DateTimeField(_("answer due"))
    answer = models.TextField(_("answer"), blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("answered by"),
    )
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    # When the agent who asked opened the answer: until then it is news to them.
    seen_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-asked_at", "-pk"]
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")
        indexes = [
            models.Index(fields=["expert", "status"], name="consultation_expert"),
            models.Index(fields=["department", "status"], name="consultation_queue"),
            models.Index(fields=["asked_by", "seen_at"], name="consultation_asker"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(expert__isnull=False) | Q(department__isnull=False),
                name="consultation_has_recipient",
            )
        ]

    def __str__(self) -> str:
        return f"{self.case.reference}: {self.question[:60]}"

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN


class RoutingRule(models.Model):
    """A rule of the game (pelisääntö): questions about this go to another organisation.

    A rule matches a case by its service or by a word in its subject and first message. The
    front line sees the matching rules on the case and forwards it with the rule's message,
    which tells the customer where and how; an automatic rule forwards at intake.
    """

    name = models.CharField(_("name"), max_length=200)
    service = models.ForeignKey(
        Service,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="routing_rules",
        verbose_name=_("service"),
    )
    keywords = models.CharField(
        _("words"),
        max_length=500,
        blank=True,
        help_text=_("Comma-separated; a case matches when its text contains one of them."),
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="routing_rules",
        verbose_name=_("forward to"),
    )
    message = models.TextField(
        _("message to the customer"),
        help_text=_("Where and how the customer gets the service: address, phone, web page."),
    )
    automatic = models.BooleanField(
        _("forward automatically"),
        default=False,
        help_text=_("Forward matching cases at intake, without a person looking first."),
    )
    is_active = models.BooleanField(_("in use"), default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("routing rule")
        verbose_name_plural = _("routing rules")
        constraints = [
            models.CheckConstraint(
                condition=Q(service__isnull=False) | ~Q(keywords=""),
                name="routing_rule_matches_something",
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def words(self) -> list[str]:
        return [word.strip().lower() for word in self.keywords.split(",") if word.strip()]

    def message_in(self, language: str) -> str:
        """The message to the customer in their language (Finnish when it is missing)."""
        with translation.override(language):
            return self.message


# The agent's workspace's records, in a module of their own (imported last: they refer to Case).
from .workspace import CaseMerge as CaseMerge  # noqa: E402
from .workspace import SavedView as SavedView  # noqa: E402
