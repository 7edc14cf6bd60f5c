from modeltranslation.translator import TranslationOptions, register

from .models import (
    RequestField,
    RequestFieldOption,
    Service,
    ServiceChannel,
    ServiceMaterial,
    Topic,
)


@register(Topic)
class TopicTranslation(TranslationOptions):
    fields = ("name",)


@register(Service)
class ServiceTranslation(TranslationOptions):
    fields = (
        "name",
        "summary",
        "description",
        "keywords",
        "user_instruction",
        "requirements",
        "charge_description",
        "processing_time",
        "deadline_description",
        "validity_time",
        "responsibilities",
        "quality_measures",
    )


@register(ServiceChannel)
class ServiceChannelTranslation(TranslationOptions):
    fields = ("description",)


@register(ServiceMaterial)
class ServiceMaterialTranslation(TranslationOptions):
    fields = ("title",)


@register(RequestField)
class RequestFieldTranslation(TranslationOptions):
    fields = ("label", "help_text")


@register(RequestFieldOption)
class RequestFieldOptionTranslation(TranslationOptions):
    fields = ("label",)
