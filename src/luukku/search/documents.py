"""What each searchable thing contributes to the index, per language."""

from dataclasses import dataclass

from django.utils import translation

from .models import SearchDocument

LANGUAGES = ("fi", "sv", "en")
CASE_TEXT_LIMIT = 20_000


@dataclass(frozen=True)
class Document:
    language: str
    title: str
    body: str
    service_id: int | None
    public: bool


def _translated(obj, field: str, language: str) -> str:
    return getattr(obj, f"{field}_{language}", "") or ""


def service_documents(service) -> list[Document]:
    documents = []
    for language in LANGUAGES:
        title = _translated(service, "name", language)
        if not title:
            continue
        body = "\n".join(
            _translated(service, field, language)
            for field in ("summary", "keywords", "description", "user_instruction")
        )
        documents.append(Document(language, title, body, service.pk, service.is_published))
    return documents


def article_documents(article) -> list[Document]:
    documents = []
    for language in LANGUAGES:
        title = _translated(article, "title", language)
        body = _translated(article, "body", language)
        if title and body:
            documents.append(Document(language, title, body, article.service_id, article.is_public))
    return documents if article.is_published else []


def template_documents(template) -> list[Document]:
    if not template.is_active:
        return []
    body = f"{template.body}\n{template.keywords}"
    return [Document(template.language, template.title, body, template.service_id, False)]


def case_documents(case, messages: list[str] | None = None) -> list[Document]:
    """A case's document: reference and subject, and the messages in and out (given by a bulk
    loader that has them at hand, otherwise read from the timeline)."""
    from luukku.cases.models import CaseEvent

    if messages is None:
        messages = case.events.filter(
            kind__in=[CaseEvent.Kind.MESSAGE_IN, CaseEvent.Kind.MESSAGE_OUT]
        ).values_list("body", flat=True)
    body = "\n".join(messages)[:CASE_TEXT_LIMIT]
    language = case.language if case.language in LANGUAGES else "fi"
    with translation.override(language):
        title = f"{case.reference} {case.subject}"
    return [Document(language, title, body, case.service_id, False)]


BUILDERS = {
    SearchDocument.Kind.SERVICE: service_documents,
    SearchDocument.Kind.ARTICLE: article_documents,
    SearchDocument.Kind.TEMPLATE: template_documents,
    SearchDocument.Kind.CASE: case_documents,
}
