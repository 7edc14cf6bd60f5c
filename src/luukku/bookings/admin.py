"""Setting up the reservable units: names and terms in three languages, rules, price and
cancellation terms, and the parts a unit is made of (docs/bookings.md); and the seasonal
application rounds. Bookings are not edited here: they change through the bookings
services (the staff's reservation pages)."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import ApplicationRound, Unit


@admin.register(Unit)
class UnitAdmin(TranslationAdmin):
    list_display = ("name", "code", "kind", "service_point", "online", "needs_handling", "active")
    list_filter = ("service_point", "kind", "online", "active")
    search_fields = ("code", "name")
    filter_horizontal = ("parts",)
    ordering = ("service_point", "sort_order", "code")


@admin.register(ApplicationRound)
class ApplicationRoundAdmin(TranslationAdmin):
    """A round is set up here (its units, season, application period and handlers);
    applications and allocations go through the bookings services (the round's page)."""

    list_display = ("name", "season_first_day", "season_last_day", "opens_at", "closes_at")
    filter_horizontal = ("units", "handlers")
    exclude = ("results_sent_at", "results_sent_by")
