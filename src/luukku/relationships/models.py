"""Customer plans and their annual clock (docs/relationships.md).

A key customer (an internal unit, an association, a company) has one current plan; each
change saves a new version and keeps the earlier ones. The meetings of the annual clock are
series on the customer (a recurrence rule: every month, quarter or year from a first
meeting); one occurrence moved, cancelled, reminded of or held is a row of its own, keyed by
the time the rule gave it.

Segments of customers and the announcements sent to them (docs/relationships.md,
"Segments" and "Announcements").

A segment is a rule with its parameters, evaluated when it is counted, listed or sent to
(`selectors.segment_customers`), or a list of hand-picked members. An announcement has its
subject and text in the three languages; each recipient's delivery keeps the address it
went to, its channel and what became of it. A customer who unsubscribed gets no more.

The citizen's own page and "tell me when it's fixed" (docs/relationships.md).

A `SignInLink` proves an e-mail address: its token is mailed to the address and only its
hash is kept, so that the table cannot be used to sign in. A `ResolvedNoticeRequest` is a
citizen's wish to be told once, by e-mail or text message, when their case is resolved."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from luukku.catalogue.models import Service
from luukku.core.models import TimeStamped
from luukku.customers.models import Customer
from luukku.organisation.models import Department

# Who may have a customer plan: organisations and the city's own units, not persons.
KEY_CUSTOMERS = (Customer.Kind.ORGANISATION, Customer.Kind.INTERNAL)


class CustomerPlan(models.Model):
    """One version of a customer's plan: goals, agreed services and their service levels,
    the responsible handler, when it is valid and when it is reviewed."""

    customer = models.ForeignKey(
        Customer, on_delete=models.CASCADE, related_name="plans", verbose_name=_("customer")
    )
    version = models.PositiveIntegerField(_("version"), default=1)
    is_current = models.BooleanField(_("current"), default=True)
    goals = models.TextField(_("goals"))
    services = models.ManyToManyField(
        Service, blank=True, related_name="+", verbose_name=_("agreed services")
    )
    service_levels = models.TextField(
        _("agreed service levels"),
        blank=True,
        help_text=_("What was promised, in plain words: answer times, opening hours, contacts."),
    )
    handler = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="plans_handled",
        verbose_name=_("responsible handler"),
    )
    valid_from = models.DateField(_("valid from"))
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    review_on = models.DateField(_("review date"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("saved"), default=timezone.now)

    class Meta:
        ordering = ["customer_id", "-version"]
        verbose_name = _("customer plan")
        verbose_name_plural = _("customer plans")
        constraints = [
            models.UniqueConstraint(
                fields=["customer"], condition=Q(is_current=True), name="plan_one_current"
            ),
            models.UniqueConstraint(fields=["customer", "version"], name="plan_version_once"),
            models.CheckConstraint(
                condition=Q(valid_until__isnull=True) | Q(valid_until__gte=models.F("valid_from")),
                name="plan_valid_order",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.customer} v{self.version}"


class PlanContact(models.Model):
    """A contact person of the customer named on one version of the plan."""

    plan = models.ForeignKey(CustomerPlan, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=200, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    class Meta:
        ordering = ["plan", "pk"]
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")

    def __str__(self) -> str:
        return self.name


class MeetingSeries(models.Model):
    """A recurring meeting of the annual clock: a follow-up or a review, every month,
    quarter or year from the first one, at the same local time (across DST)."""

    class Kind(models.TextChoices):
        FOLLOW_UP = "follow_up", _("Follow-up meeting")
        REVIEW = "review", _("Plan review")

    class Frequency(models.TextChoices):
        MONTHLY = "monthly", _("Every month")
        QUARTERLY = "quarterly", _("Every quarter")
        YEARLY = "yearly", _("Every year")

    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="meeting_series")
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    frequency = models.CharField(_("repeats"), max_length=12, choices=Frequency.choices)
    first_at = models.DateTimeField(_("first meeting"))
    until = models.DateField(_("repeats until"), null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["customer_id", "first_at"]
        verbose_name = _("recurring meeting")
        verbose_name_plural = _("recurring meetings")

    def __str__(self) -> str:
        return self.title


class MeetingOccurrence(models.Model):
    """One meeting of a series that is more than the rule: moved, cancelled, reminded of or
    held (with its minutes). `planned_at` is the time the rule gave it."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        CANCELLED = "cancelled", _("Cancelled")
        HELD = "held", _("Held")

    series = models.ForeignKey(MeetingSeries, on_delete=models.CASCADE, related_name="occurrences")
    planned_at = models.DateTimeField()
    at = models.DateTimeField(_("time"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PLANNED
    )
    minutes = models.TextField(_("minutes"), blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["at"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        constraints = [
            models.UniqueConstraint(fields=["series", "planned_at"], name="occurrence_once")
        ]

    def __str__(self) -> str:
        return f"{self.series} {self.at:%Y-%m-%d}"


def _token() -> str:
    return secrets.token_urlsafe(32)


class Segment(TimeStamped):
    class Rule(models.TextChoices):
        HAND_PICKED = "hand_picked", _("Hand-picked customers")
        KIND = "kind", _("Customers of a kind")
        SECTOR = "sector", _("Organisations of a sector")
        DEPARTMENT = "department", _("Internal customers of a department")
        BOOKED_ROOM = "booked_room", _("Customers who booked a room or an area this year")
        COURSE = "course", _("Customers registered for a course this year")
        HANDLER = "handler", _("Customers of a named handler")
        LANGUAGE = "language", _("Customers whose preferred language is")

    # The parameter each rule needs (the hand-picked members are rows of SegmentMember; the
    # bookings rules need none).
    PARAMETER = {
        Rule.KIND: "kind",
        Rule.SECTOR: "sector",
        Rule.DEPARTMENT: "department",
        Rule.HANDLER: "handler",
        Rule.LANGUAGE: "language",
    }

    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    rule = models.CharField(_("rule"), max_length=20, choices=Rule.choices)
    kind = models.CharField(_("kind"), max_length=20, choices=Customer.Kind.choices, blank=True)
    sector = models.CharField(
        _("sector"), max_length=20, choices=Customer.Sector.choices, blank=True
    )
    department = models.ForeignKey(
        Department,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("department"),
    )
    handler = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("named handler"),
    )
    language = models.CharField(
        _("language"), max_length=2, choices=Customer.Language.choices, blank=True
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("segment")
        verbose_name_plural = _("segments")

    def __str__(self) -> str:
        return self.name

    @property
    def is_hand_picked(self) -> bool:
        return self.rule == self.Rule.HAND_PICKED


class SegmentMember(models.Model):
    """A customer picked by hand into a segment."""

    segment = models.ForeignKey(Segment, on_delete=models.CASCADE, related_name="members")
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="+")
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    added_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["segment", "customer"], name="segment_member_once")
        ]

    def __str__(self) -> str:
        return f"{self.segment_id}:{self.customer_id}"


