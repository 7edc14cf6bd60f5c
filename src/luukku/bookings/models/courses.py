"""Courses and events people register for (adult education, one-off events): the places,
the waiting list, the price per customer group through a commerce product, and each
registration from its held place to its confirmation, offer, cancellation or expiry.

The places a course has taken are its registrations that are held, offered or confirmed;
the waiting list is the waiting ones. Both are counted under the course's row lock
(`core.locks`), so parallel registrations never take more than the capacity.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from luukku.commerce.models import CustomerGroup
from luukku.core.models import TimeStamped


class Course(TimeStamped):
    """A course with sessions, or a one-off event, and the rules of registering for it."""

    class Kind(models.TextChoices):
        COURSE = "course", _("Course")
        EVENT = "event", _("Event")

    class Decision(models.TextChoices):
        PENDING = "pending", _("Not decided yet")
        RUNS = "runs", _("Runs")
        CANCELLED = "cancelled", _("Cancelled")

    code = models.CharField(_("course code"), max_length=30, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.COURSE)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    terms = models.TextField(
        _("registration terms"),
        blank=True,
        help_text=_("The binding terms the registrant accepts (cancellation, payment)."),
    )
    service = models.ForeignKey(
        "catalogue.Service",
        on_delete=models.PROTECT,
        related_name="courses",
        verbose_name=_("service"),
        help_text=_("The service a registration's case is recorded under."),
    )
    service_point = models.ForeignKey(
        "organisation.ServicePoint",
        on_delete=models.PROTECT,
        related_name="courses",
        verbose_name=_("service point"),
    )
    place = models.CharField(
        _("venue"),
        max_length=200,
        blank=True,
        help_text=_("The room or hall, with its address where it is not the service point's."),
    )
    teacher = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="courses_taught",
        verbose_name=_("teacher (staff)"),
    )
    teacher_name = models.CharField(_("teacher"), max_length=200, blank=True)
    product = models.ForeignKey(
        "commerce.Product",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="courses",
        verbose_name=_("fee"),
        help_text=_("Its price per customer group is the course fee; empty: free."),
    )
    enrolment_opens = models.DateTimeField(_("registration opens"))
    enrolment_closes = models.DateTimeField(_("registration closes"))
    capacity = models.PositiveSmallIntegerField(
        _("places"), validators=[MinValueValidator(1), MaxValueValidator(5000)]
    )
    waiting_list_capacity = models.PositiveSmallIntegerField(
        _("places on the waiting list"), default=0, validators=[MaxValueValidator(5000)]
    )
    min_age = models.PositiveSmallIntegerField(_("minimum age"), null=True, blank=True)
    max_age = models.PositiveSmallIntegerField(_("maximum age"), null=True, blank=True)
    free_cancellation_until = models.DateField(
        _("free cancellation until"),
        null=True,
        blank=True,
        help_text=_("After this day a registration is binding: cancelled, it is not refunded."),
    )
    minimum_participants = models.PositiveSmallIntegerField(
        _("minimum participants"), default=0, validators=[MaxValueValidator(5000)]
    )
    decision_date = models.DateField(
        _("decision date"),
        null=True,
        blank=True,
        help_text=_("The course runs only if it has its minimum participants by this day."),
    )
    decision = models.CharField(
        _("decision"), max_length=10, choices=Decision.choices, default=Decision.PENDING
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decision_reason = models.CharField(_("reason for the decision"), max_length=500, blank=True)
    published = models.BooleanField(_("shown to citizens"), default=True)

    class Meta:
        ordering = ["enrolment_opens", "code"]
        verbose_name = _("course or event")
        verbose_name_plural = _("courses and events")
        constraints = [
            models.CheckConstraint(
                condition=Q(enrolment_opens__lt=F("enrolment_closes")), name="course_window_order"
            ),
            models.CheckConstraint(condition=Q(capacity__gte=1), name="course_capacity_positive"),
            models.CheckConstraint(
                condition=Q(min_age__isnull=True)
                | Q(max_age__isnull=True)
                | Q(min_age__lte=F("max_age")),
                name="course_age_order",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"

    @property
    def venue_label(self) -> str:
        """Where the course meets, in the reader's language: its venue, or its service point
        when it has none."""
        return self.place or self.service_point.name

    @property
    def teacher_label(self) -> str:
        if self.teacher_name:
            return self.teacher_name
        return self.teacher.get_full_name() if self.teacher_id else ""


class CourseSession(models.Model):
    """One meeting of a course (an event has one)."""

    course = models.ForeignKey(
        Course, on_delete=models.CASCADE, related_name="sessions", verbose_name=_("course")
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        constraints = [
            models.CheckConstraint(
                condition=Q(starts_at__lt=F("ends_at")), name="course_session_order"
            )
        ]

    def __str__(self) -> str:
        return f"{self.course.code} {self.starts_at:%Y-%m-%d %H:%M}"


class Registration(TimeStamped):
    """A person's registration for a course: a place held while they fill in the form (and
    pay), or a spot on the waiting list until a place is offered; the addresses they gave
    (every message goes there), their customer group and its order, and its case."""

    class Status(models.TextChoices):
        HELD = "held", _("Place held")
        WAITING = "waiting", _("On the waiting list")
        OFFERED = "offered", _("Place offered")
        CONFIRMED = "confirmed", _("Confirmed")
        CANCELLED = "cancelled", _("Cancelled")
        EXPIRED = "expired", _("Expired")

    class Channel(models.TextChoices):
        ONLINE = "online", _("Online")
        COUNTER = "counter", _("At the counter")

    # The statuses that take one of the course's places.
    TAKES_PLACE = (Status.HELD, Status.OFFERED, Status.CONFIRMED)

    course = models.ForeignKey(
        Course, on_delete=models.PROTECT, related_name="registrations", verbose_name=_("course")
    )
    token = models.CharField(max_length=43, unique=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    channel = models.CharField(
        _("channel"), max_length=10, choices=Channel.choices, default=Channel.ONLINE
    )
    first_name = models.CharField(_("first name"), max_length=100, blank=True)
    last_name = models.CharField(_("last name"), max_length=100, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    birth_year = models.PositiveSmallIntegerField(_("year of birth"), null=True, blank=True)
    group = models.CharField(
        _("customer group"),
        max_length=20,
        choices=CustomerGroup.choices,
        default=CustomerGroup.RESIDENT,
    )
    language = models.CharField(_("language"), max_length=2, default="fi")
    # A discount group chosen online without a proof on record: the proof is shown at the
    # first session (the attendance list says so).
    proof_to_check = models.BooleanField(_("show proof"), default=False)
    # A one-way hash of the browser session that started it: a second click on "register"
    # in the same session finds the same unfinished hold.
    starter = models.CharField(max_length=64, blank=True, db_index=True)
    # The form is filled in (a place or waiting-list spot without it lapses at hold_until).
    submitted_at = models.DateTimeField(_("details given"), null=True, blank=True)
    hold_until = models.DateTimeField(_("held until"), null=True, blank=True)
    # The waiting list's order: when the registrant joined it.
    queued_at = models.DateTimeField(_("on the waiting list since"), null=True, blank=True)
    offered_at = models.DateTimeField(_("place offered at"), null=True, blank=True)
    offer_until = models.DateTimeField(_("offer valid until"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    cancel_reason = models.CharField(_("reason"), max_length=200, blank=True)
    # What the registrant is owed back after a cancellation (refunded on the order's page).
    refund_due_cents = models.PositiveIntegerField(_("to refund"), default=0)
    customer = models.ForeignKey(
        "customers.Customer",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="registrations",
        verbose_name=_("customer"),
    )
    case = models.ForeignKey(
        "cases.Case",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="registrations",
        verbose_name=_("case"),
    )
    order = models.OneToOneField(
        "commerce.Order",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="registration",
        verbose_name=_("order"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("registered by"),
    )

    class Meta:
        ordering = ["course", "created_at", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        indexes = [models.Index(fields=["course", "status"], name="registration_course_status")]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="held") | Q(hold_until__isnull=False),
                name="registration_held_until",
            ),
            models.CheckConstraint(
                condition=~Q(status="offered") | Q(offer_until__isnull=False),
                name="registration_offer_until",
            ),
            models.CheckConstraint(
                condition=~Q(status="waiting") | Q(queued_at__isnull=False),
                name="registration_queued",
            ),
            models.CheckConstraint(
                condition=~Q(status="confirmed") | Q(submitted_at__isnull=False),
                name="registration_confirmed_details",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.course.code} {self.full_name or self.pk}"

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def is_active(self) -> bool:
        return self.status not in (self.Status.CANCELLED, self.Status.EXPIRED)
