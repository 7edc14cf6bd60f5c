from modeltranslation.translator import TranslationOptions, register

from .models import Area, Building, KeySeries


@register(Building)
class BuildingTranslation(TranslationOptions):
    fields = ("name",)


@register(Area)
class AreaTranslation(TranslationOptions):
    fields = ("name",)


@register(KeySeries)
class KeySeriesTranslation(TranslationOptions):
    fields = ("name",)
