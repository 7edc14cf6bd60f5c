"""The time zones a citizen may see the booking page's times in: the common ones first, then
all of them by region, each named by its city and country in the reader's language with its
UTC offset now (names from the Unicode CLDR through Babel)."""

import datetime as dt
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

from babel import Locale
from babel.core import get_global
from babel.dates import get_timezone_location
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

FINNISH_TIME = "Europe/Helsinki"
# CLDR's territories that are no country: "world" (Antarctica's Troll station) and "unknown".
NO_COUNTRY = {"001", "ZZ"}

# Where the customers of a Finnish municipality are likely to be: home, the neighbours, where
# Finns work and winter, and where their relatives live.
COMMON = (
    "Europe/Helsinki",
    "Europe/Stockholm",
    "Europe/Tallinn",
    "Europe/Oslo",
    "Europe/Copenhagen",
    "Europe/Berlin",
    "Europe/London",
    "Europe/Madrid",
    "Atlantic/Canary",
    "Europe/Istanbul",
    "America/New_York",
    "Asia/Bangkok",
)

REGIONS = {
    "Europe": _("Europe"),
    "Africa": _("Africa"),
    "America": _("Americas"),
    "Asia": _("Asia"),
    "Australia": _("Australia"),
    "Pacific": _("Pacific Ocean"),
    "Atlantic": _("Atlantic Ocean"),
    "Indian": _("Indian Ocean"),
    "Arctic": _("Arctic"),
    "Antarctica": _("Antarctica"),
}


@lru_cache(maxsize=1)
def zone_names() -> frozenset[str]:
    """Every zone a visitor may choose (an alias a browser reports, such as Asia/Calcutta,
    included)."""
    return frozenset(zone for zone in available_timezones() if zone.split("/")[0] in REGIONS)


@lru_cache(maxsize=1)
def _listed() -> tuple[str, ...]:
    """The zones listed: CLDR's, one name a place (its aliases left out)."""
    return tuple(zone for zone in get_global("zone_territories") if zone in zone_names())


def zone_label(zone: str, *, language: str, now: dt.datetime) -> str:
    """ "Tukholma, Ruotsi (UTC+01:00)": the city, its country and the offset at `now`."""
    locale = Locale.parse(language)
    city = get_timezone_location(zone, locale=locale, return_city=True)
    canonical = get_global("zone_aliases").get(zone, zone)
    territory = get_global("zone_territories").get(canonical)
    country = locale.territories.get(territory, "") if territory not in NO_COUNTRY else ""
    offset = utc_offset(now.astimezone(ZoneInfo(zone)).utcoffset())
    place = city if not country or country == city else f"{city}, {country}"
    return f"{place} ({offset})"


def utc_offset(offset: dt.timedelta) -> str:
    """ "UTC+02:00", "UTC-05:00": one form in every language (CLDR says "GMT" in Swedish
    and English, "UTC" in Finnish)."""
    minutes = round(offset.total_seconds() / 60)
    sign = "-" if minutes < 0 else "+"
    hours, minutes = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02}:{minutes:02}"


@lru_cache(maxsize=6)
def _groups(language: str, hour: dt.datetime) -> tuple:
    label = {zone: zone_label(zone, language=language, now=hour) for zone in _listed()}
    with override(language):
        groups = [(str(_("Common time zones")), tuple((zone, label[zone]) for zone in COMMON))]
        for region, name in REGIONS.items():
            zones = sorted(
                (zone for zone in label if zone.split("/")[0] == region),
                key=lambda zone: label[zone].casefold(),
            )
            groups.append((str(name), tuple((zone, label[zone]) for zone in zones)))
    return tuple(groups)


def zone_choices(*, language: str, now: dt.datetime, chosen: str = FINNISH_TIME) -> list:
    """[(group, [(zone, label, selected), ...]), ...] for a <select> with <optgroup>s: the
    common zones, then each region's, the chosen zone selected where it first comes. Named
    once an hour a language (the offsets change with summer time); a chosen alias that is
    not listed (Asia/Calcutta) is added to its region."""
    hour = now.astimezone(dt.UTC).replace(minute=0, second=0, microsecond=0)
    groups = [(name, list(zones)) for name, zones in _groups(language, hour)]
    if chosen in zone_names() and chosen not in _listed():
        region = REGIONS[chosen.split("/")[0]]
        with override(language):
            index = [name for name, _zones in groups].index(str(region))
        groups[index][1].append((chosen, zone_label(chosen, language=language, now=hour)))
    found = False
    choices = []
    for name, zones in groups:
        marked = []
        for zone, label in zones:
            selected = zone == chosen and not found
            found = found or selected
            marked.append((zone, label, selected))
        choices.append((name, marked))
    return choices
