from modeltranslation.translator import TranslationOptions, register

from .models import Segment


@register(Segment)
class SegmentTranslation(TranslationOptions):
    fields = ("name",)
