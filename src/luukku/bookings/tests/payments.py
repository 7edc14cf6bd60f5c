"""Paying and refunding a booking's or registration's order online through commerce's local
Paytrail-protocol sandbox, over real HTTP: the payment is created at the sandbox, the payer
presses Approve on its payment page, and the signed redirect settles it; refunds are asked of
the sandbox as of the real provider."""

import contextlib
from collections.abc import Iterator

from luukku.commerce.paytrail import PaytrailProvider
from luukku.commerce.paytrail.client import TEST_MERCHANT_ID, TEST_SECRET
from luukku.commerce.paytrail.sandbox import PaytrailSandbox, serve_in_thread
from luukku.commerce.tests.paytrail_support import Receiver, press

# Where the payer would come back to; the test reads the redirect instead of following it.
RETURN_URL = "http://127.0.0.1:9/return"


class SandboxProvider(PaytrailProvider):
    """The provider for the sandbox's test merchant, with what the sandbox holds."""

    def __init__(self, sandbox: PaytrailSandbox, base_url: str, receiver: Receiver):
        super().__init__(base_url, TEST_MERCHANT_ID, TEST_SECRET, timeout=5)
        self.sandbox = sandbox
        self.base_url = base_url
        # Paytrail requires callback URLs for a refund: a receiver stands for Luukku's.
        self.callback_url = f"{receiver.url}/callback"

    @property
    def transactions(self) -> list[str]:
        """The payments created at the sandbox, oldest first."""
        with self.sandbox.lock:
            return list(self.sandbox.payments)

    def refunded_cents(self) -> int:
        """All the sandbox has refunded, in cents."""
        with self.sandbox.lock:
            return sum(payment.refunded for payment in self.sandbox.payments.values())


@contextlib.contextmanager
def sandbox_provider() -> Iterator[SandboxProvider]:
    sandbox, base_url, stop = serve_in_thread()
    receiver = Receiver()
    try:
        yield SandboxProvider(sandbox, base_url, receiver)
    finally:
        stop()
        receiver.stop()


def payment_form_open(order, provider: SandboxProvider) -> str:
    """The payer is on the provider's payment page: the attempt is made, not paid. Returns the
    transaction."""
    from luukku.commerce.services.online import online_payment_start

    online_payment_start(order=order, provider=provider, return_url=RETURN_URL, callback_url="")
    return provider.transactions[-1]


def money_arrives(provider: SandboxProvider, transaction_id: str):
    """The payer presses Approve and comes back with the signed redirect, which settles it."""
    from luukku.commerce.services.online import online_payment_settle

    _url, params = press(f"{provider.base_url}/pay/{transaction_id}", "approve")
    return online_payment_settle(provider=provider, params=params)


def pay_online(order, provider: SandboxProvider):
    return money_arrives(provider, payment_form_open(order, provider))
