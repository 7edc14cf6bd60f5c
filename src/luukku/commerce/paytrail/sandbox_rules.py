"""What the sandbox accepts in a create-payment or refund body, after Paytrail's published
rules (docs.paytrail.com, "Payloads"): a 400 with the reasons otherwise. The sandbox also lets
callback URLs use plain HTTP (tests and the demo run on localhost); Paytrail wants HTTPS."""

from decimal import Decimal, InvalidOperation

from .provider import LANGUAGES, MAX_AMOUNT
from .sandbox_http import Answer, Invalid


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(data: dict, name: str, problems: list[str], limit: int = 200) -> None:
    value = data.get(name)
    if not isinstance(value, str) or not value or len(value) > limit:
        problems.append(f"{name} is required (text of at most {limit} characters)")


def _urls(data: dict, name: str, problems: list[str], required: bool) -> None:
    urls = data.get(name)
    if urls is None and not required:
        return
    if not isinstance(urls, dict) or not all(
        isinstance(urls.get(key), str) and urls[key].startswith(("http://", "https://"))
        for key in ("success", "cancel")
    ):
        problems.append(f"{name} needs success and cancel URLs")


def _vat_ok(value: object) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    try:
        percent = Decimal(str(value))
    except InvalidOperation:
        return False
    return 0 <= percent <= 100 and percent == percent.quantize(Decimal("0.1"))


def _items(items: object, problems: list[str]) -> int | None:
    """The items' sum in cents, or None when they are not valid."""
    if not isinstance(items, list) or not items:
        problems.append("items must be a list of at least one item")
        return None
    total = 0
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            problems.append(f"items[{index}] is not an object")
            continue
        price, units = item.get("unitPrice"), item.get("units")
        if not _is_int(price) or not _is_int(units) or units < 0:
            problems.append(f"items[{index}] needs integer unitPrice and units")
            continue
        if not _vat_ok(item.get("vatPercentage")):
            problems.append(f"items[{index}].vatPercentage must be 0-100 with one decimal")
        _text(item, "productCode", problems, 100)
        total += price * units
    return total


def validate_payment(data: object) -> dict:
    """The create-payment body, or Invalid (400) listing what is wrong."""
    if not isinstance(data, dict):
        raise Invalid(Answer.error(400, "The body must be a JSON object"))
    problems: list[str] = []
    _text(data, "stamp", problems)
    _text(data, "reference", problems)
    amount = data.get("amount")
    if not _is_int(amount) or not 0 < amount <= MAX_AMOUNT:
        problems.append("amount must be an integer number of cents above zero")
    if data.get("currency") != "EUR":
        problems.append("currency must be EUR")
    if data.get("language") not in LANGUAGES:
        problems.append("language must be FI, SV or EN")
    customer = data.get("customer")
    if not isinstance(customer, dict) or "@" not in str(customer.get("email", "")):
        problems.append("customer.email is required")
    _urls(data, "redirectUrls", problems, required=True)
    _urls(data, "callbackUrls", problems, required=False)
    delay = data.get("callbackDelay", 0)
    if not _is_int(delay) or not 0 <= delay <= 900:
        problems.append("callbackDelay must be 0-900 seconds")
    if "items" in data:
        total = _items(data["items"], problems)
        if total is not None and _is_int(amount) and total != amount:
            problems.append("amount does not match the total of the items")
    if problems:
        raise Invalid(Answer.error(400, "Validation failed", problems))
    return data


def validate_refund(data: object) -> dict:
    """The refund body, or Invalid (400) listing what is wrong."""
    if not isinstance(data, dict):
        raise Invalid(Answer.error(400, "The body must be a JSON object"))
    problems: list[str] = []
    amount = data.get("amount")
    if not _is_int(amount) or not 0 < amount <= MAX_AMOUNT:
        problems.append("amount must be an integer number of cents above zero")
    for name in ("refundStamp", "refundReference"):
        if not isinstance(data.get(name, ""), str):
            problems.append(f"{name} must be text")
    _urls(data, "callbackUrls", problems, required=True)
    if problems:
        raise Invalid(Answer.error(400, "Validation failed", problems))
    return data
