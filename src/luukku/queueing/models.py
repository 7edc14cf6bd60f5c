"""The walk-in queue of a service point (M8): service groups, desks, the day, tickets.

A visitor takes a ticket for a service group ("K 12" for Kela); a desk serves some groups and
its agent calls the next ticket of those groups. The queue of a point runs in days: opening a
day starts the numbers again at 1, closing it ends what was left. Every step of a ticket is a
`TicketEvent`, from which the display's last calls and the metrics are read. The database is
the only state: screens are told that something changed and read it again.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from luukku.appointments.models import Appointment
from luukku.cases.models import Case
from luukku.catalogue.models import Service
from luukku.organisation.models import ServicePoint


class ServiceGroup(models.Model):
    """What a visitor queues for at one point: one or more catalogue services under a letter."""

    service_point = models.ForeignKey(
        ServicePoint,
        on_delete=models.CASCADE,
        related_name="service_groups",
        verbose_name=_("service point"),
    )
    name = models.CharField(_("name"), max_length=120)
    prefix = models.CharField(
        _("letter"),
        max_length=2,
        validators=[RegexValidator(r"^[A-Z]{1,2}$", _("Use one or two capital letters A–Z."))],
        help_text=_("Starts the ticket numbers of the group, e.g. K for Kela: K 12."),
    )
    services = models.ManyToManyField(
        Service, blank=True, related_name="service_groups", verbose_name=_("services")
    )
    target_wait_minutes = models.PositiveSmallIntegerField(
        _("target wait (minutes)"),
        default=15,
        validators=[MinValueValidator(1), MaxValueValidator(240)],
        help_text=_("Tickets called within this many minutes count as served within the target."),
    )
    default_service_minutes = models.PositiveSmallIntegerField(
        _("expected service time (minutes)"),
        default=8,
        validators=[MinValueValidator(1), MaxValueValidator(240)],
        help_text=_("Used for the waiting-time estimate until enough visits have been measured."),
    )
    position = models.PositiveSmallIntegerField(_("order"), default=0)
    is_active = models.BooleanField(_("in use"), default=True)

    class Meta:
        ordering = ["service_point", "position", "prefix"]
        verbose_name = _("service group")
        verbose_name_plural = _("service groups")
        constraints = [
            models.UniqueConstraint(
                fields=["service_point", "prefix"], name="queueing_group_prefix_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.prefix} {self.name}"


class Desk(models.Model):
    """A counter or room where visitors are served; it calls tickets of its groups."""

    service_point = models.ForeignKey(
        ServicePoint,
        on_delete=models.CASCADE,
        related_name="desks",
        verbose_name=_("service point"),
    )
    number = models.CharField(
        _("number"), max_length=8, help_text=_("Shown and spoken on the display: desk 3.")
    )
    name = models.CharField(_("name"), max_length=120, blank=True)
    groups = models.ManyToManyField(
        ServiceGroup, related_name="desks", verbose_name=_("service groups")
    )
    is_active = models.BooleanField(_("in use"), default=True)

    class Meta:
        ordering = ["service_point", "number"]
        verbose_name = _("desk")
        verbose_name_plural = _("desks")
        constraints = [
            models.UniqueConstraint(
                fields=["service_point", "number"], name="queueing_desk_number_unique"
            )
        ]

    def __str__(self) -> str:
        return self.name or str(_("Desk %(number)s") % {"number": self.number})


class QueueDay(models.Model):
    """One day of a point's queue: tickets are numbered from 1 within it."""

    service_point = models.ForeignKey(
        ServicePoint, on_delete=models.CASCADE, related_name="queue_days"
    )
    date = models.DateField(_("date"))
    opened_at = models.DateTimeField(_("opened"))
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-date"]
        constraints = [
            models.UniqueConstraint(fields=["service_point", "date"], name="queueing_day_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.service_point} {self.date:%Y-%m-%d}"


class GroupCounter(models.Model):
    """The last number given in a group on a day; a row lock makes numbers unique and gapless."""

    day = models.ForeignKey(QueueDay, on_delete=models.CASCADE, related_name="counters")
    group = models.ForeignKey(ServiceGroup, on_delete=models.CASCADE, related_name="+")
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["day", "group"], name="queueing_counter_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.day} {self.group.prefix} {self.last_number}"


class TicketSource(models.TextChoices):
    KIOSK = "kiosk", _("Kiosk")
    STAFF = "staff", _("Given by staff")
    VIRTUAL = "virtual", _("Online")
    APPOINTMENT = "appointment", _("Appointment check-in")


class TicketStatus(models.TextChoices):
    WAITING = "waiting", _("Waiting")
    CALLED = "called", _("Called")
    SERVING = "serving", _("Being served")
    ON_HOLD = "on_hold", _("On hold")
    DONE = "done", _("Served")
    NO_SHOW = "no_show", _("Did not come")
    LEFT = "left", _("Left before service")
    CLOSED = "closed", _("Closed with the day")


OPEN_STATUSES = (
    TicketStatus.WAITING,
    TicketStatus.CALLED,
    TicketStatus.SERVING,
    TicketStatus.ON_HOLD,
)


class Ticket(models.Model):
    """A visitor's place in the queue, from the number taken to the end of the visit.

    `queued_at` orders the waiting: it is the time the number was taken and stays so when a
    ticket is transferred or returned from hold, so nobody is sent to the back of the line.
    An appointment's ticket comes first once its appointment time has come (`priority_from`).
    """

    day = models.ForeignKey(QueueDay, on_delete=models.PROTECT, related_name="tickets")
    group = models.ForeignKey(
        ServiceGroup, on_delete=models.PROTECT, related_name="tickets", verbose_name=_("group")
    )
    number = models.PositiveIntegerField(_("number"))
    # As printed and shown, "K 12": kept when the ticket is transferred to another group.
    code = models.CharField(_("ticket"), max_length=8)
    token = models.CharField(max_length=43, unique=True, editable=False)
    source = models.CharField(_("source"), max_length=12, choices=TicketSource.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=TicketStatus.choices, default=TicketStatus.WAITING
    )
    language = models.CharField(_("language"), max_length=8, default="fi")
    queued_at = models.DateTimeField(_("in the queue since"))
    priority_from = models.DateTimeField(null=True, blank=True)
    for_desk = models.ForeignKey(
        Desk,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="Transferred to this desk: only it calls the ticket.",
    )
    desk = models.ForeignKey(
        Desk, on_delete=models.SET_NULL, null=True, blank=True, related_name="tickets"
    )
    served_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="served_tickets",
    )
    first_called_at = models.DateTimeField(null=True, blank=True)
    called_at = models.DateTimeField(null=True, blank=True)
    call_count = models.PositiveSmallIntegerField(default=0)
    service_started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    appointment = models.ForeignKey(
        Appointment, on_delete=models.SET_NULL, null=True, blank=True, related_name="tickets"
    )
    # The address the visitor gave for "nearly your turn" (virtual tickets), and nothing else.
    notify_email = models.EmailField(_("e-mail"), blank=True)
    notify_phone = models.CharField(_("mobile phone"), max_length=40, blank=True)
    notify_at_position = models.PositiveSmallIntegerField(default=3)
    notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["queued_at", "id"]
        verbose_name = _("ticket")
        verbose_name_plural = _("tickets")
        constraints = [
            models.UniqueConstraint(fields=["day", "code"], name="queueing_ticket_code_unique"),
        ]
        indexes = [
            models.Index(fields=["status", "group", "queued_at"], name="queueing_waiting_idx"),
            # "Call next" walks the day's waiting tickets in arrival order (`tickets_to_call`).
            models.Index(
                fields=["day", "queued_at", "id"],
                name="queueing_waiting_order",
                condition=Q(status="waiting"),
            ),
            models.Index(
                fields=["desk", "status"],
                name="queueing_desk_open_idx",
                condition=Q(status__in=["called", "serving", "on_hold"]),
            ),
        ]

    def __str__(self) -> str:
        return self.code


class DeskSession(models.Model):
    """An agent at a desk: the desks staffed now are those with an open session."""

    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="sessions")
    agent = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="desk_sessions"
    )
    started_at = models.DateTimeField()
    ended_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["desk"], condition=Q(ended_at__isnull=True), name="queueing_desk_one_agent"
            ),
            models.UniqueConstraint(
                fields=["agent"],
                condition=Q(ended_at__isnull=True),
                name="queueing_agent_one_desk",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.desk} {self.agent}"


