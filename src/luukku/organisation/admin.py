from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline

from luukku.core.admin import HTTPS_URLS

from .models import (
    Absence,
    Department,
    ExceptionalOpeningHours,
    OpeningHours,
    Organisation,
    SecurityEvent,
    ServicePoint,
    Team,
    Unit,
    User,
)


@admin.register(Organisation)
class OrganisationAdmin(TranslationAdmin):
    formfield_overrides = HTTPS_URLS
    list_display = ("name", "kind", "business_id", "is_own")
    list_filter = ("kind",)


class UnitInline(TranslationTabularInline):
    model = Unit
    extra = 0


@admin.register(Department)
class DepartmentAdmin(TranslationAdmin):
    list_display = ("name", "code", "organisation")
    inlines = [UnitInline]


@admin.register(Team)
class TeamAdmin(TranslationAdmin):
    list_display = ("name", "department")
    filter_horizontal = ("members",)


class OpeningHoursInline(admin.TabularInline):
    model = OpeningHours
    extra = 0


class ExceptionalOpeningHoursInline(TranslationTabularInline):
    model = ExceptionalOpeningHours
    extra = 0


@admin.register(ServicePoint)
class ServicePointAdmin(TranslationAdmin):
    list_display = ("name", "street_address", "organisation")
    inlines = [OpeningHoursInline, ExceptionalOpeningHoursInline]


@admin.register(User)
class StaffAdmin(TranslationAdmin, UserAdmin):
    """Staff with their job title in each language: it signs their replies to customers."""

    list_display = ("username", "first_name", "last_name", "role", "is_active")
    list_filter = ("role", "is_active", "departments")
    fieldsets = (
        *UserAdmin.fieldsets,
        (_("Service centre"), {"fields": ("role", "title", "departments", "extra_departments")}),
    )
    filter_horizontal = ("departments", "extra_departments", "groups", "user_permissions")


@admin.register(Absence)
class AbsenceAdmin(admin.ModelAdmin):
    list_display = ("user", "starts_on", "ends_on", "reason")
    list_filter = ("user",)
    date_hierarchy = "starts_on"


@admin.register(SecurityEvent)
class SecurityEventAdmin(admin.ModelAdmin):
    """The security log, read only: rows are written by organisation.signin alone."""

    list_display = ("at", "kind", "username", "user", "actor", "ip_address")
    list_filter = ("kind",)
    search_fields = ("username", "ip_address")
    date_hierarchy = "at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
