"""Setting up the reservable units: names and terms in three languages, rules, price and
cancellation terms, and the parts a unit is made of (docs/bookings.md); courses and their
sessions. Bookings and registrations are not edited here: they change through the bookings
services (the staff's reservation and course pages)."""

from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import Course, CourseSession, Unit


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