class TicketEventKind(models.TextChoices):
    ISSUED = "issued", _("Number taken")
    CALLED = "called", _("Called")
    RECALLED = "recalled", _("Called again")
    STARTED = "started", _("Service started")
    TRANSFERRED = "transferred", _("Transferred")
    HELD = "held", _("Set aside")
    RETURNED = "returned", _("Returned to the queue")
    NO_SHOW = "no_show", _("Did not come")
    LEFT = "left", _("Left before service")
    DONE = "done", _("Served")
    CLOSED = "closed", _("Closed with the day")
    NOTIFIED = "notified", _("Told it is nearly their turn")


class TicketEvent(models.Model):
    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=12, choices=TicketEventKind.choices)
    at = models.DateTimeField(db_index=True)
    desk = models.ForeignKey(Desk, on_delete=models.SET_NULL, null=True, related_name="+")
    group = models.ForeignKey(ServiceGroup, on_delete=models.SET_NULL, null=True, related_name="+")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["kind", "at"], name="queueing_event_kind_at_idx")]

    def __str__(self) -> str:
        return f"{self.ticket} {self.kind}"


class VisitContact(models.Model):
    """One service a visit was about, logged as a counter contact on a case."""

    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="contacts")
    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="visit_contacts")
    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="+")
    resolved = models.BooleanField(default=False)
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.ticket} {self.service}"
