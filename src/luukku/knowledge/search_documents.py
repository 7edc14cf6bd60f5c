"""What articles and reply templates contribute to search. Registered with `search` in
`KnowledgeConfig.ready()`."""

from luukku.search.documents import LANGUAGES, Document, translated
from luukku.search.models import SearchDocument
from luukku.search.services import search_register


def article_documents(article) -> list[Document]:
    documents = []
    for language in LANGUAGES:
        title = translated(article, "title", language)
        body = translated(article, "body", language)
        if title and body:
            body = f"{body}\n{translated(article, 'keywords', language)}".rstrip()
            documents.append(Document(language, title, body, article.service_id, article.is_public))
    return documents if article.is_published else []


def template_documents(template) -> list[Document]:
    if not template.is_active:
        return []
    body = f"{template.body}\n{template.keywords}"
    return [Document(template.language, template.title, body, template.service_id, False)]


def search_documents_register() -> None:
    search_register(
        kind=SearchDocument.Kind.ARTICLE,
        model="knowledge.Article",
        documents=article_documents,
        follow=True,
    )
    search_register(
        kind=SearchDocument.Kind.TEMPLATE,
        model="knowledge.ReplyTemplate",
        documents=template_documents,
        follow=True,
    )
