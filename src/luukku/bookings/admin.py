"""Setting up the reservable units: names and terms in three languages, rules, price and
cancellation terms, and the parts a unit is made of (docs/bookings.md); courses and their
sessions; the seasonal application rounds. Bookings, registrations and applications are not
edited here: they change through the bookings services (the staff's reservation, course and
round pages)."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import ApplicationRound, Course, CourseSession, Unit


@admin.register(Unit)
class UnitAdmin(TranslationAdmin):
    list_display = ("name", "code", "kind", "service_point", "online", "needs_handling", "active")
    list_filter = ("service_point", "kind", "online", "active")
    search_fields = ("code", "name")
    filter_horizontal = ("parts",)
    ordering = ("service_point", "sort_order", "code")


class CourseSessionInline(admin.TabularInline):
    model = CourseSession
    extra = 0


@admin.register(Course)
class CourseAdmin(TranslationAdmin):
    """Courses are set up on the staff's course pages (which move the waiting list when the
    places grow); here for the administrator's look and corrections. Registrations are not
    edited here: they change through the registration services."""

    list_display = ("code", "name", "kind", "service_point", "capacity", "decision", "published")
    list_filter = ("service_point", "kind", "decision", "published")
    search_fields = ("code", "name")
    readonly_fields = ("decision", "decided_at", "decided_by", "decision_reason")
    inlines = [CourseSessionInline]

    def get_readonly_fields(self, request, obj=None):
        # A course's places change on its staff page, where more places move the waiting list.
        fields = super().get_readonly_fields(request, obj)
        return (*fields, "capacity", "waiting_list_capacity") if obj else fields


@admin.register(ApplicationRound)
class ApplicationRoundAdmin(TranslationAdmin):
    """A round is set up here (its units, season, application period and handlers);
    applications and allocations go through the bookings services (the round's page)."""

    list_display = ("name", "season_first_day", "season_last_day", "opens_at", "closes_at")
    filter_horizontal = ("units", "handlers")
    exclude = ("results_sent_at", "results_sent_by")
