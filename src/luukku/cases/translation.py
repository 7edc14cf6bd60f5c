from modeltranslation.translator import TranslationOptions, register

from .models import RoutingRule


@register(RoutingRule)
class RoutingRuleTranslation(TranslationOptions):
    fields = ("message",)
