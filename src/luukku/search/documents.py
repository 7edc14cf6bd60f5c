"""What a searchable thing contributes to the index, per language: the `Document`s that
the function each content app registers (`services.search_register`) builds."""

from dataclasses import dataclass

LANGUAGES = ("fi", "sv", "en")


@dataclass(frozen=True)
class Document:
    language: str
    title: str
    body: str
    service_id: int | None
    public: bool


def translated(obj, field: str, language: str) -> str:
    """A translated field's text in one language (`name_sv`), empty where it has none."""
    return getattr(obj, f"{field}_{language}", "") or ""
