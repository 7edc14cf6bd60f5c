"""One search index over services, articles, reply templates and cases.

Each searchable thing has a `SearchDocument` per language it exists in. The database
decides how it is matched (`search.backends`): PostgreSQL full text (`vector`) or SQLite
FTS5, both of the same terms (`search.morphology`).
"""

import re
import unicodedata

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    class Kind(models.TextChoices):
        SERVICE = "service", _("Service")
        ARTICLE = "article", _("Article")
        TEMPLATE = "template", _("Reply template")
        CASE = "case", _("Case")

    kind = models.CharField(max_length=10, choices=Kind.choices)
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(max_length=2)
    title = models.CharField(max_length=300)
    body = models.TextField(blank=True)
    service_id = models.PositiveBigIntegerField(null=True, blank=True)
    # Citizens see only public documents: published services and public articles.
    public = models.BooleanField(default=False)
    updated_at = models.DateTimeField(default=timezone.now)
    # PostgreSQL only: the weighted tsvector of the title's (A) and body's (B) terms.
    vector = SearchVectorField(null=True, editable=False)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id", "language"], name="search_document_unique"
            )
        ]
        indexes = [
            models.Index(fields=["kind", "language"], name="search_kind_language"),
            # The newest matching cases are found along this (PostgreSQL backend).
            models.Index(fields=["kind", "language", "object_id"], name="search_kind_lang_object"),
        ]

    def __str__(self) -> str:
        return f"{self.kind}:{self.object_id}:{self.language} {self.title}"


# A query kept as a search miss is at most this long and has at most this many words.
MISS_QUERY_LENGTH = 100
MISS_QUERY_WORDS = 8
_EMAIL = re.compile(r"\S+@\S+")
# A Finnish personal identity code (henkilötunnus), with its century sign and check mark.
_IDENTITY_CODE = re.compile(r"\b\d{6}[-+a-fu-y]\d{3}[0-9a-y]\b", re.IGNORECASE)
_SEPARATORS = re.compile(r"[^\w'-]+")
_DIGIT = re.compile(r"\d")


def search_miss_query(text: str) -> str:
    """The query as kept among the search misses: lower case, single spaces, with nothing
    that could name a person — an e-mail address, an identity code, a phone number or any
    other word with a digit in it is dropped — and at most MISS_QUERY_WORDS words and
    MISS_QUERY_LENGTH characters. Empty when nothing is left."""
    text = unicodedata.normalize("NFKC", text or "")[:2000].lower()
    text = _IDENTITY_CODE.sub(" ", _EMAIL.sub(" ", text))
    words = []
    for token in text.split():
        if _DIGIT.search(token):  # phone numbers, references, addresses, dates
            continue
        words += [word.strip("'-") for word in _SEPARATORS.split(token) if word.strip("'-_")]
    kept = " ".join(words[:MISS_QUERY_WORDS])
    if len(kept) > MISS_QUERY_LENGTH:
        kept = kept[:MISS_QUERY_LENGTH].rsplit(" ", 1)[0]
    return kept


class SearchMiss(models.Model):
    """A citizens' search that found nothing, counted: what the catalogue keeper reads to
    add the words citizens use. Only the query as `search_miss_query` leaves it is kept —
    no person, address or time of a single search."""

    query = models.CharField(_("search words"), max_length=MISS_QUERY_LENGTH)
    language = models.CharField(_("language"), max_length=2)
    count = models.PositiveIntegerField(_("searches"), default=1)
    first_seen = models.DateTimeField(_("first searched"), default=timezone.now)
    last_seen = models.DateTimeField(_("last searched"), default=timezone.now)
    resolved = models.BooleanField(_("handled"), default=False)

    class Meta:
        verbose_name = _("search miss")
        verbose_name_plural = _("search misses")
        constraints = [
            models.UniqueConstraint(fields=["query", "language"], name="search_miss_unique"),
            models.CheckConstraint(condition=~models.Q(query=""), name="search_miss_query"),
        ]
        indexes = [
            models.Index(
                fields=["resolved", "-count", "-last_seen"], name="search_miss_open_by_count"
            )
        ]

    def __str__(self) -> str:
        return f"{self.language}: {self.query} ({self.count})"
