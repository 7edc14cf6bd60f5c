"""Reindex what changed. Bulk writes (the demo loader) call `search_rebuild` instead."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from luukku.cases.models import Case, CaseEvent
from luukku.catalogue.models import Service
from luukku.knowledge.models import Article, ReplyTemplate

from .models import SearchDocument
from .services import search_index, search_index_soon, search_remove

KINDS = {
    Service: SearchDocument.Kind.SERVICE,
    Article: SearchDocument.Kind.ARTICLE,
    ReplyTemplate: SearchDocument.Kind.TEMPLATE,
}


@receiver(post_save, sender=Service)
@receiver(post_save, sender=Article)
@receiver(post_save, sender=ReplyTemplate)
def _content_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        search_index(kind=KINDS[sender], obj=instance)


@receiver(post_delete, sender=Service)
@receiver(post_delete, sender=Article)
@receiver(post_delete, sender=ReplyTemplate)
def _content_deleted(sender, instance, **kwargs):
    search_remove(kind=KINDS[sender], object_id=instance.pk)


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
