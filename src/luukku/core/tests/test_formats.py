"""Dates as a reader in Finland writes them, in each of the site's languages."""

import datetime as dt

import pytest
from django.utils import formats, translation

DAY = dt.datetime(2026, 12, 5, 14, 30)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_short_dates_put_the_day_first_with_full_stops(language):
    """Swedish in Finland writes 5.12.2026 (Django's Swedish is Sweden's 2026-12-05)."""
    with translation.override(language):
        assert formats.date_format(DAY, "SHORT_DATE_FORMAT") == "5.12.2026"
        assert formats.date_format(DAY, "SHORT_DATETIME_FORMAT").startswith("5.12.2026 14")


def test_a_swedish_date_field_reads_the_day_first_and_iso():
    from django import forms

    with translation.override("sv"):
        field = forms.DateField()
        assert field.clean("5.12.2026") == field.clean("2026-12-05") == DAY.date()


def test_swedish_times_are_written_with_a_full_stop_as_in_finland():
    """Swedish in Finland writes 14.30 (kl. 14.30), as the Finnish pages do; not Sweden's 14:30."""
    from django import forms

    with translation.override("sv"):
        assert formats.time_format(DAY, "TIME_FORMAT") == "14.30"
        assert formats.date_format(DAY, "SHORT_DATETIME_FORMAT") == "5.12.2026 14.30"
        assert formats.date_format(DAY, "DATETIME_FORMAT") == "5 december 2026 kl. 14.30"
        assert forms.DateTimeField().clean("5.12.2026 14.30") == forms.DateTimeField().clean(
            "5.12.2026 14:30"
        )
        assert forms.TimeField().clean("14.30") == DAY.time()
