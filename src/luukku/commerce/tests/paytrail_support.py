"""Helpers for the Paytrail tests: a tiny HTTP receiver standing for Luukku's callback URL,
and a browser that does not follow redirects (to read the signed redirect itself)."""

import contextlib
import queue
import threading
import urllib.error
import urllib.parse
import urllib.request
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from luukku.commerce.paytrail import PaymentItem, PaymentRequest, PaytrailProvider
from luukku.commerce.paytrail.client import TEST_MERCHANT_ID, TEST_SECRET
from luukku.commerce.paytrail.sandbox import serve_in_thread

WAIT = 5  # seconds at most for a callback that should come


class Receiver:
    """Calls received, as (path, query parameters), on a queue."""

    def __init__(self):
        self.calls: queue.Queue[tuple[str, dict[str, str]]] = queue.Queue()
        received = self.calls

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                url = urllib.parse.urlsplit(self.path)
                received.put((url.path, dict(urllib.parse.parse_qsl(url.query))))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        host, port = self.server.server_address[:2]
        self.url = f"http://{host}:{port}"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,))
        self.thread.daemon = True
        self.thread.start()

    def next(self, timeout: float = WAIT) -> tuple[str, dict[str, str]]:
        return self.calls.get(timeout=timeout)

    def nothing_more(self, timeout: float = 0.2) -> bool:
        try:
            self.calls.get(timeout=timeout)
        except queue.Empty:
            return True
        return False

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


@contextlib.contextmanager
def running_sandbox():
    """(sandbox, base URL, provider for the test merchant, callback receiver)."""
    sandbox, base_url, stop = serve_in_thread()
    receiver = Receiver()
    provider = PaytrailProvider(base_url, TEST_MERCHANT_ID, TEST_SECRET, timeout=5)
    try:
        yield sandbox, base_url, provider, receiver
    finally:
        stop()
        receiver.stop()


def payment_request(receiver: Receiver, stamp: str = "order-1-attempt-1", **changes):
    fields = {
        "stamp": stamp,
        "reference": "1232",
        "amount_cents": 3550,
        "customer_email": "maija.meikalainen@example.org",
        "success_url": "https://luukku.example.org/pay/return/ok",
        "cancel_url": "https://luukku.example.org/pay/return/cancel",
        "callback_success_url": f"{receiver.url}/callback/ok",
        "callback_cancel_url": f"{receiver.url}/callback/cancel",
        "items": (
            PaymentItem(1500, 2, Decimal("25.5"), "permit-copy", "Copy of a permit"),
            PaymentItem(550, 1, Decimal("0"), "postage"),
        ),
    }
    fields.update(changes)
    return PaymentRequest(**fields)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


_browser = urllib.request.build_opener(_NoRedirect)


def open_page(href: str) -> str:
    with _browser.open(href, timeout=WAIT) as response:
        return response.read().decode("utf-8")


def press(href: str, decision: str) -> tuple[str, dict[str, str]]:
    """Press Approve or Decline on the payment page: the redirect's URL (without its query)
    and its query parameters."""
    data = urllib.parse.urlencode({"decision": decision}).encode()
    try:
        _browser.open(href, data=data, timeout=WAIT)
    except urllib.error.HTTPError as error:
        assert error.code == 303, error.code
        location = error.headers["Location"]
    else:
        raise AssertionError("no redirect")
    url = urllib.parse.urlsplit(location)
    return url._replace(query="").geturl(), dict(urllib.parse.parse_qsl(url.query))
