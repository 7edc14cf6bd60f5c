"""Rollups the dashboards read: figures per day and per month, never the cases themselves.

The worker keeps them current from the timeline (`services.rollups_refresh`): a day is
recomputed whole whenever something happened on it or to a case created on it, and its month
is summed again from the days. A dashboard over a year reads twelve month rows per
combination of service, channel, handler and service point instead of the cases.
Definitions of every figure: docs/metrics.md.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from luukku.catalogue.models import Service
from luukku.organisation.models import Department, ServicePoint


class Period(models.TextChoices):
    DAY = "day", _("Day")
    MONTH = "month", _("Month")


class Level(models.IntegerChoices):
    """How much detail a row keeps. Every period is stored at each level, so a dashboard
    without a handler reads a few thousand rows a year instead of one per combination."""

    DETAIL = 0, _("Every dimension")
    WITHOUT_HANDLER = 1, _("Summed over handlers")  # durations: over everything but channel
    BY_HANDLER = 2, _("Handler and channel only")


class Dimensions(models.Model):
    """What a case is counted by (besides its handler)."""

    service = models.ForeignKey(Service, on_delete=models.CASCADE, null=True, related_name="+")
    department = models.ForeignKey(
        Department, on_delete=models.CASCADE, null=True, related_name="+"
    )
    channel = models.CharField(max_length=10)
    service_point = models.ForeignKey(
        ServicePoint, on_delete=models.CASCADE, null=True, related_name="+"
    )

    class Meta:
        abstract = True


class Figures(Dimensions):
    """A rollup row: its period and how much detail it keeps."""

    period = models.CharField(max_length=5, choices=Period.choices)
    starts_on = models.DateField()
    level = models.PositiveSmallIntegerField(choices=Level.choices, default=Level.DETAIL)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"{self.period} {self.starts_on} {self.channel}"


class CaseFact(Dimensions):
    """What the metrics need to know of one case, kept current by the rollups for the cases
    whose timeline changed; the day rows are sums of these, made by the database."""

    case = models.OneToOneField(
        "cases.Case", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    created_on = models.DateField(db_index=True)
    resolved_on = models.DateField(null=True, db_index=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, related_name="+"
    )
    resolved = models.BooleanField(default=False)
    first_contact = models.BooleanField(default=False)
    resolution_level = models.CharField(
        max_length=10, blank=True
    )  # front_line, consulted, forwarded
    response_bucket = models.PositiveSmallIntegerField(null=True)
    resolution_bucket = models.PositiveSmallIntegerField(null=True)
    response_state = models.CharField(max_length=10, blank=True)  # met, breached or ""
    resolution_state = models.CharField(max_length=10, blank=True)
    keywords = models.JSONField(default=list)  # [[stem, word], …] of the subject

    def __str__(self) -> str:
        return f"{self.case_id} {self.created_on}"


class CaseFigures(Figures):
    """Counts for the cases created in the period (the cohort) and the contacts and
    resolutions that happened in it, per handler."""

    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, related_name="+"
    )
    contacts = models.PositiveIntegerField(default=0)
    cases = models.PositiveIntegerField(default=0)
    resolved = models.PositiveIntegerField(default=0)  # of the cohort, resolved by now
    first_contact = models.PositiveIntegerField(default=0)
    front_line = models.PositiveIntegerField(default=0)
    consulted = models.PositiveIntegerField(default=0)
    forwarded = models.PositiveIntegerField(default=0)
    responded = models.PositiveIntegerField(default=0)
    response_targets = models.PositiveIntegerField(default=0)
    response_met = models.PositiveIntegerField(default=0)
    resolution_targets = models.PositiveIntegerField(default=0)
    resolution_met = models.PositiveIntegerField(default=0)
    resolved_in_period = models.PositiveIntegerField(default=0)  # throughput, any cohort

    MEASURES = (
        "contacts",
        "cases",
        "resolved",
        "first_contact",
        "front_line",
        "consulted",
        "forwarded",
        "responded",
        "response_targets",
        "response_met",
        "resolution_targets",
        "resolution_met",
        "resolved_in_period",
    )

    class Meta:
        indexes = [
            models.Index(fields=["period", "starts_on", "level"], name="casefig_period"),
            models.Index(fields=["period", "service", "starts_on"], name="casefig_service"),
            models.Index(fields=["period", "assignee", "starts_on"], name="casefig_assignee"),
        ]


class DurationFigures(Figures):
    """How many of the cohort's first responses or resolutions took a time in one bucket
    (business hours, buckets about 10 % wide): percentiles without reading the cases."""

    class Measure(models.TextChoices):
        FIRST_RESPONSE = "first_response", _("First response")
        RESOLUTION = "resolution", _("Resolution")

    measure = models.CharField(max_length=20, choices=Measure.choices)
    bucket = models.PositiveSmallIntegerField()
    count = models.PositiveIntegerField()

    class Meta:
        indexes = [
            models.Index(fields=["period", "starts_on", "level"], name="durfig_period"),
            models.Index(fields=["period", "service", "starts_on"], name="durfig_service"),
        ]


class KeywordFigures(models.Model):
    """The most frequent words in the subjects of the period's new cases (stemmed): per
    service in detail, and the city's own top words over every service."""

    period = models.CharField(max_length=5, choices=Period.choices)
    starts_on = models.DateField()
    level = models.PositiveSmallIntegerField(choices=Level.choices, default=Level.DETAIL)
    service = models.ForeignKey(Service, on_delete=models.CASCADE, null=True, related_name="+")
    keyword = models.CharField(max_length=60)
    word = models.CharField(max_length=60)
    count = models.PositiveIntegerField()

    class Meta:
        indexes = [
            models.Index(fields=["period", "starts_on", "level"], name="keyfig_period"),
            models.Index(fields=["period", "service", "starts_on"], name="keyfig_service"),
        ]

    def __str__(self) -> str:
        return f"{self.starts_on} {self.word} {self.count}"


class ContactVolume(models.Model):
    """Contacts that arrived in a 15-minute interval by channel, for forecasting.

    Luukku counts its own (new cases and customers' messages); a phone or queueing system's
    interval statistics can be imported beside them (`luukku contacts_import`) with the time
    spent handling them. Where a channel has imported figures, the planner uses those.
    """

    class Source(models.TextChoices):
        LUUKKU = "luukku", _("Recorded in Luukku")
        IMPORTED = "imported", _("Imported")

    starts_at = models.DateTimeField()
    channel = models.CharField(max_length=10)
    source = models.CharField(max_length=10, choices=Source.choices)
    contacts = models.PositiveIntegerField()
    handle_seconds = models.PositiveBigIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["starts_at", "channel"]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "channel", "starts_at"], name="volume_one_per_interval"
            )
        ]
        indexes = [models.Index(fields=["starts_at"], name="volume_starts_at")]

    def __str__(self) -> str:
        return f"{self.starts_at} {self.channel} {self.contacts}"


class RollupState(models.Model):
    """How far the rollups have read the timeline (a single row)."""

    last_event_id = models.BigIntegerField(default=0)
    refreshed_at = models.DateTimeField(null=True)

    def __str__(self) -> str:
        return f"{self.last_event_id} {self.refreshed_at}"
