from modeltranslation.translator import TranslationOptions, register

from .models import Desk, ServiceGroup


@register(ServiceGroup)
class ServiceGroupTranslation(TranslationOptions):
    fields = ("name",)


@register(Desk)
class DeskTranslation(TranslationOptions):
    fields = ("name",)
