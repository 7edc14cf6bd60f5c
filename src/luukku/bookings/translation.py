from modeltranslation.translator import TranslationOptions, register

from .models import Course, Unit


@register(Unit)
class UnitTranslation(TranslationOptions):
    fields = ("name", "description", "terms", "accessibility", "equipment", "key_pickup")


@register(Course)
class CourseTranslation(TranslationOptions):
    fields = ("name", "description", "terms", "place")
