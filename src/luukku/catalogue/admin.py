from django.contrib import admin
from modeltranslation.admin import (
    TranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)

from luukku.core.admin import HTTPS_URLS

from .models import (
    RequestField,
    RequestFieldOption,
    Service,
    ServiceChannel,
    ServiceMaterial,
    Topic,
)


@admin.register(Topic)
class TopicAdmin(TranslationAdmin):
    list_display = ("name", "slug", "order")


class ChannelInline(TranslationStackedInline):
    formfield_overrides = HTTPS_URLS
    model = ServiceChannel
    extra = 0


class MaterialInline(TranslationTabularInline):
    formfield_overrides = HTTPS_URLS
    model = ServiceMaterial
    extra = 0


class RequestFieldInline(TranslationTabularInline):
    model = RequestField
    extra = 0
    show_change_link = True


@admin.register(Service)
class ServiceAdmin(TranslationAdmin):
    list_display = (
        "name",
        "code",
        "provider",
        "responsible_unit",
        "handling_level",
        "internal",
        "is_published",
    )
    list_filter = ("provider", "handling_level", "internal", "is_published", "topic")
    search_fields = ("name", "code", "keywords")
    inlines = [ChannelInline, MaterialInline, RequestFieldInline]


class OptionInline(TranslationTabularInline):
    model = RequestFieldOption
    extra = 0


@admin.register(RequestField)
class RequestFieldAdmin(TranslationAdmin):
    list_display = ("label", "code", "service", "datatype", "required")
    inlines = [OptionInline]
