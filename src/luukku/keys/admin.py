"""Setting up the key register: buildings and their areas, key series with what they open
and their deposit, the keys and cards themselves (docs/keys.md). Loans are not here: they
change through the staff's key pages, which log who saw the holders."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from .models import Area, Building, Key, KeySeries


@admin.register(Building)
class BuildingAdmin(TranslationAdmin):
    list_display = ("code", "name", "service_point", "service")


@admin.register(Area)
class AreaAdmin(TranslationAdmin):
    list_display = ("code", "name", "building", "position")
    list_filter = ("building",)
    list_select_related = ("building",)


@admin.register(KeySeries)
class KeySeriesAdmin(TranslationAdmin):
    list_display = ("code", "name", "kind", "building", "deposit_product")
    list_filter = ("building", "kind")
    list_select_related = ("building", "deposit_product")
    filter_horizontal = ("areas",)


@admin.action(description=_("Retire the chosen keys that are in store"))
def keys_retire(modeladmin, request, queryset):
    retired = queryset.filter(status=Key.Status.IN_STORE).update(status=Key.Status.RETIRED)
    modeladmin.message_user(request, _("Keys retired: %(count)s.") % {"count": retired})


@admin.register(Key)
class KeyAdmin(admin.ModelAdmin):
    list_display = ("__str__", "serial", "status")
    list_filter = ("status", "series__building", "series")
    list_select_related = ("series",)
    search_fields = ("serial", "series__code")
    readonly_fields = ("status",)
    actions = [keys_retire]
