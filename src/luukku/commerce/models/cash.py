"""Money taken: the registers of the service points and their days (opening float, X and
Z reports), payments and refunds with their methods, and receipts."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Register(models.Model):
    """A cash register (kassa) at a service point."""

    service_point = models.ForeignKey(
        "organisation.ServicePoint", on_delete=models.PROTECT, related_name="registers"
    )
    name = models.CharField(_("name"), max_length=100)
    active = models.BooleanField(_("in use"), default=True)

    class Meta:
        ordering = ["service_point", "name"]
        verbose_name = _("cash register")
        verbose_name_plural = _("cash registers")

    def __str__(self) -> str:
        return f"{self.service_point} – {self.name}"


class RegisterDay(models.Model):
    """A register's day from the opening float to the Z report (a shift: a register may
    be opened again the same day after its Z report). A closed day is never changed again: a
    correction is a new entry on an open day."""

    register = models.ForeignKey(Register, on_delete=models.PROTECT, related_name="days")
    business_date = models.DateField(_("date"))
    opening_float_cents = models.PositiveIntegerField(_("opening float"))
    opened_at = models.DateTimeField()
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    closed_at = models.DateTimeField(null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    z_number = models.PositiveIntegerField(null=True, blank=True)
    expected_cash_cents = models.IntegerField(null=True, blank=True)
    counted_cash_cents = models.IntegerField(null=True, blank=True)
    explanation = models.TextField(_("explanation of the difference"), blank=True)
    # The Z report as it was when the day closed (totals per method, VAT rate, product).
    z_report = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["register", "-business_date"]
        verbose_name = _("register day")
        verbose_name_plural = _("register days")
        constraints = [
            models.UniqueConstraint(
                fields=["register"], condition=Q(closed_at__isnull=True), name="one_open_day"
            ),
            models.UniqueConstraint(fields=["register", "z_number"], name="unique_z_number"),
        ]

    def __str__(self) -> str:
        return f"{self.register} {self.business_date:%d.%m.%Y}"

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


class Payment(models.Model):
    """Money in (a payment) or out (a refund) on an order, by one method. A split payment
    is several rows. A refund's lines say what was returned."""

    class Kind(models.TextChoices):
        PAYMENT = "payment", _("Payment")
        REFUND = "refund", _("Refund")

    class Method(models.TextChoices):
        CASH = "cash", _("Cash")
        CARD = "card", _("Card")
        VOUCHER = "voucher", _("Voucher")
        INVOICE = "invoice", _("Invoice")
        ONLINE = "online", _("Online payment")
        BANK = "bank", _("Bank transfer")

    order = models.ForeignKey("commerce.Order", on_delete=models.PROTECT, related_name="payments")
    kind = models.CharField(max_length=8, choices=Kind.choices, default=Kind.PAYMENT)
    method = models.CharField(_("method"), max_length=8, choices=Method.choices)
    amount_cents = models.PositiveIntegerField(_("amount"))
    # Cash: what the customer handed over; the change is the difference.
    tendered_cents = models.PositiveIntegerField(null=True, blank=True)
    # Card: the terminal's receipt number (never a card number). Voucher: its provider.
    terminal_receipt = models.CharField(_("terminal receipt"), max_length=40, blank=True)
    voucher_provider = models.CharField(_("voucher"), max_length=30, blank=True)
    # Online or bank: the provider's transaction, the bank's archive id.
    external_id = models.CharField(max_length=80, blank=True)
    register_day = models.ForeignKey(
        RegisterDay, on_delete=models.PROTECT, null=True, blank=True, related_name="payments"
    )
    corrects = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="corrections"
    )
    reason = models.CharField(_("reason"), max_length=200, blank=True)
    at = models.DateTimeField()
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("payment")
        verbose_name_plural = _("payments")
        indexes = [models.Index(fields=["at"], name="payment_at")]
        constraints = [
            models.CheckConstraint(condition=Q(amount_cents__gt=0), name="payment_positive"),
            models.UniqueConstraint(
                fields=["method", "external_id", "kind"],
                condition=~Q(external_id=""),
                name="one_payment_per_transaction",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.method} {self.amount_cents}"

    @property
    def change_cents(self) -> int:
        if self.tendered_cents is None:
            return 0
        return self.tendered_cents - self.amount_cents

    @property
    def signed_cents(self) -> int:
        return self.amount_cents if self.kind == self.Kind.PAYMENT else -self.amount_cents


class RefundLine(models.Model):
    """What a refund gave back: a quantity of an order line and its amount."""

    payment = models.ForeignKey(Payment, on_delete=models.CASCADE, related_name="refund_lines")
    line = models.ForeignKey("commerce.OrderLine", on_delete=models.PROTECT, related_name="+")
    quantity = models.PositiveIntegerField()
    amount_cents = models.PositiveIntegerField()

    class Meta:
        ordering = ["payment", "pk"]

    def __str__(self) -> str:
        return f"{self.quantity} × {self.line_id}"


class NumberSeries(models.Model):
    """The last number given in a series ("receipt-2026", "invoice"): receipts, invoices
    and Z reports are numbered without gaps."""

    key = models.CharField(max_length=40, primary_key=True)
    last = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.key} {self.last}"


class Receipt(models.Model):
    """A receipt as the law requires it: the seller, its business ID, the date, a unique
    number, what was sold, VAT per rate and the total (the content is kept as issued)."""

    number = models.CharField(max_length=20, unique=True)
    order = models.ForeignKey("commerce.Order", on_delete=models.PROTECT, related_name="receipts")
    payments = models.ManyToManyField(Payment, related_name="receipts")
    issued_at = models.DateTimeField()
    content = models.JSONField(default=dict)
    emailed_to = models.EmailField(blank=True)

    class Meta:
        ordering = ["-issued_at", "-pk"]
        verbose_name = _("receipt")
        verbose_name_plural = _("receipts")

    def __str__(self) -> str:
        return self.number
