"""Live chat, the fourth channel (M3): chat queues, agents' presence, chat sessions.

A citizen starts a chat about a service; the chat is a case from its first moment (through
`cases`' one write path) and every message is an event on the case's timeline. The session
holds only what the chat itself needs: where it waits and since when, who answers, how it
ended, and what each side has read. The database is the only state: both sides are told
over the realtime layer that something changed and read it again (docs/chat.md).
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from luukku.cases.models import Case
from luukku.catalogue.models import Service
from luukku.organisation.models import ServicePoint, Team


class ChatQueue(models.Model):
    """Where chats about some services wait, who answers them, and when chat is open."""

    name = models.CharField(_("name"), max_length=120)
    team = models.ForeignKey(
        Team,
        on_delete=models.PROTECT,
        related_name="chat_queues",
        verbose_name=_("team"),
        help_text=_("Its agents are offered these chats first; others help when it is busy."),
    )
    service_point = models.ForeignKey(
        ServicePoint,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="chat_queues",
        verbose_name=_("chat hours from"),
        help_text=_(
            "Chat is open during this point's opening hours; empty: the service centre's hours."
        ),
    )
    services = models.ManyToManyField(
        Service,
        blank=True,
        related_name="chat_queues",
        verbose_name=_("services"),
        help_text=_(
            "Chats about these services wait here; a queue without services takes the rest."
        ),
    )
    max_queue = models.PositiveSmallIntegerField(
        _("longest queue"),
        default=8,
        validators=[MinValueValidator(0), MaxValueValidator(200)],
        help_text=_("With this many chats waiting, a new one is offered the other channels."),
    )
    answer_target_seconds = models.PositiveSmallIntegerField(
        _("answer target (seconds)"),
        default=60,
        validators=[MinValueValidator(5), MaxValueValidator(3600)],
    )
    answer_target_percent = models.PositiveSmallIntegerField(
        _("share answered within the target (%)"),
        default=80,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    position = models.PositiveSmallIntegerField(_("order"), default=0)
    is_active = models.BooleanField(_("in use"), default=True)

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("chat queue")
        verbose_name_plural = _("chat queues")

    def __str__(self) -> str:
        return self.name


class AgentPresence(models.Model):
    """An agent's chat availability: on or off, how many chats at once, and when their
    console last said it is there (a heartbeat; a closed laptop stops it)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="chat_presence",
        verbose_name=_("agent"),
    )
    available = models.BooleanField(_("available for chat"), default=False)
    max_chats = models.PositiveSmallIntegerField(
        _("chats at once"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(8)],
    )
    seen_at = models.DateTimeField(_("last seen"), null=True, blank=True)
    changed_at = models.DateTimeField(_("availability changed"), default=timezone.now)

    class Meta:
        verbose_name = _("chat availability")
        verbose_name_plural = _("chat availability")

    def __str__(self) -> str:
        return str(self.user)


class ChatSession(models.Model):
    """One chat: its case, where it waits, who answers, how it ended."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting")
        ACTIVE = "active", _("In progress")
        ENDED = "ended", _("Ended")
        ABANDONED = "abandoned", _("Left while waiting")

    class Outcome(models.TextChoices):
        RESOLVED = "resolved", _("Resolved in the chat")
        EXPERT = "expert", _("Case opened for an expert")
        CALLBACK = "callback", _("Callback promised")
        CUSTOMER_LEFT = "customer_left", _("The customer ended the chat")
        IDLE = "idle", _("Closed as nobody was present")

    class EndedBy(models.TextChoices):
        CUSTOMER = "customer", _("Customer")
        AGENT = "agent", _("Agent")
        SYSTEM = "system", _("Closed automatically")

    # The citizen's key to the chat (the URL of its page and stream); never shown to staff.
    token = models.CharField(max_length=64, unique=True, editable=False)
    queue = models.ForeignKey(
        ChatQueue, on_delete=models.PROTECT, related_name="sessions", verbose_name=_("queue")
    )
    case = models.OneToOneField(
        Case, on_delete=models.PROTECT, related_name="chat", verbose_name=_("case")
    )
    team = models.ForeignKey(
        Team,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("team"),
        help_text=_("Whose agents are offered it first (the queue's team, or a transfer's)."),
    )
    requested_agent = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("transferred to"),
    )
    agent = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="chat_sessions",
        verbose_name=_("agent"),
    )
    topic = models.CharField(_("topic"), max_length=200)
    # The name the citizen gave for the chat (a first name, or nothing), shown to the agent.
    name = models.CharField(_("name given"), max_length=100, blank=True)
    language = models.CharField(_("language"), max_length=5, default="fi")
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    outcome = models.CharField(_("outcome"), max_length=15, choices=Outcome.choices, blank=True)
    ended_by = models.CharField(_("ended by"), max_length=10, choices=EndedBy.choices, blank=True)
    created_at = models.DateTimeField(_("started"), default=timezone.now)
    # Its place in the queue: when it began waiting; a transfer keeps it.
    queued_at = models.DateTimeField(_("waiting since"), default=timezone.now)
    accepted_at = models.DateTimeField(_("answered"), null=True, blank=True)
    ended_at = models.DateTimeField(_("ended"), null=True, blank=True)
    transfers = models.PositiveSmallIntegerField(_("transfers"), default=0)
    # Presence and read state: the citizen's page says it is there (`citizen_seen_at`, every
    # half minute) and the citizen last did something (`citizen_active_at`: wrote, typed, or
    # said they are still there); each side has read the timeline up to an event.
    citizen_seen_at = models.DateTimeField(null=True, blank=True)
    citizen_active_at = models.DateTimeField(null=True, blank=True)
    citizen_read_event = models.PositiveBigIntegerField(default=0)
    agent_read_event = models.PositiveBigIntegerField(default=0)
    idle_warned_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["queued_at", "pk"]
        verbose_name = _("chat")
        verbose_name_plural = _("chats")
        indexes = [
            models.Index(fields=["status", "queued_at"], name="chat_status_queued"),
            models.Index(fields=["created_at"], name="chat_created"),
            # "Accept next" walks the waiting chats in their order (`chats_offered_claims`).
            models.Index(
                fields=["queued_at", "id"],
                name="chat_queued_order",
                condition=Q(status="queued"),
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="active") | Q(agent__isnull=False),
                name="chat_active_has_agent",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.case} {self.get_status_display()}"

    @property
    def is_live(self) -> bool:
        return self.status in {self.Status.QUEUED, self.Status.ACTIVE}
