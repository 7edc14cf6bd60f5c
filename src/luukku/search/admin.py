from django.contrib import admin

from .models import SearchMiss


@admin.register(SearchMiss)
class SearchMissAdmin(admin.ModelAdmin):
    list_display = ("query", "language", "count", "first_seen", "last_seen", "resolved")
    list_filter = ("language", "resolved")
    search_fields = ("query",)
    readonly_fields = ("query", "language", "count", "first_seen", "last_seen")
