"""RFC 6238 time-based one-time codes, written from the RFC (not django-otp's), so that tests
check django-otp's codes against an independent implementation."""

import base64
import hashlib
import hmac
import struct
import time


def totp_code(secret: str, *, at: float | None = None, step: int = 30, digits: int = 6) -> str:
    """The code an authenticator app shows for this base32 secret (spaces allowed)."""
    key = base64.b32decode(_padded(secret.replace(" ", "").upper()))
    counter = int((time.time() if at is None else at) // step)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return str(number % 10**digits).zfill(digits)


def _padded(secret: str) -> str:
    return secret + "=" * (-len(secret) % 8)
