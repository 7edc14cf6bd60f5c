"""One search index over services, articles, reply templates and cases.

Each searchable thing has a `SearchDocument` per language it exists in. The database
decides how it is matched (`search.backends`): PostgreSQL full text (`vector`) or SQLite
FTS5, both of the same terms (`search.morphology`).
"""

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
