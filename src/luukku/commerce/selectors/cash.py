"""A register day's figures: the X report at any moment and the Z report that closes it —
totals per payment method, per VAT rate and per product, refunds and corrections, and the
cash that should be in the drawer."""

from collections import defaultdict

from ..models import Order, OrderLine, Payment, RefundLine, RegisterDay
from .pricing import vat_rows


def _products(lines, sign: int, products: dict) -> dict[str, int]:
    """Add the lines (OrderLine with its quantity, or RefundLine) to the product totals;
    the gross per VAT rate."""
    gross_by_rate: dict[str, int] = defaultdict(int)
    for line, quantity, amount in lines:
        key = line.product.code
        row = products.setdefault(
            key,
            {
                "code": key,
                "name": line.product.name_fi or line.product.name,
                # The live report's reader sees the name in their language; the stored Z
                # report keeps all three beside the Finnish one the accounts use.
                "names": {
                    language: getattr(line.product, f"name_{language}", "") or ""
                    for language in ("fi", "sv", "en")
                },
                "quantity": 0,
                "gross_cents": 0,
                "account": line.account,
                "cost_centre": line.cost_centre,
            },
        )
        row["quantity"] += sign * quantity
        row["gross_cents"] += sign * amount
        gross_by_rate[str(line.vat_percent)] += amount
    return gross_by_rate


def day_report(day: RegisterDay) -> dict:
    """The day's figures as of now (the X report); for a closed day, use `day.z_report`."""
    payments = list(day.payments.select_related("order").order_by("at", "pk"))
    methods = {
        m: {
            "method": m,
            "label": str(Payment.Method(m).label),
            "payments_cents": 0,
            "refunds_cents": 0,
            "net_cents": 0,
        }
        for m in Payment.Method.values
    }
    for p in payments:
        row = methods[p.method]
        row["payments_cents" if p.kind == Payment.Kind.PAYMENT else "refunds_cents"] += (
            p.amount_cents
        )
        row["net_cents"] += p.signed_cents
    sold_orders = {
        p.order_id for p in payments if p.kind == Payment.Kind.PAYMENT and p.corrects_id is None
    }
    sold = [
        (line, line.quantity, line.total_cents)
        for line in OrderLine.objects.filter(order__in=sold_orders).select_related("product")
    ]
    refund_ids = [p.pk for p in payments if p.kind == Payment.Kind.REFUND and p.corrects_id is None]
    returned = [
        (rl.line, rl.quantity, rl.amount_cents)
        for rl in RefundLine.objects.filter(payment__in=refund_ids).select_related("line__product")
    ]
    products: dict[str, dict] = {}
    sales_by_rate = _products(sold, 1, products)
    refunds_by_rate = _products(returned, -1, products)
    cash = sum(p.signed_cents for p in payments if p.method == Payment.Method.CASH)
    corrections = [p for p in payments if p.corrects_id is not None]
    return {
        "register": str(day.register),
        "business_date": day.business_date.isoformat(),
        "opening_float_cents": day.opening_float_cents,
        "methods": [
            row for row in methods.values() if row["payments_cents"] or row["refunds_cents"]
        ],
        "sales_vat": vat_rows(sales_by_rate),
        "refunds_vat": vat_rows(refunds_by_rate),
        "products": sorted(products.values(), key=lambda r: r["code"]),
        "orders": len(sold_orders),
        "sales_cents": sum(amount for _line, _q, amount in sold),
        "refunds_cents": sum(amount for _line, _q, amount in returned),
        "corrections": [
            {
                "payment": p.corrects_id,
                "kind": p.kind,
                "method": p.method,
                "amount_cents": p.amount_cents,
                "reason": p.reason,
            }
            for p in corrections
        ],
        "expected_cash_cents": day.opening_float_cents + cash,
    }


def open_day(register) -> RegisterDay | None:
    return register.days.filter(closed_at__isnull=True).first()


def registers_with_days():
    """Every register in use with its open day (None when closed)."""
    from ..models import Register

    registers = list(Register.objects.filter(active=True).select_related("service_point"))
    open_days = {
        d.register_id: d
        for d in RegisterDay.objects.filter(closed_at__isnull=True, register__in=registers)
    }
    return [(register, open_days.get(register.pk)) for register in registers]


def open_registers_at(service_point):
    """The registers of the point whose day is open (to take a payment into)."""
    from ..models import Register

    return Register.objects.filter(
        service_point=service_point, active=True, days__closed_at__isnull=True
    ).distinct()


def orders_of_day(day: RegisterDay):
    return (
        Order.objects.filter(payments__register_day=day)
        .distinct()
        .select_related("customer")
        .order_by("-paid_at")
    )
