"""Rate limits on the public write endpoints, counted in the cache by django-ratelimit."""

from django_ratelimit.core import get_usage


def retry_after(request, *, group: str, rate: str, key, count: bool = True) -> int | None:
    """Count this request against `rate` (e.g. "30/10m") for the group and key; the seconds
    until the client may try again when it is over the limit, None while within it.
    `count` False: only look (a form refused for bad input is not counted)."""
    usage = get_usage(request, group=group, key=key, rate=rate, increment=count)
    if usage is None or not usage["should_limit"]:
        return None
    return max(1, int(usage["time_left"]))


def retry_after_peek(request, *, group: str, rate: str, key) -> int | None:
    """Like `retry_after`, without counting this request (it is counted with `count_one`
    once it did what is limited): the seconds to wait when the limit is reached."""
    usage = get_usage(request, group=group, key=key, rate=rate, increment=False)
    if usage is None or usage["count"] < usage["limit"]:
        return None
    return max(1, int(usage["time_left"]))


def count_one(request, *, group: str, rate: str, key) -> None:
    """Count one request against `rate` (after `retry_after_peek` let it through)."""
    get_usage(request, group=group, key=key, rate=rate, increment=True)
