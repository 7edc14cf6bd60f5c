"""Customers: persons, organisations and the city's own staff as internal customers.

Everything here is personal data: reads and changes go through the privacy log.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Upper
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from luukku.core.models import TimeStamped
from luukku.organisation.models import Department


class ActiveCustomerManager(models.Manager):
    """The records in use: not merged into another."""

    def get_queryset(self):
        return super().get_queryset().filter(merged_into__isnull=True)


# The details that identify a person or reach them, beside their name: given in a
# data-subject export and blanked by the erasure (customers.subject_data, services).
CONTACT_DETAILS = (
    "identity_code",
    "business_id",
    "email",
    "phone",
    "street_address",
    "postal_code",
    "post_office",
)


class Customer(TimeStamped):
    class Kind(models.TextChoices):
        PERSON = "person", _("Person")
        ORGANISATION = "organisation", _("Organisation")
        INTERNAL = "internal", _("Internal customer")

    class Sector(models.TextChoices):
        ASSOCIATION = "association", _("Association")
        COMPANY = "company", _("Company")
        PUBLIC = "public", _("Public body")
        PARISH = "parish", _("Parish or foundation")

    class Language(models.TextChoices):
        FI = "fi", _("Finnish")
        SV = "sv", _("Swedish")
        EN = "en", _("English")

    class ContactChannel(models.TextChoices):
        EMAIL = "email", _("E-mail")
        PHONE = "phone", _("Phone")
        SMS = "sms", _("Text message")
        LETTER = "letter", _("Letter")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.PERSON)
    first_name = models.CharField(_("first name"), max_length=100, blank=True)
    last_name = models.CharField(_("last name"), max_length=100, blank=True)
    organisation_name = models.CharField(_("organisation name"), max_length=200, blank=True)
    identity_code = models.CharField(
        _("personal identity code"), max_length=11, blank=True, db_index=True
    )
    business_id = models.CharField(_("business ID"), max_length=9, blank=True, db_index=True)
    # An organisation's sector, for segments such as "the associations" (relationships).
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices, blank=True)
    internal_department = models.ForeignKey(
        Department,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="internal_customers",
        verbose_name=_("department"),
    )
    email = models.EmailField(_("e-mail"), blank=True, db_index=True)
    email_failing_since = models.DateTimeField(
        _("e-mail failing since"),
        null=True,
        blank=True,
        help_text=_("Mail to this address has bounced; confirm the address with the customer."),
    )
    phone = models.CharField(_("phone"), max_length=20, blank=True, db_index=True)
    street_address = models.CharField(_("street address"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    post_office = models.CharField(_("post office"), max_length=100, blank=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=2, choices=Language.choices, default=Language.FI
    )
    preferred_channel = models.CharField(
        _("preferred contact channel"),
        max_length=10,
        choices=ContactChannel.choices,
        default=ContactChannel.EMAIL,
    )
    notes = models.TextField(_("notes"), blank=True)
    # The one-handler model: the customer's own handler and the substitute who steps in.
    handler = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="customers_handled",
        verbose_name=_("named handler"),
    )
    substitute = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="customers_substituted",
        verbose_name=_("substitute"),
    )

    # A record found to be the same person as another and merged into it: kept (its access
    # log stays with it, append-only) but hidden from searches, lists and matching.
    merged_into = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="merged_records",
        verbose_name=_("merged into"),
    )
    merged_at = models.DateTimeField(_("merged"), null=True, blank=True)
    # Data-subject rights (privacy): a record under a legal hold is neither erased nor
    # anonymised; an erased record keeps its row (the access log refers to it) with its
    # personal fields blanked and the time of the erasure.
    legal_hold = models.BooleanField(
        _("legal hold"),
        default=False,
        help_text=_("Kept whole for a dispute, an appeal or an authority's request."),
    )
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)

    objects = models.Manager()
    active = ActiveCustomerManager()

    class Meta:
        ordering = ["last_name", "first_name", "organisation_name"]
        base_manager_name = "objects"
        default_manager_name = "objects"
        verbose_name = _("customer")
        verbose_name_plural = _("customers")
        indexes = [
            # Matching a contact to a record compares addresses case-blind (`email__iexact`,
            # `customers.selectors.customer_match`): without this every registration read
            # every customer, twice (issue 34).
            models.Index(Upper("email"), name="customer_email_upper"),
            # The possible duplicates of a record by name at the same address (case-blind,
            # `customer_possible_duplicates`): without this the case page read every customer
            # (79 ms at 250,000) for a customer with a street address.
            models.Index(Upper("last_name"), Upper("first_name"), name="customer_name_upper"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind="person") | ~Q(first_name="") | ~Q(last_name=""),
                name="person_has_name",
            ),
            models.CheckConstraint(
                condition=Q(kind="person") | ~Q(organisation_name=""),
                name="organisation_has_name",
            ),
            models.UniqueConstraint(
                fields=["identity_code"],
                condition=~Q(identity_code=""),
                name="customer_unique_identity_code",
            ),
            models.CheckConstraint(
                condition=~Q(merged_into=models.F("pk")), name="customer_not_merged_into_itself"
            ),
            models.CheckConstraint(
                condition=Q(handler__isnull=True)
                | Q(substitute__isnull=True)
                | ~Q(handler=models.F("substitute")),
                name="customer_substitute_differs",
                violation_error_message=_("The substitute must be someone other than the handler."),
            ),
        ]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        if self.kind == self.Kind.ORGANISATION:
            return self.organisation_name
        name = f"{self.first_name} {self.last_name}".strip()
        if self.kind == self.Kind.INTERNAL and self.organisation_name:
            return f"{name} ({self.organisation_name})"
        return name

    @property
    def masked_identity_code(self) -> str:
        """The date-of-birth part only; the full code is shown on request and logged."""
        if not self.identity_code:
            return ""
        return self.identity_code[:7] + "****"


class CustomerDistinct(models.Model):
    """Two records that a person checked and found to be different people who share an
    address (a family's e-mail, a couple's phone): no longer offered as possible duplicates.
    The pair is stored once, the lower id first."""

    first = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="+")
    second = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="+")
    marked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    marked_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("different people")
        verbose_name_plural = _("different people")
        constraints = [
            models.UniqueConstraint(fields=["first", "second"], name="customer_distinct_once"),
            models.CheckConstraint(
                condition=Q(first__lt=models.F("second")), name="customer_distinct_ordered"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.first_id} ≠ {self.second_id}"


class CustomerEventQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise ValueError("The customer's timeline is append-only.")


class CustomerEvent(models.Model):
    """One entry of a customer's own timeline: what happened with the customer outside
    any one case (an announcement received, a meeting of their customer plan and its
    minutes, feedback they gave, a survey answered). Append-only; written by the named
    constructors in `customers.events`, each kind shown by `customers/events/<kind>.html`.
    The anonymisation of the customer removes the entries (`customers.services`)."""

    class Kind(models.TextChoices):
        ANNOUNCEMENT = "announcement", _("Announcement")
        PLAN = "plan", _("Customer plan")
        MEETING = "meeting", _("Meeting")
        FEEDBACK = "feedback", _("Feedback")
        SURVEY = "survey", _("Satisfaction survey")
        CONTACT = "contact", _("Contact")

    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    at = models.DateTimeField(_("time"), default=timezone.now)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    # A line for the lists, in the words of whoever wrote it (a subject, a meeting's title).
    title = models.CharField(_("title"), max_length=300, blank=True)
    body = models.TextField(_("text"), blank=True)
    # Plain values the kind's template shows (ids of the app's rows, a status).
    data = models.JSONField(default=dict, blank=True)

    objects = CustomerEventQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("customer timeline event")
        verbose_name_plural = _("customer timeline events")
        indexes = [models.Index(fields=["customer", "-at"], name="customer_event_at")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.at:%Y-%m-%d %H:%M}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("The customer's timeline is append-only.")
        super().save(*args, **kwargs)
