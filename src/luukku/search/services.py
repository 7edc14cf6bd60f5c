"""Keeping the search index in step with what it indexes, as the apps register it."""

from collections.abc import Callable, Iterable
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.apps import apps
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from luukku.core.locks import in_transaction

from .backends import backend
from .documents import Document
from .models import SearchDocument
from .registry import INDEXED, Indexed, indexed


def search_register(
    *,
    kind: str,
    model: str,
    documents: Callable[[Any], list[Document]],
    visible: Callable[[Any, Iterable[int]], Iterable[int]] | None = None,
    follow: bool = False,
) -> None:
    """Index `model`'s objects ("app_label.ModelName") as documents of `kind`, built by
    `documents(obj)`; an app calls this in its `AppConfig.ready()`. With `follow`, a save
    (re)indexes the object at once and a delete removes its documents; an app that needs
    more connects its own signals to `search_index_soon` and `search_remove`. `visible`
    (viewer, ids) gives the ids of those the viewer may see, for kinds staff see only some of.
    Bulk writes (the demo loader) send no signals: they call `search_index_new` or
    `search_rebuild`."""
    INDEXED[kind] = Indexed(kind=kind, model=model, documents=documents, visible=visible)
    if follow:
        sender = apps.get_model(model)
        post_save.connect(_followed_saved, sender=sender, dispatch_uid=f"search-saved-{kind}")
        post_delete.connect(_followed_deleted, sender=sender, dispatch_uid=f"search-deleted-{kind}")


def _followed_kind(sender) -> str:
    label = sender._meta.label
    return next(entry.kind for entry in INDEXED.values() if entry.model == label)


def _followed_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        search_index(kind=_followed_kind(sender), obj=instance)


def _followed_deleted(sender, instance, **kwargs):
    search_remove(kind=_followed_kind(sender), object_id=instance.pk)


_deferred: ContextVar[dict | None] = ContextVar("search_deferred", default=None)


@contextmanager
def search_index_deferred():
    """Within the block, objects asked to be indexed (`search_index_soon`) are indexed once
    each when it ends: a case made with its first message is indexed once, not twice. On an
    exception nothing is indexed (the transaction around it rolls back anyway)."""
    if _deferred.get() is not None:  # already deferring: the outer block indexes
        yield
        return
    pending: dict = {}
    token = _deferred.set(pending)
    try:
        yield
    finally:
        _deferred.reset(token)
    for (kind, _pk), obj in pending.items():
        search_index(kind=kind, obj=obj)


def search_index_soon(*, kind: str, obj) -> None:
    """`search_index` now, or at the end of the enclosing `search_index_deferred` block."""
    pending = _deferred.get()
    if pending is None:
        search_index(kind=kind, obj=obj)
    else:
        pending[(kind, obj.pk)] = obj


UPDATED = ("title", "body", "service_id", "public", "updated_at")


@in_transaction
def search_index(*, kind: str, obj) -> list[SearchDocument]:
    """(Re)index one object: a document per language it exists in; stale ones go. The
    documents are written in one upsert on (kind, object, language) and handed to the
    backend as written, so nothing is read back."""
    now = timezone.now()
    by_language = {
        document.language: SearchDocument(
            kind=kind,
            object_id=obj.pk,
            language=document.language,
            title=document.title[:300],
            body=document.body,
            service_id=document.service_id,
            public=document.public,
            updated_at=now,
        )
        for document in indexed(kind).documents(obj)
    }
    existing = SearchDocument.objects.filter(kind=kind, object_id=obj.pk)
    stale = [
        pk for language, pk in existing.values_list("language", "pk") if language not in by_language
    ]
    kept = SearchDocument.objects.bulk_create(
        by_language.values(),
        update_conflicts=True,
        unique_fields=("kind", "object_id", "language"),
        update_fields=UPDATED,
    )
    search_backend = backend()
    if stale:
        search_backend.remove(stale)
        SearchDocument.objects.filter(pk__in=stale).delete()
    search_backend.index_documents(kept)
    return kept


@in_transaction
def search_remove(*, kind: str, object_id: int) -> None:
    documents = SearchDocument.objects.filter(kind=kind, object_id=object_id)
    backend().remove(list(documents.values_list("pk", flat=True)))
    documents.delete()


@in_transaction
def search_index_new(*, kind: str, documents: list[tuple[int, list[Document]]]) -> int:
    """Index objects that have no documents yet, in bulk (a loader's freshly inserted rows):
    (object id, its documents) pairs, as the kind's registered `documents` make them."""
    now = timezone.now()
    rows = SearchDocument.objects.bulk_create(
        [
            SearchDocument(
                kind=kind,
                object_id=object_id,
                language=document.language,
                title=document.title[:300],
                body=document.body,
                service_id=document.service_id,
                public=document.public,
                updated_at=now,
            )
            for object_id, built in documents
            for document in built
        ],
        batch_size=2000,
    )
    backend().index([row.pk for row in rows])
    return len(rows)


def search_rebuild(*, kinds=None) -> int:
    """Index everything again (after a bulk import, or to repair the index)."""
    count = 0
    for kind in SearchDocument.Kind:
        if kind not in INDEXED or (kinds and kind not in kinds):
            continue
        model = apps.get_model(INDEXED[kind].model)
        for obj in model.objects.iterator(chunk_size=500):
            count += len(search_index(kind=kind, obj=obj))
    return count
