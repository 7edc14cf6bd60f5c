"""A local payment service that speaks Paytrail's v2 protocol, FOR TESTS AND THE DEMO ONLY
(the network is closed there): it keeps payments in memory, under a lock, and forgets them when
it stops. Nothing in it is fit to take real money.

    POST /payments                       open a payment (signed; 401 if not, 400 if invalid)
    GET  /payments/{id}                  a payment's status (signed)
    POST /payments/{id}/refund           refund part or all of a paid payment (signed)
    GET  /pay/{id}                       the payer's page: Approve or Decline
    POST /pay/{id}                       the decision: a 303 to the success or cancel URL with
                                         signed checkout-* parameters, and the callback (the
                                         same parameters, by GET) from a background thread

Knobs for tests, on the `PaytrailSandbox` object: `callback_times` (0 = no callback, 2 = the
callback comes twice), `callback_delay` (seconds; None = the payment's own callbackDelay),
`callback_gate` (a threading.Event: clear it to hold every callback back until it is set,
e.g. until the redirect has been processed), `refund_status` ("ok", "pending" or "fail").
`callbacks_sent` lists (url, HTTP status or error text) in the order delivered."""

import socketserver
import threading
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server
from wsgiref.util import application_uri

from django.utils import timezone

from .client import TEST_MERCHANT_ID, TEST_SECRET, iso_timestamp
from .protocol import body_json, sign
from .sandbox_http import Answer, Invalid, Request, check_signature
from .sandbox_page import not_found_page, pay_page
from .sandbox_rules import validate_payment, validate_refund

PROVIDER = "sandbox"


@dataclass
class SandboxPayment:
    transaction_id: str
    merchant_id: str
    algorithm: str
    body: dict
    created_at: str
    status: str = "new"
    provider: str = ""
    paid_at: str = ""
    refunded: int = 0
    refund_stamps: set[str] = field(default_factory=set)

    @property
    def amount(self) -> int:
        return self.body["amount"]

    @property
    def reference(self) -> str:
        return self.body["reference"]

    @property
    def language(self) -> str:
        return self.body["language"]


