"""An order: lines of products for a customer (or an anonymous cash sale), its payments,
refunds and, for a document package, the parts its experts fulfil."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from luukku.core.models import TimeStamped

from .products import CustomerGroup, DiscountProof


class Order(TimeStamped):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        OPEN = "open", _("Waiting for payment")
        PAID = "paid", _("Paid")
        INVOICED = "invoiced", _("Invoiced")
        CANCELLED = "cancelled", _("Cancelled")

    class Channel(models.TextChoices):
        COUNTER = "counter", _("Counter")
        CASE = "case", _("From a case")
        ONLINE = "online", _("Online")

    class Delivery(models.TextChoices):
        HANDED = "handed", _("Handed over at once")
        PICKUP = "pickup", _("Pickup at the service point")
        MAIL = "mail", _("By post")
        EMAIL = "email", _("By e-mail")

    # Shown to the customer and on the receipt; the private link's token is the secret.
    number = models.CharField(_("order number"), max_length=20, unique=True)
    token = models.CharField(max_length=43, unique=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    channel = models.CharField(_("channel"), max_length=10, choices=Channel.choices)
    customer = models.ForeignKey(
        "customers.Customer",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="orders",
    )
    case = models.ForeignKey(
        "cases.Case", on_delete=models.PROTECT, null=True, blank=True, related_name="orders"
    )
    service_point = models.ForeignKey(
        "organisation.ServicePoint",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    group = models.CharField(
        _("customer group"),
        max_length=12,
        choices=CustomerGroup.choices,
        default=CustomerGroup.RESIDENT,
    )
    proof = models.ForeignKey(
        "commerce.DiscountProof", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # The name and addresses given for this order: its receipt and messages go there.
    contact_name = models.CharField(_("name"), max_length=200, blank=True)
    contact_email = models.EmailField(_("e-mail"), blank=True)
    contact_phone = models.CharField(_("phone"), max_length=20, blank=True)
    language = models.CharField(max_length=2, default="fi")
    delivery = models.CharField(
        _("delivery"), max_length=8, choices=Delivery.choices, default=Delivery.HANDED
    )
    total_cents = models.PositiveIntegerField(default=0)
    paid_cents = models.PositiveIntegerField(default=0)
    refunded_cents = models.PositiveIntegerField(default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    placed_at = models.DateTimeField(null=True, blank=True)
    paid_at = models.DateTimeField(null=True, blank=True)
    ready_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("order")
        verbose_name_plural = _("orders")
        indexes = [models.Index(fields=["status", "created_at"], name="order_status_created")]
        constraints = [
            models.CheckConstraint(
                condition=Q(refunded_cents__lte=models.F("paid_cents")), name="refund_within_paid"
            ),
        ]

    def __str__(self) -> str:
        return self.number

    @property
    def balance_cents(self) -> int:
        """What is still to pay (refunds give back what was paid for returned lines)."""
        if self.status == self.Status.CANCELLED:
            return 0
        return max(self.total_cents - self.paid_cents, 0)

    @property
    def proof_seen(self) -> bool:
        """A discount group's price on an anonymous sale: the agent said they saw a proof."""
        return (
            self.customer_id is None
            and self.proof_id is None
            and self.group in set(DiscountProof.GROUPS.values())
        )

    @property
    def is_package(self) -> bool:
        return self.parts.exists()


class OrderLine(models.Model):
    """A product as sold: its name, price and VAT copied at the sale, so later changes of
    the product leave the order as it was."""

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="lines")
    product = models.ForeignKey(
        "commerce.Product", on_delete=models.PROTECT, related_name="order_lines"
    )
    name = models.CharField(_("product"), max_length=200)
    quantity = models.PositiveIntegerField(_("quantity"), default=1)
    unit_price_cents = models.PositiveIntegerField(_("unit price"))
    vat_percent = models.DecimalField(_("VAT %"), max_digits=4, decimal_places=1)
    vat_code = models.CharField(max_length=10, blank=True)
    cost_centre = models.CharField(max_length=20, blank=True)
    account = models.CharField(max_length=20, blank=True)
    refunded_quantity = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("order line")
        verbose_name_plural = _("order lines")
        constraints = [
            models.CheckConstraint(
                condition=Q(refunded_quantity__lte=models.F("quantity")),
                name="line_refund_within_quantity",
            ),
            models.CheckConstraint(condition=Q(quantity__gte=1), name="line_quantity_positive"),
        ]

    def __str__(self) -> str:
        return f"{self.quantity} × {self.name}"

    @property
    def total_cents(self) -> int:
        return self.quantity * self.unit_price_cents


class OrderPart(models.Model):
    """A part of a document package, the task of one expert (a consultation on the
    order's case) with its due time."""

    class Status(models.TextChoices):
        WAITING = "waiting", _("In preparation")
        DONE = "done", _("Ready")
        CANCELLED = "cancelled", _("Cancelled")

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="parts")
    product_part = models.ForeignKey(
        "commerce.ProductPart", on_delete=models.PROTECT, related_name="+"
    )
    name = models.CharField(_("part"), max_length=200)
    consultation = models.OneToOneField(
        "cases.Consultation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="order_part",
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.WAITING)
    due_at = models.DateTimeField(_("due"))
    done_at = models.DateTimeField(null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("package part")
        verbose_name_plural = _("package parts")

    def __str__(self) -> str:
        return self.name