class Announcement(TimeStamped):
    """A message to a segment's customers in their languages; sent once."""

    segment = models.ForeignKey(
        Segment, on_delete=models.PROTECT, related_name="announcements", verbose_name=_("segment")
    )
    subject_fi = models.CharField(_("subject in Finnish"), max_length=200)
    subject_sv = models.CharField(_("subject in Swedish"), max_length=200, blank=True)
    subject_en = models.CharField(_("subject in English"), max_length=200, blank=True)
    body_fi = models.TextField(_("text in Finnish"))
    body_sv = models.TextField(_("text in Swedish"), blank=True)
    body_en = models.TextField(_("text in English"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    # What the sending left out, by reason (counts only): {"no_address": 2, ...}.
    skipped = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("announcement")
        verbose_name_plural = _("announcements")

    def __str__(self) -> str:
        return self.subject_fi

    def text_in(self, language: str) -> tuple[str, str, str]:
        """(language, subject, body) in `language`, or in Finnish when it has none."""
        subject = getattr(self, f"subject_{language}", "")
        body = getattr(self, f"body_{language}", "")
        if language != "fi" and subject and body:
            return language, subject, body
        return "fi", self.subject_fi, self.body_fi


class Delivery(models.Model):
    """One recipient's copy of an announcement: the address it went to and its fate."""

    class Channel(models.TextChoices):
        EMAIL = "email", _("E-mail")
        SMS = "sms", _("Text message")

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        BOUNCED = "bounced", _("Bounced")

    announcement = models.ForeignKey(
        Announcement, on_delete=models.CASCADE, related_name="deliveries"
    )
    # None once the customer's record is anonymised: the delivery stays as a count.
    customer = models.ForeignKey(
        Customer, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    channel = models.CharField(max_length=10, choices=Channel.choices)
    language = models.CharField(max_length=2)
    address = models.CharField(max_length=254, blank=True)
    mail_id = models.BigIntegerField(null=True, blank=True, unique=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    token = models.CharField(max_length=64, unique=True, default=_token)
    created_at = models.DateTimeField(db_index=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    bounced_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["announcement", "customer"],
                condition=Q(customer__isnull=False),
                name="delivery_once_per_customer",
            )
        ]

    def __str__(self) -> str:
        return f"{self.announcement_id}:{self.channel}:{self.status}"


class Unsubscription(models.Model):
    """The customer wants no more announcements (from the link in one, or told staff)."""

    customer = models.OneToOneField(Customer, on_delete=models.CASCADE, related_name="+")
    at = models.DateTimeField(db_index=True)
    delivery = models.ForeignKey(
        Delivery, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("unsubscription")
        verbose_name_plural = _("unsubscriptions")

    def __str__(self) -> str:
        return f"{self.customer_id}"


class SignInLink(models.Model):
    """A one-time link to the citizen's own page, mailed to `email`."""

    email = models.EmailField(_("e-mail"), db_index=True)
    # sha256 of the token in the link, in hex: the token itself is only in the mail.
    token_hash = models.CharField(max_length=64, unique=True)
    language = models.CharField(_("language"), max_length=2, default="fi")
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    expires_at = models.DateTimeField(_("valid until"))
    used_at = models.DateTimeField(_("used"), null=True, blank=True)
    # The OutboundMail that carried the link (mail about no case).
    mail_id = models.PositiveBigIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("sign-in link")
        verbose_name_plural = _("sign-in links")

    def __str__(self):
        return f"{self.email} {self.created_at:%Y-%m-%d %H:%M}"


class ResolvedNoticeRequest(models.Model):
    """A citizen asked to be told when the case is resolved: once, by e-mail or SMS."""

    class Channel(models.TextChoices):
        EMAIL = "email", _("E-mail")
        SMS = "sms", _("Text message")

    case = models.OneToOneField(
        "cases.Case",
        on_delete=models.CASCADE,
        related_name="resolved_notice",
        verbose_name=_("case"),
    )
    channel = models.CharField(_("by"), max_length=5, choices=Channel.choices)
    # The address or phone number the citizen gave for the notice.
    recipient = models.CharField(_("to"), max_length=254)
    language = models.CharField(_("language"), max_length=2, default="fi")
    created_at = models.DateTimeField(_("asked"), default=timezone.now)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    sent_at = models.DateTimeField(_("notice sent"), null=True, blank=True)
    mail_id = models.PositiveBigIntegerField(null=True, blank=True)

    class Meta:
        verbose_name = _("request to be told when resolved")
        verbose_name_plural = _("requests to be told when resolved")
        constraints = [
            models.CheckConstraint(condition=~Q(recipient=""), name="resolved_notice_has_recipient")
        ]

    def __str__(self):
        return f"{self.case_id} {self.channel}"

    @property
    def is_active(self) -> bool:
        return self.cancelled_at is None and self.sent_at is None
