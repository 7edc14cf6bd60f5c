from modeltranslation.translator import TranslationOptions, register

from .models import ApplicationRound, Course, Unit


@register(Unit)
class UnitTranslation(TranslationOptions):
    fields = ("name", "description", "terms", "accessibility", "equipment", "key_pickup")


@register(Course)
class CourseTranslation(TranslationOptions):
    fields = ("name", "description", "terms", "place")


@register(ApplicationRound)
class ApplicationRoundTranslation(TranslationOptions):
    fields = ("name", "description")
