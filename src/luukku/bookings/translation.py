from modeltranslation.translator import TranslationOptions, register

from .models import Unit


@register(Unit)
class UnitTranslation(TranslationOptions):
    fields = ("name", "description", "terms", "accessibility", "equipment", "key_pickup")
