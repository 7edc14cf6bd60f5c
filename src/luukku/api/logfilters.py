"""Keeping Open311 clients' API keys out of the server's own request log lines."""

import logging
import re

# `api_key=…` in a request line or query string, as the `open311` client sends it.
KEY_IN_QUERY = re.compile(r"(^|[?&])api_key=[^&\s\"]*")
MASKED = r"\1api_key=[…]"
# The request logs made in Luukku's process: the development server's (`make run`, the demo)
# and gunicorn's access log, when one is configured.
REQUEST_LOGGERS = ("django.server", "gunicorn.access")


def _masked(value):
    return KEY_IN_QUERY.sub(MASKED, value) if isinstance(value, str) else value


class ApiKeyFilter(logging.Filter):
    """Masks the value of `api_key` in a log record's message and arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = _masked(record.msg)
        if isinstance(record.args, dict):
            record.args = {name: _masked(value) for name, value in record.args.items()}
        elif isinstance(record.args, tuple):
            record.args = tuple(_masked(value) for value in record.args)
        return True


def request_logs_filter() -> None:
    """Put the filter on the request loggers (once: the app's `ready` may run again in tests)."""
    for name in REQUEST_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(existing, ApiKeyFilter) for existing in logger.filters):
            logger.addFilter(ApiKeyFilter())
