"""The booking page's time zones: named by city and country in the reader's language, with
the offset of the moment, the common ones first and then every region's in order."""

import pytest

from luukku.core.testing.clock import at
from luukku.public.time_zones import COMMON, zone_choices, zone_label, zone_names

WINTER = at(2026, 11, 23, 9)
SUMMER = at(2027, 6, 14, 9)


@pytest.mark.parametrize(
    ("language", "stockholm", "canary"),
    [
        ("fi", "Tukholma, Ruotsi (UTC+01:00)", "Kanariansaaret, Espanja (UTC+00:00)"),
        ("sv", "Stockholm, Sverige (UTC+01:00)", "Kanarieöarna, Spanien (UTC+00:00)"),
        ("en", "Stockholm, Sweden (UTC+01:00)", "Canaries, Spain (UTC+00:00)"),
    ],
)
def test_a_zone_is_named_by_its_city_and_country_in_the_readers_language(
    language, stockholm, canary
):
    assert zone_label("Europe/Stockholm", language=language, now=WINTER) == stockholm
    assert zone_label("Atlantic/Canary", language=language, now=WINTER) == canary


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_offset_reads_the_same_in_every_language(language):
    """One form, "UTC+02:00", in all three languages (CLDR would say "GMT" in Swedish and
    English), behind and between the hours too."""
    assert zone_label("America/New_York", language=language, now=WINTER).endswith("(UTC-05:00)")
    assert zone_label("Asia/Kolkata", language=language, now=WINTER).endswith("(UTC+05:30)")
    assert zone_label("Europe/London", language=language, now=WINTER).endswith("(UTC+00:00)")


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_research_stations_stay_out_of_the_common_zones_and_name_no_world(language):
    groups = zone_choices(language=language, now=WINTER)
    common = [zone for zone, _label, _selected in groups[0][1]]
    assert not [zone for zone in common if zone.startswith("Antarctica/")]
    antarctica = dict((zone, label) for zone, label, _selected in groups[-1][1])
    assert antarctica["Antarctica/Troll"].startswith("Troll")
    assert not {"world", "maailma", "världen"} & set(antarctica["Antarctica/Troll"].split())


def test_the_offset_is_the_one_of_the_moment():
    assert zone_label("Europe/Helsinki", language="fi", now=WINTER).endswith("(UTC+02:00)")
    assert zone_label("Europe/Helsinki", language="fi", now=SUMMER).endswith("(UTC+03:00)")
    assert zone_label("Asia/Bangkok", language="fi", now=SUMMER).endswith("(UTC+07:00)")
    # A summer label is not served from the winter's cache.
    zone, label, _selected = zone_choices(language="fi", now=SUMMER)[0][1][0]
    assert (zone, label) == ("Europe/Helsinki", "Helsinki, Suomi (UTC+03:00)")


@pytest.mark.parametrize(
    ("language", "regions"),
    [
        ("fi", ["Yleisimmät aikavyöhykkeet", "Eurooppa", "Afrikka", "Amerikka", "Aasia"]),
        ("sv", ["Vanligaste tidszonerna", "Europa", "Afrika", "Amerika", "Asien"]),
        ("en", ["Common time zones", "Europe", "Africa", "Americas", "Asia"]),
    ],
)
def test_the_common_zones_come_first_then_each_region_by_name(language, regions):
    groups = zone_choices(language=language, now=WINTER)
    assert [name for name, _zones in groups][:5] == regions
    common = groups[0][1]
    assert [zone for zone, _label, _selected in common] == list(COMMON)
    assert common[0][2] and not any(selected for _n, zones in groups[1:] for *_z, selected in zones)
    for _name, zones in groups[1:]:
        labels = [label.casefold() for _zone, label, _selected in zones]
        assert labels == sorted(labels)
    listed = {zone for _name, zones in groups[1:] for zone, _label, _selected in zones}
    assert set(COMMON) <= listed and len(listed) > 400
    assert listed <= zone_names()
    assert not {"US/Eastern", "Etc/GMT+5", "Europe/Kiev"} & listed  # aliases left out


def test_the_chosen_zone_is_selected_once():
    groups = zone_choices(language="en", now=WINTER, chosen="Europe/Stockholm")
    selected = [zone for _n, zones in groups for zone, _label, chosen in zones if chosen]
    assert selected == ["Europe/Stockholm"]
    groups = zone_choices(language="en", now=WINTER, chosen="America/Lima")
    selected = [(name, zone) for name, zones in groups for zone, _label, chosen in zones if chosen]
    assert selected == [("Americas", "America/Lima")]
