"""A citizen's request, in the one shape every channel that takes one gives it: the web
form, an Open311 client, the take-in and the worker that registers it as a case."""

from dataclasses import dataclass, field
from decimal import Decimal

from luukku.cases.models import Channel
from luukku.catalogue.models import Service

# The request's texts, in the order their problems are reported (the fields of the form).
TEXT_FIELDS = (
    "subject",
    "description",
    "first_name",
    "last_name",
    "email",
    "phone",
    "preferred_channel",
    "address",
)


@dataclass(frozen=True, kw_only=True)
class CitizenRequest:
    """What a citizen sent, as sent: the services check it (`web_request_submit`,
    `request_take_in`) and make it a case. `media_url` is an Open311 client's link to a
    photo, kept with the first message."""

    service: Service
    subject: str
    description: str
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    preferred_channel: str = ""
    language: str = "fi"
    answers: dict = field(default_factory=dict)
    address: str = ""
    latitude: Decimal | None = None
    longitude: Decimal | None = None
    media_url: str = ""
    channel: str = Channel.WEB

    def texts(self) -> dict[str, str]:
        """The free texts, by field name, as the checks read them."""
        return {name: getattr(self, name) for name in TEXT_FIELDS}

    def to_data(self) -> dict:
        """The JSON kept on a Submission until the worker registers it (the service, the
        channel and the language are the Submission's own columns)."""
        return {
            "subject": self.subject,
            "description": self.description,
            "first_name": self.first_name,
            "last_name": self.last_name,
            "email": self.email,
            "phone": self.phone,
            "preferred_channel": self.preferred_channel,
            "answers": self.answers or {},
            "address": self.address,
            "latitude": _text(self.latitude),
            "longitude": _text(self.longitude),
            "media_url": self.media_url,
        }

    @classmethod
    def from_data(
        cls, data: dict, *, service: Service, channel: str, language: str
    ) -> "CitizenRequest":
        """The request back from `to_data`'s JSON, also as rows kept before it was written
        (a key they lack is the field's default)."""
        return cls(
            service=service,
            channel=channel,
            language=language,
            subject=data["subject"],
            description=data["description"],
            first_name=data.get("first_name", ""),
            last_name=data.get("last_name", ""),
            email=data.get("email", ""),
            phone=data.get("phone", ""),
            preferred_channel=data.get("preferred_channel", ""),
            answers=data.get("answers") or {},
            address=data.get("address", ""),
            latitude=_decimal(data.get("latitude")),
            longitude=_decimal(data.get("longitude")),
            media_url=data.get("media_url", ""),
        )


def _text(number: Decimal | None) -> str | None:
    return None if number is None else str(number)


def _decimal(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)
