"""Appointments with experts, callbacks at an agreed time and phone hours (M7).

Staff publish bookable time as weekly patterns and one-off dates (`AvailabilityRule`), less
their blocked times, absences and phone hours. A citizen or an agent books a slot; the
booking is an `Appointment` on a case, and the five-minute units of the staff member's time
it holds (with the buffer after it) are rows of `TimeClaim`, whose unique constraint makes a
double booking impossible in the database itself, on SQLite and PostgreSQL alike.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from luukku.cases.models import Case
from luukku.catalogue.models import Service
from luukku.customers.models import Customer
from luukku.organisation.models import ServicePoint, Team, Weekday

# Times are held in units of this many minutes: slot starts, durations and buffers are
# multiples of it, and `TimeClaim` rows are one unit each.
UNIT_MINUTES = 5


def validate_units(value: int) -> None:
    if value % UNIT_MINUTES:
        raise ValidationError(
            _("Use a multiple of %(unit)d minutes.") % {"unit": UNIT_MINUTES}, code="units"
        )


class MeetingType(models.TextChoices):
    SERVICE_POINT = "service_point", _("At a service point")
    PHONE = "phone", _("By phone")
    VIDEO = "video", _("By video link")


class BookableService(models.Model):
    """How a service is booked: the length of an appointment, the buffer after it, how far
    ahead and with how much notice."""

    service = models.OneToOneField(
        Service, on_delete=models.CASCADE, related_name="booking", verbose_name=_("service")
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("length of an appointment (minutes)"),
        default=30,
        validators=[MinValueValidator(UNIT_MINUTES), MaxValueValidator(480), validate_units],
    )
    buffer_minutes = models.PositiveSmallIntegerField(
        _("buffer after an appointment (minutes)"),
        default=10,
        validators=[MaxValueValidator(120), validate_units],
        help_text=_("Time for notes and preparation; not bookable."),
    )
    horizon_days = models.PositiveSmallIntegerField(
        _("booking horizon (days)"),
        default=60,
        validators=[MinValueValidator(1), MaxValueValidator(366)],
        help_text=_("How far ahead citizens can book."),
    )
    notice_hours = models.PositiveSmallIntegerField(
        _("minimum notice (hours)"),
        default=24,
        validators=[MaxValueValidator(24 * 30)],
        help_text=_("Citizens cannot book a time that starts sooner than this."),
    )
    instructions = models.TextField(
        _("instructions"),
        blank=True,
        help_text=_("Shown when booking and in the confirmation: what to bring, how to prepare."),
    )
    is_active = models.BooleanField(_("bookable online"), default=True)

    class Meta:
        ordering = ["service__name"]
        verbose_name = _("bookable service")
        verbose_name_plural = _("bookable services")
        constraints = [
            models.CheckConstraint(
                condition=Q(duration_minutes__gte=UNIT_MINUTES), name="bookable_duration_positive"
            )
        ]

    def __str__(self) -> str:
        return str(self.service)


class AvailabilityRule(models.Model):
    """Bookable time of one staff member: every week on a weekday, or once on a date."""

    staff = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="availability_rules",
        verbose_name=_("staff member"),
    )
    services = models.ManyToManyField(
        Service, related_name="availability_rules", verbose_name=_("services")
    )
    meeting_type = models.CharField(_("meeting type"), max_length=20, choices=MeetingType.choices)
    service_point = models.ForeignKey(
        ServicePoint,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="availability_rules",
        verbose_name=_("service point"),
    )
    weekday = models.PositiveSmallIntegerField(
        _("weekday"), choices=Weekday.choices, null=True, blank=True
    )
    date = models.DateField(_("date"), null=True, blank=True)
    starts = models.TimeField(_("from"))
    ends = models.TimeField(_("until"))
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)

    class Meta:
        ordering = ["staff", "weekday", "date", "starts"]
        verbose_name = _("bookable time")
        verbose_name_plural = _("bookable times")
        constraints = [
            models.CheckConstraint(
                condition=Q(starts__lt=models.F("ends")), name="availability_order"
            ),
            models.CheckConstraint(
                condition=Q(weekday__isnull=True, date__isnull=False)
                | Q(weekday__isnull=False, date__isnull=True),
                name="availability_weekly_or_dated",
            ),
            models.CheckConstraint(
                condition=~Q(meeting_type="service_point") | Q(service_point__isnull=False),
                name="availability_point_given",
            ),
        ]

    def __str__(self) -> str:
        when = self.get_weekday_display() if self.weekday is not None else f"{self.date:%d.%m.%Y}"
        return f"{self.staff}: {when} {self.starts:%H.%M}–{self.ends:%H.%M}"


class BlockedTime(models.Model):
    """Time a staff member cannot take appointments (a meeting, training), within or across
    days; whole days away are absences."""

    staff = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="blocked_times",
        verbose_name=_("staff member"),
    )
    starts_at = models.DateTimeField(_("from"))
    ends_at = models.DateTimeField(_("until"))
    reason = models.CharField(_("reason"), max_length=200, blank=True)

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("blocked time")
        verbose_name_plural = _("blocked times")
        indexes = [models.Index(fields=["staff", "ends_at"], name="blocked_staff_end")]
        constraints = [
            models.CheckConstraint(
                condition=Q(starts_at__lt=models.F("ends_at")), name="blocked_order"
            )
        ]

    def __str__(self) -> str:
        return f"{self.staff} {timezone.localtime(self.starts_at):%d.%m.%Y %H.%M}"


class PhoneHours(models.Model):
    """When a handler or a team answers the phone (puhelinaika); shown on the services' pages
    and the windows offered for callbacks. Outside them the handler works uninterrupted, and
    no appointments are booked inside them."""

    staff = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="phone_hours",
        verbose_name=_("staff member"),
    )
    team = models.ForeignKey(
        Team,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="phone_hours",
        verbose_name=_("team"),
    )
    services = models.ManyToManyField(
        Service, blank=True, related_name="phone_hours", verbose_name=_("services")
    )
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    starts = models.TimeField(_("from"))
    ends = models.TimeField(_("until"))
    phone = models.CharField(_("phone"), max_length=40)
    callbacks = models.BooleanField(
        _("offers callbacks"),
        default=True,
        help_text=_("Citizens can ask to be called back in these hours."),
    )

    class Meta:
        ordering = ["weekday", "starts"]
        verbose_name = _("phone hours")
        verbose_name_plural = _("phone hours")
        constraints = [
            models.CheckConstraint(
                condition=Q(starts__lt=models.F("ends")), name="phone_hours_order"
            ),
            models.CheckConstraint(
                condition=Q(staff__isnull=False, team__isnull=True)
                | Q(staff__isnull=True, team__isnull=False),
                name="phone_hours_staff_or_team",
            ),
        ]

    def __str__(self) -> str:
        owner = self.staff or self.team
        return f"{owner}: {self.get_weekday_display()} {self.starts:%H.%M}–{self.ends:%H.%M}"

    @property
    def owner_name(self) -> str:
        return str(self.team) if self.team_id else str(self.staff)


class Appointment(models.Model):
    class Status(models.TextChoices):
        BOOKED = "booked", _("Booked")
        CANCELLED = "cancelled", _("Cancelled")
        ATTENDED = "attended", _("Attended")
        NO_SHOW = "no_show", _("Did not come")

    token = models.CharField(max_length=64, unique=True, editable=False)
    uid = models.CharField(max_length=120, unique=True, editable=False)
    case = models.ForeignKey(
        Case, on_delete=models.PROTECT, related_name="appointments", verbose_name=_("case")
    )
    service = models.ForeignKey(
        Service, on_delete=models.PROTECT, related_name="appointments", verbose_name=_("service")
    )
    customer = models.ForeignKey(
        Customer,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="appointments",
        verbose_name=_("customer"),
    )
    staff = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="appointments",
        verbose_name=_("staff member"),
    )
    meeting_type = models.CharField(_("meeting type"), max_length=20, choices=MeetingType.choices)
    service_point = models.ForeignKey(
        ServicePoint,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="appointments",
        verbose_name=_("service point"),
    )
    video_url = models.URLField(_("video link"), blank=True)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    blocked_until = models.DateTimeField(editable=False)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.BOOKED
    )
    language = models.CharField(_("language"), max_length=2, default="fi")
    booked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("booked by"),
        help_text=_("Empty: the citizen booked online."),
    )
    created_at = models.DateTimeField(_("booked"), default=timezone.now)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    remind_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminded"), null=True, blank=True)
    # iCalendar's SEQUENCE: grows with every change the customer's calendar must follow.
    sequence = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("appointment")
        verbose_name_plural = _("appointments")
        indexes = [
            models.Index(fields=["staff", "starts_at"], name="appointment_staff_start"),
            models.Index(fields=["status", "remind_at"], name="appointment_reminder"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(starts_at__lt=models.F("ends_at"))
                & Q(ends_at__lte=models.F("blocked_until")),
                name="appointment_order",
            ),
            # A second guard beside the time claims: one booked appointment per person and
            # start time.
            models.UniqueConstraint(
                fields=["staff", "starts_at"],
                condition=Q(status="booked"),
                name="appointment_one_per_start",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.service} {timezone.localtime(self.starts_at):%d.%m.%Y %H.%M}"

    @property
    def is_booked(self) -> bool:
        return self.status == self.Status.BOOKED

    @property
    def is_upcoming(self) -> bool:
        return self.is_booked and self.starts_at > timezone.now()


class TimeClaim(models.Model):
    """One unit of a staff member's time held by a booked appointment (its buffer included).

    The unique constraint on (staff, start) is the guarantee against double booking: of two
    transactions booking overlapping times for one person, the second cannot insert.
    """

    staff = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    starts_at = models.DateTimeField()
    appointment = models.ForeignKey(Appointment, on_delete=models.CASCADE, related_name="claims")

    class Meta:
        verbose_name = _("claimed time")
        verbose_name_plural = _("claimed time")
        constraints = [
            models.UniqueConstraint(fields=["staff", "starts_at"], name="time_claim_unique")
        ]

    def __str__(self) -> str:
        return f"{self.staff_id} {self.starts_at:%Y-%m-%d %H:%M}"


class Callback(models.Model):
    """A promise to call the customer back within a time window."""

    class Status(models.TextChoices):
        WAITING = "waiting", _("Waiting")
        REACHED = "reached", _("Reached")
        UNREACHED = "unreached", _("Not reached")
        CANCELLED = "cancelled", _("Cancelled")

    case = models.ForeignKey(
        Case, on_delete=models.PROTECT, related_name="callbacks", verbose_name=_("case")
    )
    service = models.ForeignKey(
        Service, on_delete=models.PROTECT, related_name="callbacks", verbose_name=_("service")
    )
    customer = models.ForeignKey(
        Customer,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="callbacks",
        verbose_name=_("customer"),
    )
    phone = models.CharField(_("phone"), max_length=40)
    window_start = models.DateTimeField(_("call between"))
    window_end = models.DateTimeField(_("and"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.WAITING
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="callbacks",
        verbose_name=_("caller"),
    )
    team = models.ForeignKey(
        Team,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="callbacks",
        verbose_name=_("team"),
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("asked by"),
        help_text=_("Empty: the citizen asked online."),
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    # The agreed window as first set: the service level is met when the first attempt falls
    # inside it.
    first_window_end = models.DateTimeField()
    first_attempt_at = models.DateTimeField(_("first attempt"), null=True, blank=True)
    created_at = models.DateTimeField(_("asked"), default=timezone.now)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)

    class Meta:
        ordering = ["window_start", "pk"]
        verbose_name = _("callback")
        verbose_name_plural = _("callbacks")
        indexes = [models.Index(fields=["status", "window_start"], name="callback_worklist")]
        constraints = [
            models.CheckConstraint(
                condition=Q(window_start__lt=models.F("window_end")), name="callback_window_order"
            )
        ]

    def __str__(self) -> str:
        return f"{self.case.reference} {timezone.localtime(self.window_start):%d.%m. %H.%M}"

    @property
    def is_waiting(self) -> bool:
        return self.status == self.Status.WAITING

    @property
    def is_late(self) -> bool:
        return self.is_waiting and self.window_end < timezone.now()

    @property
    def met_target(self) -> bool | None:
        if self.first_attempt_at is None:
            return None
        return self.first_attempt_at <= self.first_window_end


class CallbackAttempt(models.Model):
    class Outcome(models.TextChoices):
        REACHED = "reached", _("Reached")
        NOT_REACHED = "not_reached", _("Not reached")

    callback = models.ForeignKey(Callback, on_delete=models.CASCADE, related_name="attempt_log")
    at = models.DateTimeField(_("time"), default=timezone.now)
    caller = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("caller"),
    )
    outcome = models.CharField(_("outcome"), max_length=12, choices=Outcome.choices)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("call attempt")
        verbose_name_plural = _("call attempts")

    def __str__(self) -> str:
        return f"{self.get_outcome_display()} {timezone.localtime(self.at):%d.%m.%Y %H.%M}"


class CalendarFeed(models.Model):
    """A staff member's private iCalendar feed address; a new token retires the old one."""

    staff = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("calendar feed")
        verbose_name_plural = _("calendar feeds")

    def __str__(self) -> str:
        return str(self.staff)
