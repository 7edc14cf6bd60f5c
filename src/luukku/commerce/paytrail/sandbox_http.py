"""The sandbox's plumbing: a WSGI request read once, the answers it gives, and the check of a
request's signature as Paytrail makes it (docs.paytrail.com, "Authentication")."""

import json
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from http import HTTPStatus

from .protocol import ALGORITHMS, SignatureError, verify


@dataclass
class Answer:
    status: int
    body: bytes
    extra: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json; charset=utf-8"

    @property
    def status_line(self) -> str:
        return f"{self.status} {HTTPStatus(self.status).phrase}"

    @property
    def headers(self) -> list[tuple[str, str]]:
        headers = [("Content-Type", self.content_type), ("Cache-Control", "no-store")]
        headers.append(("Content-Length", str(len(self.body))))
        return headers + list(self.extra.items())

    @classmethod
    def json(cls, status: int, text: str, headers: Mapping[str, str]) -> "Answer":
        return cls(status, text.encode("utf-8"), dict(headers))

    @classmethod
    def error(cls, status: int, message: str, meta: list[str] | None = None) -> "Answer":
        data = {"status": "error", "message": message, "meta": meta or []}
        return cls(status, json.dumps(data).encode("utf-8"))

    @classmethod
    def html(cls, status: int, page: str) -> "Answer":
        return cls(status, page.encode("utf-8"), content_type="text/html; charset=utf-8")

    @classmethod
    def redirect(cls, location: str) -> "Answer":
        return cls(303, b"", {"Location": location}, content_type="text/plain; charset=utf-8")


class Invalid(Exception):
    """Stop handling the request and give this answer."""

    def __init__(self, answer: Answer):
        super().__init__(answer.status)
        self.answer = answer


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: str

    @classmethod
    def from_environ(cls, environ) -> "Request":
        headers = {
            key[5:].lower().replace("_", "-"): value
            for key, value in environ.items()
            if key.startswith("HTTP_")
        }
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        raw = environ["wsgi.input"].read(length) if length > 0 else b""
        return cls(
            method=environ.get("REQUEST_METHOD", "GET").upper(),
            path=environ.get("PATH_INFO", "/"),
            headers=headers,
            body=raw.decode("utf-8", "replace"),
        )

    def json(self) -> object:
        try:
            return json.loads(self.body)
        except ValueError:
            raise Invalid(Answer.error(400, "The body is not valid JSON")) from None

    def form(self) -> dict[str, str]:
        return {key: values[-1] for key, values in urllib.parse.parse_qs(self.body).items()}


def check_signature(
    request: Request, merchants: Mapping[str, str], transaction_id: str = ""
) -> tuple[str, str, str]:
    """The merchant id, algorithm and nonce of a correctly signed request; Invalid with a 401
    otherwise: an unknown account, an unsupported algorithm, a `checkout-method` other than the
    request's, a missing nonce or timestamp, a `checkout-transaction-id` other than the path's,
    or a signature that does not match the body and the `checkout-*` headers."""
    headers = request.headers
    merchant_id = headers.get("checkout-account", "")
    algorithm = headers.get("checkout-algorithm", "")
    nonce = headers.get("checkout-nonce", "")
    problem = ""
    if merchant_id not in merchants:
        problem = "Unknown checkout-account"
    elif algorithm not in ALGORITHMS:
        problem = "Unsupported checkout-algorithm"
    elif headers.get("checkout-method") != request.method:
        problem = "checkout-method does not match the request"
    elif not nonce:
        problem = "checkout-nonce is missing"
    elif not _is_timestamp(headers.get("checkout-timestamp", "")):
        problem = "checkout-timestamp is missing or not ISO 8601"
    elif transaction_id and headers.get("checkout-transaction-id") != transaction_id:
        problem = "checkout-transaction-id does not match the path"
    else:
        try:
            verify(merchants[merchant_id], headers, request.body, headers.get("signature"))
        except SignatureError:
            problem = "Invalid signature"
    if problem:
        raise Invalid(Answer.error(401, problem))
    return merchant_id, algorithm, nonce


def _is_timestamp(text: str) -> bool:
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True
