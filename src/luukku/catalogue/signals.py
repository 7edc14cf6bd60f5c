"""A change in the catalogue clears the cached copies of the services it touches."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import RequestField, RequestFieldOption, Service
from .selectors import requestable_cache_key


def _forget(services) -> None:
    for code in services.values_list("code", flat=True):
        cache.delete(requestable_cache_key(code))


@receiver([post_save, post_delete], sender=Service)
def service_changed(sender, instance: Service, **kwargs):
    cache.delete(requestable_cache_key(instance.code))


@receiver([post_save, post_delete], sender=RequestField)
def field_changed(sender, instance: RequestField, **kwargs):
    _forget(Service.objects.filter(pk=instance.service_id))


@receiver([post_save, post_delete], sender=RequestFieldOption)
def option_changed(sender, instance: RequestFieldOption, **kwargs):
    _forget(Service.objects.filter(request_fields=instance.field_id))
