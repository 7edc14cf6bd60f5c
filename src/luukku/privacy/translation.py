from modeltranslation.translator import TranslationOptions, register

from .models import RetentionRule


@register(RetentionRule)
class RetentionRuleTranslation(TranslationOptions):
    fields = ("basis",)
