"""What the city sells: products in three languages, their prices per customer group and
VAT rates, each valid for a period so that an old order keeps what it was sold at, the parts
of a document package that experts fulfil, and the discount proofs an agent has checked."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from luukku.core.models import TimeStamped


class CustomerGroup(models.TextChoices):
    """Whom a price is for. A discount group needs a checked proof (`DiscountProof`)."""

    RESIDENT = "resident", _("Resident")
    SENIOR = "senior", _("Senior")
    STUDENT = "student", _("Student")
    CONSCRIPT = "conscript", _("Conscript")
    UNEMPLOYED = "unemployed", _("Unemployed")
    ASSOCIATION = "association", _("Association")
    COMPANY = "company", _("Company")
    INTERNAL = "internal", _("Internal customer")


class Product(TimeStamped):
    class Kind(models.TextChoices):
        GOODS = "goods", _("Goods")
        SERVICE = "service", _("Service")
        FEE = "fee", _("Fee")
        DEPOSIT = "deposit", _("Deposit")
        PACKAGE = "package", _("Document package")

    code = models.CharField(_("product code"), max_length=30, unique=True)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    service = models.ForeignKey(
        "catalogue.Service",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="products",
        verbose_name=_("service"),
        help_text=_("The service a sale of this product is recorded under."),
    )
    service_points = models.ManyToManyField(
        "organisation.ServicePoint",
        blank=True,
        related_name="products",
        verbose_name=_("sold at"),
        help_text=_("Leave empty to sell it at every service point."),
    )
    sold_online = models.BooleanField(_("sold online"), default=False)
    # The city's ledger: where the sale is booked.
    cost_centre = models.CharField(_("cost centre"), max_length=20, blank=True)
    account = models.CharField(_("account"), max_length=20, blank=True)
    active = models.BooleanField(_("on sale"), default=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("product")
        verbose_name_plural = _("products")

    def __str__(self) -> str:
        return f"{self.code} {self.name}"


class VatRate(models.Model):
    """The VAT a product is sold with from a day on (a new row when the law changes)."""

    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="vat_rates")
    percent = models.DecimalField(
        _("VAT %"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(0), MaxValueValidator(50)],
    )
    vat_code = models.CharField(_("VAT code"), max_length=10, blank=True)
    valid_from = models.DateField(_("valid from"))

    class Meta:
        ordering = ["product", "-valid_from"]
        verbose_name = _("VAT rate")
        verbose_name_plural = _("VAT rates")
        constraints = [
            models.UniqueConstraint(fields=["product", "valid_from"], name="one_vat_rate_a_day")
        ]

    def __str__(self) -> str:
        return f"{self.product.code} {self.percent} % {self.valid_from:%d.%m.%Y}"


class Price(models.Model):
    """A product's price, VAT included, for a customer group from a day on."""

    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="prices")
    group = models.CharField(_("customer group"), max_length=12, choices=CustomerGroup.choices)
    amount_cents = models.PositiveIntegerField(_("price (cents, VAT included)"))
    valid_from = models.DateField(_("valid from"))
    valid_until = models.DateField(_("valid until"), null=True, blank=True)

    class Meta:
        ordering = ["product", "group", "-valid_from"]
        verbose_name = _("price")
        verbose_name_plural = _("prices")
        constraints = [
            models.UniqueConstraint(
                fields=["product", "group", "valid_from"], name="one_price_a_day"
            ),
            models.CheckConstraint(
                condition=Q(valid_until__isnull=True) | Q(valid_until__gte=models.F("valid_from")),
                name="price_period_forward",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.product.code} {self.group} {self.amount_cents}"


class ProductPart(models.Model):
    """A part of a document package (the builder's package's map extract, zoning plan…),
    fulfilled within `days` working days by the expert named, or else by the expert queue
    of `department` (a consultation on the order's case)."""

    product = models.ForeignKey(Product, on_delete=models.CASCADE, related_name="parts")
    name = models.CharField(_("name"), max_length=200)
    department = models.ForeignKey(
        "organisation.Department",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("expert queue"),
    )
    expert = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("expert"),
    )
    days = models.PositiveSmallIntegerField(_("working days"), default=5)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["product", "position", "pk"]
        verbose_name = _("package part")
        verbose_name_plural = _("package parts")

    def __str__(self) -> str:
        return self.name


class DiscountProof(TimeStamped):
    """A proof of a discount group an agent has seen (a student card, a decision on
    unemployment): the kind and until when, never a copy of the document."""

    class Kind(models.TextChoices):
        STUDENT = "student", _("Student card")
        UNEMPLOYED = "unemployed", _("Unemployment")
        CONSCRIPT = "conscript", _("Conscript's card")
        PENSIONER = "pensioner", _("Pension card")

    GROUPS = {
        Kind.STUDENT: CustomerGroup.STUDENT,
        Kind.UNEMPLOYED: CustomerGroup.UNEMPLOYED,
        Kind.CONSCRIPT: CustomerGroup.CONSCRIPT,
        Kind.PENSIONER: CustomerGroup.SENIOR,
    }

    customer = models.ForeignKey(
        "customers.Customer", on_delete=models.CASCADE, related_name="discount_proofs"
    )
    kind = models.CharField(_("proof"), max_length=12, choices=Kind.choices)
    valid_until = models.DateField(_("valid until"))
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    checked_at = models.DateTimeField(_("checked"))

    class Meta:
        ordering = ["customer", "-valid_until"]
        verbose_name = _("discount proof")
        verbose_name_plural = _("discount proofs")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.valid_until:%d.%m.%Y}"
