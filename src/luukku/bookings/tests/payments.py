"""A payment provider that answers in memory (the real protocol is tested in commerce with
the Paytrail sandbox): paying and refunding a booking's order without HTTP."""

from luukku.commerce.paytrail.provider import (
    CreatedPayment,
    PaymentProvider,
    PaymentStatus,
    ProviderResult,
    RefundResult,
)


class FakeProvider(PaymentProvider):
    def __init__(self):
        self.payments: dict[str, tuple[str, int]] = {}
        self.refunds: list[int] = []

    def create_payment(self, request):
        transaction_id = f"tx-{request.stamp}"
        self.payments[transaction_id] = (request.stamp, request.amount_cents)
        return CreatedPayment(transaction_id=transaction_id, href="https://pay.example/")

    def check_return(self, params):
        stamp, amount = self.payments[params["transaction"]]
        return ProviderResult(params["transaction"], stamp, "", amount, params.get("status", "ok"))

    def refund(self, transaction_id, request):
        self.refunds.append(request.amount_cents)
        return RefundResult(transaction_id=f"refund-{len(self.refunds)}", status="ok")

    def status(self, transaction_id):
        stamp, amount = self.payments[transaction_id]
        return PaymentStatus(transaction_id, "ok", amount, stamp)


def pay_online(order, provider: FakeProvider):
    from luukku.commerce.services.online import online_payment_settle, online_payment_start

    online_payment_start(order=order, provider=provider, return_url="x", callback_url="y")
    transaction_id = next(reversed(provider.payments))
    return online_payment_settle(provider=provider, params={"transaction": transaction_id})
