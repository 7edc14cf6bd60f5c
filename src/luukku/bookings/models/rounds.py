"""Seasonal application rounds: associations and residents apply for regular weekly turns
(every Tuesday 18–20 through the spring) during the round's application period, the city
allocates the wished turns as recurring bookings or declines them with a reason, then sends
the results, after which the round is closed for changes (docs/bookings.md)."""

import datetime as dt

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from luukku.core.models import TimeStamped

WEEKDAYS = [
    (0, _("Monday")),
    (1, _("Tuesday")),
    (2, _("Wednesday")),
    (3, _("Thursday")),
    (4, _("Friday")),
    (5, _("Saturday")),
    (6, _("Sunday")),
]


class ApplicationRound(TimeStamped):
    """A round offering units' regular turns for a season; its state follows its dates
    until staff send the results."""

    class State(models.TextChoices):
        UPCOMING = "upcoming", _("Upcoming")
        OPEN = "open", _("Open for applications")
        HANDLING = "handling", _("Being handled")
        RESULTS_SENT = "sent", _("Results sent")

    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    units = models.ManyToManyField(
        "bookings.Unit", related_name="application_rounds", verbose_name=_("units offered")
    )
    season_first_day = models.DateField(_("first day of the turns"))
    season_last_day = models.DateField(_("last day of the turns"))
    opens_at = models.DateTimeField(_("applications open"))
    closes_at = models.DateTimeField(_("applications close"))
    handlers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="+",
        verbose_name=_("handled by"),
    )
    results_sent_at = models.DateTimeField(_("results sent"), null=True, blank=True)
    results_sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-season_first_day", "pk"]
        verbose_name = _("application round")
        verbose_name_plural = _("application rounds")
        constraints = [
            models.CheckConstraint(
                condition=Q(season_last_day__gte=F("season_first_day")), name="round_season"
            ),
            models.CheckConstraint(condition=Q(closes_at__gt=F("opens_at")), name="round_period"),
        ]

    def __str__(self) -> str:
        return self.name

    def state_at(self, now: dt.datetime) -> str:
        if self.results_sent_at is not None:
            return self.State.RESULTS_SENT
        if now < self.opens_at:
            return self.State.UPCOMING
        if now < self.closes_at:
            return self.State.OPEN
        return self.State.HANDLING


class AgeGroup(models.TextChoices):
    CHILDREN = "children", _("Children (under 13)")
    YOUTH = "youth", _("Young people (13–17)")
    ADULTS = "adults", _("Adults")
    SENIORS = "seniors", _("Seniors")
    MIXED = "mixed", _("All ages")


class Application(TimeStamped):
    """An association's or a resident's application in a round, with the addresses given
    (the confirmation and the results go there) and its private link."""

    class State(models.TextChoices):
        RECEIVED = "received", _("Received")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    round = models.ForeignKey(
        ApplicationRound, on_delete=models.PROTECT, related_name="applications"
    )
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.RECEIVED
    )
    token = models.CharField(max_length=64, unique=True)
    case = models.ForeignKey(
        "cases.Case", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    customer = models.ForeignKey(
        "customers.Customer",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="round_applications",
    )
    organisation_name = models.CharField(_("association or company"), max_length=200, blank=True)
    business_id = models.CharField(_("business ID"), max_length=20, blank=True)
    contact_name = models.CharField(_("contact person"), max_length=200)
    contact_email = models.EmailField(_("e-mail"))
    contact_phone = models.CharField(_("phone"), max_length=40, blank=True)
    purpose = models.CharField(_("purpose"), max_length=500)
    group_size = models.PositiveIntegerField(_("group size"))
    age_group = models.CharField(
        _("age group"), max_length=10, choices=AgeGroup.choices, blank=True
    )
    language = models.CharField(max_length=2, default="fi")
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    results_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("application")
        verbose_name_plural = _("applications")

    def __str__(self) -> str:
        return self.organisation_name or self.contact_name

    @property
    def applicant(self) -> str:
        return self.organisation_name or self.contact_name


class ApplicationWish(models.Model):
    """One wished weekly turn: a unit, a weekday and a time, with the applicant's priority;
    allocated as a recurring booking through the season or declined with a reason."""

    class State(models.TextChoices):
        WISHED = "wished", _("Waiting for allocation")
        ALLOCATED = "allocated", _("Allocated")
        DECLINED = "declined", _("Declined")

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="wishes")
    unit = models.ForeignKey("bookings.Unit", on_delete=models.PROTECT, related_name="+")
    weekday = models.PositiveSmallIntegerField(
        _("weekday"), choices=WEEKDAYS, validators=[MaxValueValidator(6)]
    )
    starts = models.TimeField(_("starts"))
    ends = models.TimeField(_("ends"))
    priority = models.PositiveSmallIntegerField(
        _("priority"), default=1, validators=[MinValueValidator(1), MaxValueValidator(3)]
    )
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.WISHED)
    series = models.ForeignKey(
        "bookings.ReservationSeries",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    decline_reason = models.CharField(_("reason"), max_length=500, blank=True)
    handled_at = models.DateTimeField(null=True, blank=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["weekday", "starts", "priority", "pk"]
        verbose_name = _("wished turn")
        verbose_name_plural = _("wished turns")
        constraints = [
            models.CheckConstraint(condition=Q(ends__gt=F("starts")), name="wish_ends"),
            models.CheckConstraint(
                condition=Q(weekday__lte=6) & Q(priority__gte=1) & Q(priority__lte=3),
                name="wish_weekday_priority",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.unit} {self.weekday} {self.starts}–{self.ends}"
