"""What a case contributes to search, and when it is indexed again. Registered with `search`
in `CasesConfig.ready()`.

A case is indexed through `search_index_soon`, so that inside `search_index_deferred` (as
`case_create` runs) a new case with its first message is indexed once, at the end of the
block; it is indexed again when its subject or service changes and on each message in or
out. Staff find a case only within `cases_visible_to`.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import translation

from luukku.search.documents import LANGUAGES, Document
from luukku.search.models import SearchDocument
from luukku.search.services import search_index_soon, search_register

from .models import Case, CaseEvent
from .selectors import cases_visible_to

CASE_TEXT_LIMIT = 20_000


def case_documents(case, messages: list[str] | None = None) -> list[Document]:
    """A case's document: reference and subject, and the messages in and out (given by a bulk
    loader that has them at hand, otherwise read from the timeline)."""
    if messages is None:
        messages = case.events.filter(
            kind__in=[CaseEvent.Kind.MESSAGE_IN, CaseEvent.Kind.MESSAGE_OUT]
        ).values_list("body", flat=True)
    body = "\n".join(messages)[:CASE_TEXT_LIMIT]
    language = case.language if case.language in LANGUAGES else "fi"
    with translation.override(language):
        title = f"{case.reference} {case.subject}"
    return [Document(language, title, body, case.service_id, False)]


def cases_visible_among(viewer, case_ids) -> list[int]:
    """Of the matched cases, those within the viewer's access."""
    return list(cases_visible_to(user=viewer).filter(pk__in=case_ids).values_list("pk", flat=True))


def search_documents_register() -> None:
    search_register(
        kind=SearchDocument.Kind.CASE,
        model="cases.Case",
        documents=case_documents,
        visible=cases_visible_among,
    )


@receiver(post_save, sender=Case)
def _case_saved(sender, instance, created, raw=False, update_fields=None, **kwargs):
    if raw:
        return
    if created or update_fields is None or {"subject", "service"} & set(update_fields):
        search_index_soon(kind=SearchDocument.Kind.CASE, obj=instance)


@receiver(post_save, sender=CaseEvent)
def _case_message(sender, instance, created, raw=False, **kwargs):
    if created and not raw and instance.kind in {"message_in", "message_out"}:
        search_index_soon(kind=SearchDocument.Kind.CASE, obj=instance.case)
