"""A key changed or retired in the admin is forgotten by the cache at once."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from luukku.channels.models import ApiKey

from .services import api_key_cache_key


@receiver([post_save, post_delete], sender=ApiKey)
def api_key_changed(sender, instance: ApiKey, **kwargs):
    cache.delete(api_key_cache_key(instance.key))
