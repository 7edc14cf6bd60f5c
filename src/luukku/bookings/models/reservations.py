"""Rooms, halls, fields, camping places and equipment that citizens and associations book
(reservable units), the bookings themselves and the time each holds in each physical space.

A unit made of parts (a sports hall and its halves) occupies the spaces of its parts; a unit
without parts is a space of its own. A reservation holds one `Occupancy` row per space it
occupies, with its time and the unit's turnover buffer, and on PostgreSQL an exclusion
constraint (migration 0001) refuses two active rows of one space whose times overlap: no
double booking even when two people press "Book" at the same moment.
"""

import datetime as dt

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from luukku.commerce.models import CustomerGroup
from luukku.core.models import TimeStamped


class Unit(TimeStamped):
    """A reservable unit at a service point, with its booking rules and price."""

    class Kind(models.TextChoices):
        ROOM = "room", _("Meeting room")
        HALL = "hall", _("Hall")
        FIELD = "field", _("Field")
        CAMPING = "camping", _("Camping place")
        EQUIPMENT = "equipment", _("Equipment")

    class Pricing(models.TextChoices):
        HOUR = "hour", _("Per hour")
        FIXED = "fixed", _("Per booking")

    code = models.SlugField(_("code"), max_length=50, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    service_point = models.ForeignKey(
        "organisation.ServicePoint",
        on_delete=models.PROTECT,
        related_name="reservable_units",
        verbose_name=_("service point"),
        help_text=_("Its opening hours and closed days are the unit's bookable hours."),
    )
    sales_point = models.ForeignKey(
        "organisation.ServicePoint",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("point of payment"),
        help_text=_(
            "The service point whose registers take its bookings' payments and invoice them "
            "(the unit's own point when empty)."
        ),
    )
    service = models.ForeignKey(
        "catalogue.Service",
        on_delete=models.PROTECT,
        related_name="reservable_units",
        verbose_name=_("service"),
        help_text=_("The service a booking's case is recorded under."),
    )
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    terms = models.TextField(_("terms of use"), blank=True)
    accessibility = models.TextField(_("accessibility"), blank=True)
    equipment = models.TextField(_("equipment"), blank=True)
    key_pickup = models.TextField(
        _("key pickup"), blank=True, help_text=_("Where and when the key is picked up.")
    )
    door_code = models.CharField(
        _("door code"),
        max_length=20,
        blank=True,
        help_text=_("Sent in the confirmation of a confirmed booking only."),
    )
    photo = models.ImageField(_("photo"), upload_to="units/", blank=True)
    photo_text = models.CharField(_("photo description"), max_length=200, blank=True)
    capacity = models.PositiveIntegerField(_("capacity (persons)"), null=True, blank=True)
    parts = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="wholes",
        verbose_name=_("parts"),
        help_text=_("Units inside this one (the halves of a hall): booking one blocks the other."),
    )
    # Rules
    min_minutes = models.PositiveIntegerField(_("shortest booking (min)"), default=60)
    max_minutes = models.PositiveIntegerField(_("longest booking (min)"), default=240)
    interval_minutes = models.PositiveIntegerField(
        _("start interval (min)"),
        default=60,
        validators=[MinValueValidator(15)],
        help_text=_("Bookings start at the opening time and every so many minutes after it."),
    )
    buffer_before_minutes = models.PositiveIntegerField(_("buffer before (min)"), default=0)
    buffer_after_minutes = models.PositiveIntegerField(_("buffer after (min)"), default=0)
    horizon_days = models.PositiveIntegerField(_("bookable days ahead"), default=90)
    notice_hours = models.PositiveIntegerField(_("booked at least hours before"), default=2)
    max_active = models.PositiveIntegerField(
        _("active bookings per customer"), default=3, help_text=_("0: no limit.")
    )
    needs_handling = models.BooleanField(
        _("needs handling"), default=False, help_text=_("Staff approve each booking.")
    )
    online = models.BooleanField(_("bookable online"), default=True)
    active = models.BooleanField(_("in use"), default=True)
    # Price and terms of cancellation
    product = models.ForeignKey(
        "commerce.Product",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reservable_units",
        verbose_name=_("price product"),
        help_text=_("Its prices per customer group; empty: free of charge."),
    )
    pricing = models.CharField(
        _("priced"), max_length=5, choices=Pricing.choices, default=Pricing.HOUR
    )
    deposit_product = models.ForeignKey(
        "commerce.Product",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="deposit_units",
        verbose_name=_("deposit product"),
    )
    free_cancellation_days = models.PositiveIntegerField(
        _("free cancellation until days before"), default=7
    )
    cancellation_fee_percent = models.PositiveSmallIntegerField(
        _("cancellation fee %"), default=0, validators=[MaxValueValidator(100)]
    )
    payment_days = models.PositiveIntegerField(
        _("days to pay an approved booking"), default=14, validators=[MinValueValidator(1)]
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("reservable unit")
        verbose_name_plural = _("reservable units")
        constraints = [
            models.CheckConstraint(
                condition=Q(min_minutes__gte=15) & Q(max_minutes__gte=F("min_minutes")),
                name="unit_durations",
            ),
            models.CheckConstraint(
                condition=Q(cancellation_fee_percent__lte=100), name="unit_fee_percent"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def payment_point(self):
        """Where its bookings are paid at the counter or invoiced."""
        return self.sales_point if self.sales_point_id else self.service_point

    @property
    def turnover(self) -> dt.timedelta:
        """The larger of the buffers: the gap the database keeps after each booking."""
        return dt.timedelta(minutes=max(self.buffer_before_minutes, self.buffer_after_minutes))


class DenyReason(models.TextChoices):
    """Why staff turned a request down or cancelled a booking (the list users pick from)."""

    OVERLAPS_EVENT = "event", _("The space is needed for the city's own event")
    NOT_SUITABLE = "unsuitable", _("The space does not suit the purpose")
    TERMS = "terms", _("The booking is against the terms of use")
    MAINTENANCE = "maintenance", _("Maintenance or repairs")
    UNPAID = "unpaid", _("Not paid by the due date")
    NOT_COMPLETED = "unfinished", _("The booking was not completed in time")
    CUSTOMER = "customer", _("Cancelled by the customer")
    OTHER = "other", _("Other reason")


class ReservationSeries(TimeStamped):
    """A recurring booking: the same weekday and time every week through a date range."""

    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="series")
    weekday = models.PositiveSmallIntegerField(_("weekday"))
    starts = models.TimeField(_("starts"))
    ends = models.TimeField(_("ends"))
    first_day = models.DateField(_("from"))
    last_day = models.DateField(_("until"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["-first_day", "pk"]
        verbose_name = _("recurring booking")
        verbose_name_plural = _("recurring bookings")

    def __str__(self) -> str:
        return f"{self.unit} {self.first_day}–{self.last_day}"


class Reservation(TimeStamped):
    class State(models.TextChoices):
        CREATED = "created", _("Being made")
        WAITING_PAYMENT = "payment", _("Waiting for payment")
        HANDLING = "handling", _("Waiting for handling")
        CONFIRMED = "confirmed", _("Confirmed")
        CANCELLED = "cancelled", _("Cancelled")
        DENIED = "denied", _("Denied")

    class Kind(models.TextChoices):
        CUSTOMER = "customer", _("Booking")
        BLOCKED = "blocked", _("Blocked time")

    class Payment(models.TextChoices):
        NONE = "none", _("Free of charge")
        ONLINE = "online", _("Online")
        COUNTER = "counter", _("At the counter")
        INVOICE = "invoice", _("Invoice")

    ACTIVE = (State.CREATED, State.WAITING_PAYMENT, State.HANDLING, State.CONFIRMED)

    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="reservations")
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.CUSTOMER)
    state = models.CharField(_("state"), max_length=10, choices=State.choices)
    series = models.ForeignKey(
        ReservationSeries,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reservations",
    )
    starts_at = models.DateTimeField(_("starts"), db_index=True)
    ends_at = models.DateTimeField(_("ends"))
    token = models.CharField(max_length=64, unique=True)
    # Who booked, and the addresses they gave (the confirmation goes there).
    customer = models.ForeignKey(
        "customers.Customer",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reservations",
    )
    case = models.ForeignKey(
        "cases.Case", on_delete=models.PROTECT, null=True, blank=True, related_name="reservations"
    )
    order = models.ForeignKey(
        "commerce.Order",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reservations",
    )
    contact_name = models.CharField(_("name"), max_length=200, blank=True)
    contact_email = models.EmailField(_("e-mail"), blank=True)
    contact_phone = models.CharField(_("phone"), max_length=40, blank=True)
    organisation_name = models.CharField(_("association or company"), max_length=200, blank=True)
    language = models.CharField(max_length=2, default="fi")
    group = models.CharField(
        _("customer group"),
        max_length=20,
        choices=CustomerGroup.choices,
        default=CustomerGroup.RESIDENT,
    )
    purpose = models.CharField(_("purpose"), max_length=500, blank=True)
    attendees = models.PositiveIntegerField(_("attendees"), null=True, blank=True)
    payment = models.CharField(max_length=10, choices=Payment.choices, default=Payment.NONE)
    # The price and the cancellation terms as booked (a later change of the unit's rules
    # does not change a booking made).
    price_cents = models.PositiveIntegerField(default=0)
    free_until = models.DateTimeField(null=True, blank=True)
    fee_percent = models.PositiveSmallIntegerField(default=0)
    hold_until = models.DateTimeField(null=True, blank=True)
    pay_by = models.DateField(null=True, blank=True)
    handled_at = models.DateTimeField(null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    cancelled_at = models.DateTimeField(null=True, blank=True)
    reason = models.CharField(_("reason"), max_length=12, choices=DenyReason.choices, blank=True)
    reason_text = models.CharField(_("explanation"), max_length=500, blank=True)
    fee_cents = models.PositiveIntegerField(default=0)
    refunded_cents = models.PositiveIntegerField(default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("reservation")
        verbose_name_plural = _("reservations")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="reservation_ends"
            ),
            models.CheckConstraint(
                condition=Q(fee_percent__lte=100), name="reservation_fee_percent"
            ),
        ]
        indexes = [models.Index(fields=["unit", "state", "starts_at"])]

    def __str__(self) -> str:
        return f"{self.unit} {self.starts_at:%Y-%m-%d %H:%M}"

    @property
    def is_active(self) -> bool:
        return self.state in self.ACTIVE


class Occupancy(models.Model):
    """The time a reservation holds in one physical space (a unit without parts), from its
    start to its end plus the unit's turnover buffer. Active rows of one space never overlap
    (PostgreSQL: an exclusion constraint; SQLite: writes are serialised and the service
    checks)."""

    reservation = models.ForeignKey(
        Reservation, on_delete=models.CASCADE, related_name="occupancies"
    )
    space = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="occupancies")
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["starts_at", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=F("starts_at")), name="occupancy_ends"),
        ]
        indexes = [models.Index(fields=["space", "active", "starts_at"])]

    def __str__(self) -> str:
        return f"{self.space_id} {self.starts_at}–{self.ends_at}"
