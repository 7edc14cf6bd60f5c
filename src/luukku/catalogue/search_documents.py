"""What a service contributes to search: a document per language it is named in, public
while it is published. Registered with `search` in `CatalogueConfig.ready()`."""

from luukku.search.documents import LANGUAGES, Document, translated
from luukku.search.models import SearchDocument
from luukku.search.services import search_register


def service_documents(service) -> list[Document]:
    documents = []
    for language in LANGUAGES:
        title = translated(service, "name", language)
        if not title:
            continue
        body = "\n".join(
            translated(service, field, language)
            for field in ("summary", "keywords", "description", "user_instruction")
        )
        documents.append(Document(language, title, body, service.pk, service.is_published))
    return documents


def search_documents_register() -> None:
    search_register(
        kind=SearchDocument.Kind.SERVICE,
        model="catalogue.Service",
        documents=service_documents,
        follow=True,
    )
