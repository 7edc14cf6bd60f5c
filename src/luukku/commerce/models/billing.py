"""Money that comes later: invoices with their reference numbers and the bank's payments
matched to them, and online payments through a payment provider."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Invoice(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        PAID = "paid", _("Paid")
        CANCELLED = "cancelled", _("Cancelled")

    order = models.OneToOneField("commerce.Order", on_delete=models.PROTECT, related_name="invoice")
    number = models.PositiveIntegerField(_("invoice number"), unique=True)
    reference = models.CharField(_("reference"), max_length=20, unique=True)
    rf_reference = models.CharField(_("RF reference"), max_length=25, unique=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    issued_on = models.DateField(_("date"))
    due_on = models.DateField(_("due date"))
    amount_cents = models.PositiveIntegerField(_("amount"))
    paid_cents = models.PositiveIntegerField(default=0)
    # The buyer as invoiced (the name and address given for this invoice).
    buyer = models.JSONField(default=dict)
    exported_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-number"]
        verbose_name = _("invoice")
        verbose_name_plural = _("invoices")

    def __str__(self) -> str:
        return str(self.number)


class BankPayment(models.Model):
    """A payment from the bank's file, matched to an invoice by its reference (or left for
    a person to match when none fits)."""

    archive_id = models.CharField(_("archive id"), max_length=40, unique=True)
    reference = models.CharField(_("reference"), max_length=25, db_index=True)
    amount_cents = models.IntegerField(_("amount"))
    booked_on = models.DateField(_("booked"))
    payer_name = models.CharField(_("payer"), max_length=200, blank=True)
    invoice = models.ForeignKey(
        Invoice, on_delete=models.PROTECT, null=True, blank=True, related_name="bank_payments"
    )
    imported_at = models.DateTimeField()

    class Meta:
        ordering = ["-booked_on", "-pk"]
        verbose_name = _("bank payment")
        verbose_name_plural = _("bank payments")

    def __str__(self) -> str:
        return self.archive_id


class OnlinePayment(models.Model):
    """A payment the citizen makes at the provider: created, then settled once by the
    first signed redirect or callback that says how it went."""

    class Status(models.TextChoices):
        NEW = "new", _("Started")
        PENDING = "pending", _("Pending")
        OK = "ok", _("Paid")
        FAIL = "fail", _("Failed or cancelled")
        # Money that came after its order was cancelled or paid otherwise: never applied to
        # the order, given back to the payer's account by the worker.
        LATE = "late", _("Paid after the order closed; to be refunded")
        REFUNDED = "refunded", _("Paid after the order closed; refunded")

    order = models.ForeignKey(
        "commerce.Order", on_delete=models.PROTECT, related_name="online_payments"
    )
    provider = models.CharField(max_length=20, default="paytrail")
    stamp = models.CharField(max_length=64, unique=True)
    transaction_id = models.CharField(max_length=80, blank=True, db_index=True)
    amount_cents = models.PositiveIntegerField()
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.NEW)
    created_at = models.DateTimeField()
    settled_at = models.DateTimeField(null=True, blank=True)
    callbacks = models.PositiveIntegerField(default=0)
    refund_transaction_id = models.CharField(max_length=80, blank=True)
    refunded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("online payment")
        verbose_name_plural = _("online payments")

    def __str__(self) -> str:
        return self.stamp
