"""A change to the service centre's opening hours clears the cached business hours."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from luukku.organisation.models import ExceptionalOpeningHours, OpeningHours, ServicePoint

from .selectors import business_hours_forget


@receiver([post_save, post_delete], sender=ServicePoint)
@receiver([post_save, post_delete], sender=OpeningHours)
@receiver([post_save, post_delete], sender=ExceptionalOpeningHours)
def hours_changed(sender, **kwargs):
    business_hours_forget()
