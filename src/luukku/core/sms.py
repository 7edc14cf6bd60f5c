"""Text messages (SMS): an interface with one backend that only logs.

Luukku does not contract an SMS gateway itself. A municipality's operator plugs theirs in
by naming a class with a `send(to, body)` method in `SMS_BACKEND`; the default writes each
message to the `luukku.sms` log, so that nothing is lost while none is configured.
"""

import logging

from django.conf import settings
from django.utils.module_loading import import_string

logger = logging.getLogger("luukku.sms")


class LoggingBackend:
    """Writes the message to the log instead of sending it."""

    def send(self, to: str, body: str) -> None:
        logger.info("SMS to %s: %s", to, body)


def sms_send(*, to: str, body: str) -> None:
    """Send one text message through the configured backend; raises what the backend raises."""
    backend = import_string(settings.SMS_BACKEND)()
    backend.send(to, body)
