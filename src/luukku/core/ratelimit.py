"""Rate limits on the public write endpoints, counted in the cache by django-ratelimit."""

from django_ratelimit.core import get_usage


def retry_after(request, *, group: str, rate: str, key) -> int | None:
    """Count this request against `rate` (e.g. "30/10m") for the group and key; the seconds
    until the client may try again when it is over the limit, None while within it."""
    usage = get_usage(request, group=group, key=key, rate=rate, increment=True)
    if usage is None or not usage["should_limit"]:
        return None
    return max(1, int(usage["time_left"]))