class PaytrailSandbox:
    """The WSGI application. `merchants` maps merchant ids to secrets (Paytrail's documented
    test merchant by default); `public_url` is the address payers reach it at (by default the
    address each request came to)."""

    def __init__(self, merchants: Mapping[str, str] | None = None, public_url: str = ""):
        self.merchants = dict(merchants or {TEST_MERCHANT_ID: TEST_SECRET})
        self.public_url = public_url.rstrip("/")
        self.payments: dict[str, SandboxPayment] = {}
        self.callback_times = 1
        self.callback_delay: float | None = None
        self.callback_gate = threading.Event()
        self.callback_gate.set()
        self.refund_status = "ok"
        self.callbacks_sent: list[tuple[str, int | str]] = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self._nonces: set[tuple[str, str]] = set()
        self._threads: list[threading.Thread] = []

    # WSGI.

    def __call__(self, environ, start_response):
        request = Request.from_environ(environ)
        try:
            answer = self._route(request, environ)
        except Invalid as error:
            answer = error.answer
        start_response(answer.status_line, answer.headers)
        return [answer.body]

    def _route(self, request: Request, environ) -> Answer:
        parts = [part for part in request.path.split("/") if part]
        base = self.public_url or application_uri(environ).rstrip("/")
        match request.method, parts:
            case "POST", ["payments"]:
                return self._create(request, base)
            case "GET", ["payments", transaction_id]:
                return self._status(request, transaction_id, base)
            case "POST", ["payments", transaction_id, "refund"]:
                return self._refund(request, transaction_id)
            case "GET", ["pay", transaction_id]:
                return self._page(transaction_id, base)
            case "POST", ["pay", transaction_id]:
                return self._decide(request, transaction_id)
        return Answer.error(404, "Not found")

    # The API.

    def _authenticate(self, request: Request, transaction_id: str = "") -> tuple[str, str]:
        """The merchant id and secret of a signed request; Invalid (401) otherwise."""
        merchant_id, algorithm, nonce = check_signature(request, self.merchants, transaction_id)
        with self.lock:
            if (merchant_id, nonce) in self._nonces:
                raise Invalid(Answer.error(401, "The nonce has been used already"))
            self._nonces.add((merchant_id, nonce))
        return merchant_id, algorithm

    def _signed(self, status: int, merchant_id: str, algorithm: str, data: dict, txn="") -> Answer:
        headers = {
            "checkout-account": merchant_id,
            "checkout-algorithm": algorithm,
            "checkout-timestamp": iso_timestamp(timezone.now()),
        }
        if txn:
            headers["checkout-transaction-id"] = txn
        text = body_json(data)
        headers["signature"] = sign(self.merchants[merchant_id], headers, text, algorithm)
        headers["request-id"] = str(uuid.uuid4())
        return Answer.json(status, text, headers)

    def _create(self, request: Request, base: str) -> Answer:
        merchant_id, algorithm = self._authenticate(request)
        body = validate_payment(request.json())
        transaction_id = str(uuid.uuid4())
        with self.lock:
            if any(
                p.merchant_id == merchant_id and p.body["stamp"] == body["stamp"]
                for p in self.payments.values()
            ):
                raise Invalid(Answer.error(400, "Duplicate stamp"))
            self.payments[transaction_id] = SandboxPayment(
                transaction_id=transaction_id,
                merchant_id=merchant_id,
                algorithm=algorithm,
                body=body,
                created_at=iso_timestamp(timezone.now()),
            )
        data = {
            "transactionId": transaction_id,
            "href": f"{base}/pay/{transaction_id}",
            "reference": body["reference"],
            "terms": "",
            "groups": [],
            "providers": [],
            "customProviders": {},
        }
        return self._signed(201, merchant_id, algorithm, data, transaction_id)

    def _own(self, merchant_id: str, transaction_id: str) -> SandboxPayment:
        payment = self.payments.get(transaction_id)
        if payment is None or payment.merchant_id != merchant_id:
            raise Invalid(Answer.error(404, "Transaction not found"))
        return payment

    def _status(self, request: Request, transaction_id: str, base: str) -> Answer:
        merchant_id, algorithm = self._authenticate(request, transaction_id)
        with self.lock:
            payment = self._own(merchant_id, transaction_id)
            data = {
                "transactionId": transaction_id,
                "status": payment.status,
                "amount": payment.amount,
                "currency": payment.body["currency"],
                "stamp": payment.body["stamp"],
                "reference": payment.reference,
                "createdAt": payment.created_at,
            }
            if payment.status == "new":
                data["href"] = f"{base}/pay/{transaction_id}"
            if payment.provider:
                data["provider"] = payment.provider
            if payment.paid_at:
                data["paidAt"] = payment.paid_at
        return self._signed(200, merchant_id, algorithm, data, transaction_id)

    def _refund(self, request: Request, transaction_id: str) -> Answer:
        merchant_id, algorithm = self._authenticate(request, transaction_id)
        body = validate_refund(request.json())
        refund_id = str(uuid.uuid4())
        status = self.refund_status
        with self.lock:
            payment = self._own(merchant_id, transaction_id)
            if payment.status != "ok":
                raise Invalid(Answer.error(400, "Only a paid payment can be refunded"))
            if body["amount"] > payment.amount - payment.refunded:
                raise Invalid(Answer.error(400, "The refund exceeds the amount left to refund"))
            stamp = body.get("refundStamp", "")
            if stamp and stamp in payment.refund_stamps:
                raise Invalid(Answer.error(400, "Duplicate refundStamp"))
            if status != "fail":
                payment.refunded += body["amount"]
                payment.refund_stamps.add(stamp)
        params = {
            "checkout-account": merchant_id,
            "checkout-algorithm": algorithm,
            "checkout-amount": str(body["amount"]),
            "checkout-stamp": stamp,
            "checkout-reference": body.get("refundReference", ""),
            "checkout-transaction-id": refund_id,
            "checkout-status": status,
            "checkout-provider": PROVIDER,
        }
        if status != "pending":
            urls = body["callbackUrls"]
            self._send_callbacks(urls["cancel" if status == "fail" else "success"], params)
        data = {"transactionId": refund_id, "status": status, "provider": PROVIDER}
        return self._signed(201, merchant_id, algorithm, data, refund_id)

    # The payer's side.

    def _page(self, transaction_id: str, base: str) -> Answer:
        with self.lock:
            payment = self.payments.get(transaction_id)
            if payment is None:
                return Answer.html(404, not_found_page())
            return Answer.html(200, pay_page(payment, f"{base}/pay/{transaction_id}"))

    def _decide(self, request: Request, transaction_id: str) -> Answer:
        decision = request.form().get("decision", "")
        if decision not in ("approve", "decline"):
            return Answer.error(400, "Approve or decline")
        with self.lock:
            payment = self.payments.get(transaction_id)
            if payment is None:
                return Answer.html(404, not_found_page())
            if payment.status == "new":
                payment.status = "ok" if decision == "approve" else "fail"
                payment.provider = PROVIDER
                if payment.status == "ok":
                    payment.paid_at = iso_timestamp(timezone.now())
            params = self.return_params(payment)
            which = "success" if payment.status == "ok" else "cancel"
            redirect = payment.body["redirectUrls"][which]
            callback = payment.body.get("callbackUrls", {}).get(which, "")
            delay = payment.body.get("callbackDelay", 0)
        if callback:
            self._send_callbacks(callback, params, delay)
        return Answer.redirect(with_query(redirect, params))

    def return_params(self, payment: SandboxPayment) -> dict[str, str]:
        """The signed query parameters of a payment's redirect and callback."""
        params = {
            "checkout-account": payment.merchant_id,
            "checkout-algorithm": payment.algorithm,
            "checkout-amount": str(payment.amount),
            "checkout-stamp": payment.body["stamp"],
            "checkout-reference": payment.reference,
            "checkout-transaction-id": payment.transaction_id,
            "checkout-status": payment.status,
            "checkout-provider": payment.provider,
        }
        secret = self.merchants[payment.merchant_id]
        params["signature"] = sign(secret, params, "", payment.algorithm)
        return params

    # Callbacks.

    def _send_callbacks(self, url: str, params: dict[str, str], delay: float = 0) -> None:
        if "signature" not in params:
            secret = self.merchants[params["checkout-account"]]
            params = {**params, "signature": sign(secret, params, "", params["checkout-algorithm"])}
        times = self.callback_times
        if self.callback_delay is not None:
            delay = self.callback_delay
        if times <= 0:
            return
        thread = threading.Thread(
            target=self._deliver, args=(with_query(url, params), times, delay), daemon=True
        )
        with self.lock:
            self._threads = [t for t in self._threads if t.is_alive()]
            self._threads.append(thread)
        thread.start()

    def _deliver(self, url: str, times: int, delay: float) -> None:
        if delay and self.stopping.wait(delay):
            return
        while not self.callback_gate.wait(0.05):
            if self.stopping.is_set():
                return
        for _time in range(times):
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    outcome: int | str = response.status
            except urllib.error.HTTPError as error:
                outcome = error.code
            except (urllib.error.URLError, OSError) as error:
                outcome = str(error)
            with self.lock:
                self.callbacks_sent.append((url, outcome))

    def stop(self) -> None:
        """Stop delivering callbacks (those held back are dropped)."""
        self.stopping.set()
        with self.lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(timeout=6)


def with_query(url: str, params: Mapping[str, str]) -> str:
    """`url` with `params` added to its query string."""
    separator = "&" if urllib.parse.urlsplit(url).query else "?"
    return url + separator + urllib.parse.urlencode(params)


class _Server(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):
        pass


def make_sandbox_server(sandbox: PaytrailSandbox, host: str = "127.0.0.1", port: int = 0):
    """A threaded HTTP server serving `sandbox` (port 0: any free port)."""
    return make_server(host, port, sandbox, server_class=_Server, handler_class=_QuietHandler)


def serve_in_thread(
    host: str = "127.0.0.1", port: int = 0, sandbox: PaytrailSandbox | None = None
) -> tuple[PaytrailSandbox, str, Callable[[], None]]:
    """Start a sandbox in a background thread: (the sandbox, its base URL, stop)."""
    sandbox = sandbox or PaytrailSandbox()
    server = make_sandbox_server(sandbox, host, port)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    bound_host, bound_port = server.server_address[:2]

    def stop() -> None:
        sandbox.stop()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)

    return sandbox, f"http://{bound_host}:{bound_port}", stop
