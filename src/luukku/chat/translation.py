from modeltranslation.translator import TranslationOptions, register

from .models import ChatQueue


@register(ChatQueue)
class ChatQueueTranslation(TranslationOptions):
    fields = ("name",)
