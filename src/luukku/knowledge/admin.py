from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import Article, ReplyTemplate, TemplateUse


@admin.register(Article)
class ArticleAdmin(TranslationAdmin):
    list_display = ("title", "service", "visibility", "owner", "review_due", "is_published")
    list_filter = ("visibility", "is_published", "service")
    search_fields = ("title_fi", "title_sv", "title_en")
    readonly_fields = ("helpful_yes", "helpful_no", "created_at", "updated_at")


@admin.register(ReplyTemplate)
class ReplyTemplateAdmin(admin.ModelAdmin):
    list_display = ("title", "key", "language", "service", "usage_count", "is_active")
    list_filter = ("language", "is_active", "service")
    search_fields = ("key", "title", "body", "keywords")
    readonly_fields = ("usage_count", "updated_at")


@admin.register(TemplateUse)
class TemplateUseAdmin(admin.ModelAdmin):
    list_display = ("template", "case", "user", "suggested_rank", "at")
    list_filter = ("suggested_rank",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
