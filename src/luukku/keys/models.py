"""The key and access-right register: the buildings and their areas (doors, floors, rooms),
the key series (a mechanical key and its copies, or a kind of access card) with what they
open, each key or card, a card's access rights by area and time, the loans of keys to their
holders, and the lock changes a lost key requires (docs/keys.md)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

WEEKDAYS = "1234567"  # ISO weekdays, Monday 1


class Building(models.Model):
    """A building whose keys the service point keeps (the city hall)."""

    code = models.CharField(_("code"), max_length=20, unique=True)
    name = models.CharField(_("name"), max_length=200)
    street_address = models.CharField(_("street address"), max_length=200, blank=True)
    service_point = models.ForeignKey(
        "organisation.ServicePoint",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="buildings",
        verbose_name=_("service point"),
        help_text=_("The service point that lends the building's keys."),
    )
    service = models.ForeignKey(
        "catalogue.Service",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("service"),
        help_text=_("The service a loan's case is opened under."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("building")
        verbose_name_plural = _("buildings")

    def __str__(self) -> str:
        return self.name


class Area(models.Model):
    """A door or an area of a building that a key opens (main entrance, council chamber)."""

    building = models.ForeignKey(
        Building, on_delete=models.PROTECT, related_name="areas", verbose_name=_("building")
    )
    code = models.CharField(_("code"), max_length=20)
    name = models.CharField(_("name"), max_length=200)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["building", "position", "code"]
        verbose_name = _("area")
        verbose_name_plural = _("areas")
        constraints = [
            models.UniqueConstraint(fields=["building", "code"], name="keys_area_unique_code")
        ]

    def __str__(self) -> str:
        return self.name


class KeySeries(models.Model):
    """A key and its copies (one cut, one set of doors), or a kind of access card; the
    deposit a holder who is not an employee pays for one of them."""

    class Kind(models.TextChoices):
        MECHANICAL = "mechanical", _("Mechanical key")
        CARD = "card", _("Access card")

    building = models.ForeignKey(
        Building, on_delete=models.PROTECT, related_name="series", verbose_name=_("building")
    )
    code = models.CharField(_("code"), max_length=20, unique=True)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    areas = models.ManyToManyField(
        Area,
        blank=True,
        related_name="series",
        verbose_name=_("opens"),
        help_text=_("The doors and areas a key of the series opens (a card: those it may open)."),
    )
    deposit_product = models.ForeignKey(
        "commerce.Product",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        limit_choices_to={"kind": "deposit"},
        verbose_name=_("deposit"),
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("key series")
        verbose_name_plural = _("key series")

    def __str__(self) -> str:
        return f"{self.code} {self.name}"

    @property
    def is_card(self) -> bool:
        return self.kind == self.Kind.CARD


class Key(models.Model):
    """One key or card: a copy of its series, with the serial stamped on it or the card's id."""

    class Status(models.TextChoices):
        IN_STORE = "in_store", _("In store")
        LENT = "lent", _("Lent")
        LOST = "lost", _("Lost")
        BLOCKED = "blocked", _("Blocked")
        RETIRED = "retired", _("Retired")

    series = models.ForeignKey(
        KeySeries, on_delete=models.PROTECT, related_name="keys", verbose_name=_("series")
    )
    copy_number = models.PositiveSmallIntegerField(_("copy"))
    serial = models.CharField(_("serial or card number"), max_length=40, unique=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.IN_STORE
    )
    notes = models.CharField(_("notes"), max_length=300, blank=True)

    class Meta:
        ordering = ["series__code", "copy_number"]
        verbose_name = _("key")
        verbose_name_plural = _("keys")
        constraints = [
            models.UniqueConstraint(fields=["series", "copy_number"], name="keys_key_unique_copy"),
            models.CheckConstraint(condition=Q(copy_number__gte=1), name="keys_key_copy_positive"),
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return f"{self.series.code}/{self.copy_number}"


class AccessRight(models.Model):
    """A card opens an area on some weekdays between two times, from one day (until
    another); a blocked card's rights end at the moment it was blocked."""

    card = models.ForeignKey(
        Key, on_delete=models.CASCADE, related_name="rights", verbose_name=_("card")
    )
    area = models.ForeignKey(
        Area, on_delete=models.PROTECT, related_name="rights", verbose_name=_("area")
    )
    weekdays = models.CharField(_("weekdays"), max_length=7, default="12345")
    starts = models.TimeField(_("from"))
    ends = models.TimeField(_("until"))
    valid_from = models.DateField(_("valid from"))
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    ended_at = models.DateTimeField(_("ended"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )

    class Meta:
        ordering = ["area__position", "valid_from", "pk"]
        verbose_name = _("access right")
        verbose_name_plural = _("access rights")
        constraints = [
            models.CheckConstraint(
                condition=Q(starts__lt=models.F("ends")), name="keys_right_hours"
            ),
            models.CheckConstraint(
                condition=Q(valid_until__isnull=True) | Q(valid_from__lte=models.F("valid_until")),
                name="keys_right_validity",
            ),
            models.CheckConstraint(condition=~Q(weekdays=""), name="keys_right_weekdays"),
        ]

    def __str__(self) -> str:
        return f"{self.card} {self.area}"

    @property
    def weekday_numbers(self) -> list[int]:
        return [int(d) for d in self.weekdays]


class Loan(models.Model):
    """A key in someone's hands: an employee's, or a customer's (an association for its
    booked turns, a person, a contractor) with the contact details they gave, for a
    purpose, until a due day; with the deposit's order and the case the loan's steps are on."""

    class HolderKind(models.TextChoices):
        EMPLOYEE = "employee", _("Employee")
        ASSOCIATION = "association", _("Association")
        PERSON = "person", _("Person")
        CONTRACTOR = "contractor", _("Contractor")

    key = models.ForeignKey(Key, on_delete=models.PROTECT, related_name="loans")
    holder_kind = models.CharField(_("holder"), max_length=20, choices=HolderKind.choices)
    employee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="key_loans",
        verbose_name=_("employee"),
    )
    customer = models.ForeignKey(
        "customers.Customer",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="key_loans",
        verbose_name=_("customer"),
    )
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("e-mail given"), blank=True)
    contact_phone = models.CharField(_("phone given"), max_length=40, blank=True)
    language = models.CharField(_("language"), max_length=2, default="fi")
    purpose = models.CharField(_("purpose"), max_length=300)
    lent_at = models.DateTimeField(_("lent"))
    lent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    due_on = models.DateField(_("due"), null=True, blank=True)
    reminded_for = models.DateField(_("reminded for the due day"), null=True, blank=True)
    returned_at = models.DateTimeField(_("returned"), null=True, blank=True)
    received_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    lost_at = models.DateTimeField(_("reported lost"), null=True, blank=True)
    lost_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    loss_note = models.CharField(_("how it was lost"), max_length=500, blank=True)
    order = models.ForeignKey(
        "commerce.Order",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("deposit"),
    )
    case = models.ForeignKey(
        "cases.Case", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-lent_at", "-pk"]
        verbose_name = _("key loan")
        verbose_name_plural = _("key loans")
        indexes = [models.Index(fields=["due_on"], name="keys_loan_due")]
        constraints = [
            models.UniqueConstraint(
                fields=["key"],
                condition=Q(returned_at__isnull=True, lost_at__isnull=True),
                name="keys_loan_one_open_per_key",
                violation_error_message=_("The key is lent already."),
            ),
            models.CheckConstraint(
                condition=(
                    Q(holder_kind="employee", employee__isnull=False, customer__isnull=True)
                    | (~Q(holder_kind="employee") & Q(employee__isnull=True))
                ),
                name="keys_loan_holder",
            ),
            models.CheckConstraint(
                condition=Q(returned_at__isnull=True) | Q(lost_at__isnull=True),
                name="keys_loan_returned_or_lost",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.key} {self.holder_name}"

    @property
    def holder_name(self) -> str:
        if self.employee_id:
            return str(self.employee)
        if self.customer_id:
            name = self.customer.display_name
            if self.contact_name and self.contact_name != name:
                return f"{name} ({self.contact_name})"
            return name
        return self.contact_name

    @property
    def is_open(self) -> bool:
        return self.returned_at is None and self.lost_at is None


class LockChange(models.Model):
    """The lock change a lost mechanical key requires: the doors of its series are rekeyed
    (recorded as a task for the building's caretaker, marked done when done)."""

    series = models.ForeignKey(
        KeySeries, on_delete=models.PROTECT, related_name="lock_changes", verbose_name=_("series")
    )
    loan = models.ForeignKey(
        Loan, on_delete=models.PROTECT, null=True, blank=True, related_name="lock_changes"
    )
    reason = models.CharField(_("reason"), max_length=500)
    requested_at = models.DateTimeField(_("requested"))
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    done_at = models.DateTimeField(_("done"), null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-requested_at", "-pk"]
        verbose_name = _("lock change")
        verbose_name_plural = _("lock changes")

    def __str__(self) -> str:
        return f"{self.series.code} {self.requested_at:%Y-%m-%d}"
