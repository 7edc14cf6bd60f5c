"""The ways into the chat from other citizen pages: the service page's chat link, and what
a chat that could not start hands to the web form or the callback form."""

import datetime as dt
import math
import secrets

from luukku.catalogue.models import Service
from luukku.chat.selectors.availability import chat_availability, chat_queue_for_service

# What the chat start page hands to the web form or the callback form when chat is offline:
# the service and what was typed, read once by that form (never in an address).
CARRY_SESSION_KEY = "chat_carry"


def new_client_id() -> str:
    return secrets.token_urlsafe(12)


def carried_text(request, code: str) -> dict:
    """What was typed for a chat that could not start, for the form of service `code`:
    {"subject", "text"} once, or {}."""
    carry = request.session.get(CARRY_SESSION_KEY)
    if not carry or carry.get("service") != code:
        return {}
    del request.session[CARRY_SESSION_KEY]
    return carry


def minutes(seconds: int | None) -> int | None:
    return None if seconds is None else math.ceil(seconds / 60)


def service_chat(service: Service, now: dt.datetime) -> dict | None:
    """The service page's chat link: whether chat is open now (with the expected wait) or
    when it opens; None when no chat queue serves the service."""
    queue = chat_queue_for_service(service)
    if queue is None:
        return None
    availability = chat_availability(queue, now)
    return {"availability": availability, "minutes": minutes(availability.estimate_seconds)}
