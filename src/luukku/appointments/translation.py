from modeltranslation.translator import TranslationOptions, register

from .models import BookableService


@register(BookableService)
class BookableServiceTranslation(TranslationOptions):
    fields = ("instructions",)
