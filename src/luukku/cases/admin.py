from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import RoutingRule


@admin.register(RoutingRule)
class RoutingRuleAdmin(TranslationAdmin):
    list_display = ("name", "service", "keywords", "organisation", "automatic", "is_active")
    list_filter = ("organisation", "automatic", "is_active")
    search_fields = ("name", "keywords")
