from modeltranslation.translator import TranslationOptions, register

from .models import FeedbackTopic


@register(FeedbackTopic)
class FeedbackTopicTranslation(TranslationOptions):
    fields = ("name",)
