"""Paytrail's v2 signatures (docs.paytrail.com, "Authentication" and "Redirect and callback URL
signing"): an HMAC over every `checkout-*` header or query parameter, lower-cased and sorted by
name as `name:value` lines, then the body exactly as sent (an empty string for none), joined by
line feeds. The merchant's secret is the key; `checkout-algorithm` names the hash (sha256 or
sha512). Requests, responses, redirects and callbacks are all signed so; a redirect or callback
must never be trusted without checking its signature."""

import hashlib
import hmac
import json
from collections.abc import Mapping
from decimal import Decimal

from django.utils.translation import gettext as _

PREFIX = "checkout-"
ALGORITHMS = {"sha256": hashlib.sha256, "sha512": hashlib.sha512}
DEFAULT_ALGORITHM = "sha256"


class SignatureError(ValueError):
    """A message whose signature is missing, malformed or does not match."""


def signed_fields(params: Mapping[str, str]) -> dict[str, str]:
    """The `checkout-*` entries of headers or query parameters, names lower-cased (HTTP headers
    are case-insensitive), sorted by name; everything else is left out of the signature."""
    fields = {str(name).lower(): str(value) for name, value in params.items()}
    return {name: fields[name] for name in sorted(fields) if name.startswith(PREFIX)}


def payload(params: Mapping[str, str], body: str = "") -> str:
    """The text the HMAC is taken over."""
    lines = [f"{name}:{value}" for name, value in signed_fields(params).items()]
    lines.append(body or "")
    return "\n".join(lines)


def _hash(algorithm: str):
    try:
        return ALGORITHMS[algorithm]
    except KeyError:
        message = _("The signature algorithm “%(algorithm)s” is not supported.")
        raise SignatureError(message % {"algorithm": algorithm}) from None


def sign(
    secret: str, params: Mapping[str, str], body: str = "", algorithm: str = DEFAULT_ALGORITHM
) -> str:
    """The hex HMAC of the `checkout-*` entries of `params` and `body` under `secret`."""
    digest = _hash(algorithm)
    message = payload(params, body).encode("utf-8")
    return hmac.new(secret.encode("utf-8"), message, digest).hexdigest()


def verify(
    secret: str,
    params: Mapping[str, str],
    body: str,
    signature: str | None,
    algorithm: str | None = None,
) -> None:
    """Raise SignatureError unless `signature` is the HMAC of `params` and `body` under
    `secret`. The algorithm is the given one, else the signed `checkout-algorithm` entry, else
    sha256 (an attacker who changes `checkout-algorithm` changes the signed text too)."""
    if not signature:
        raise SignatureError(_("The message is not signed."))
    if algorithm is None:
        algorithm = signed_fields(params).get("checkout-algorithm", DEFAULT_ALGORITHM)
    expected = sign(secret, params, body, algorithm)
    given = str(signature).strip().lower().encode("utf-8", "replace")
    if not hmac.compare_digest(expected.encode("ascii"), given):
        raise SignatureError(_("The message's signature does not match."))


def body_json(data: object) -> str:
    """A request or response body as sent: compact JSON, UTF-8 text kept as it is. Decimals are
    written as numbers (Paytrail's `vatPercentage` is 24 or 25.5, not a string)."""
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False, default=_number)


def _number(value: object) -> int | float:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def vat_percentage(value: Decimal | int | str) -> Decimal:
    """A VAT percentage as Paytrail takes it: 0–100 with at most one decimal (25.5, 14, 10).
    ValueError (translated) otherwise."""
    try:
        percent = Decimal(str(value))
    except ArithmeticError:
        percent = Decimal("NaN")
    in_range = percent.is_finite() and 0 <= percent <= 100
    if not in_range or percent != percent.quantize(Decimal("0.1")):
        raise ValueError(
            _("A VAT percentage must be between 0 and 100 with at most one decimal: %(value)s")
            % {"value": value}
        )
    whole = percent.to_integral_value()
    return whole.quantize(Decimal(1)) if percent == whole else percent.quantize(Decimal("0.1"))
