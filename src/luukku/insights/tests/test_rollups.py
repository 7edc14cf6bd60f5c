"""The rollups count what the timeline says, the dashboard reads them, and the cases behind
each figure are exactly the ones counted."""

import datetime as dt
import random

import pytest

from luukku.cases.models import Case, Channel, Status
from luukku.cases.services import (
    case_change_status,
)
from luukku.core.testing.clock import at, on
from luukku.insights import selectors
from luukku.insights.durations import bucket_bounds, bucket_of, percentile
from luukku.insights.models import CaseFigures, ContactVolume, Period
from luukku.insights.selectors import Filters
from luukku.insights.services import rollups_refresh

MONDAY = dt.date(2026, 11, 16)


def _figures(**kwargs):
    return Filters(start=MONDAY, end=MONDAY + dt.timedelta(days=6), **kwargs)


def test_the_week_is_counted_as_it_happened(week, agent, centre):
    totals = selectors.totals(_figures())
    assert totals.cases == 4
    assert totals.contacts == 4
    assert totals.resolved == 2
    # The counter contact, and the request the front line answered and resolved in one go.
    assert totals.first_contact == 2
    assert totals.front_line == 2
    assert totals.consulted == 1
    assert totals.forwarded == 0
    assert totals.resolved_in_period == 2
    assert totals.first_contact_rate == pytest.approx(1.0)
    # Two answered in time; the consulted request and the phone contact are past their four
    # business hours without a response by Wednesday morning.
    assert (totals.response_targets, totals.response_met) == (4, 2)
    by_channel = {line.key: line.figures for line in selectors.breakdown(_figures(), "channel")}
    assert by_channel[Channel.WEB].cases == 2
    assert by_channel[Channel.COUNTER].cases == 1
    assert by_channel[Channel.PHONE].cases == 1
    assert selectors.e_service_share(selectors.breakdown(_figures(), "channel")) == 0.5
    points = {
        line.key: line.figures.cases for line in selectors.breakdown(_figures(), "service_point")
    }
    assert points == {centre.pk: 1, None: 3}
    monday_only = selectors.totals(Filters(start=MONDAY, end=MONDAY))
    assert monday_only.cases == 3
    timing = selectors.durations(_figures())
    assert timing["first_response"].count == 2
    # 9.00 → 10.00 is one business hour; the counter contact was answered on the spot.
    assert timing["resolution"].p90 == pytest.approx(3600, rel=0.1)
    # Katuvalo, katuvalon, katuvalosta: one stem, four cases.
    top = selectors.keywords_top(_figures())[0]
    assert (top["keyword"], top["count"]) == ("katuvalo", 4)
    assert top["word"].startswith("katuvalo")


@pytest.mark.parametrize(
    "measure",
    ["cases", "resolved", "first_contact", "front_line", "consulted", "resolved_in_period"],
)
def test_the_cases_behind_a_figure_are_the_ones_counted(week, measure, agent):
    for filters in (_figures(), _figures(channel=Channel.WEB), _figures(assignee=agent.pk)):
        counted = getattr(selectors.totals(filters), measure)
        behind = selectors.cases_behind(filters, measure)
        assert behind.count() == counted


def test_open_and_overdue_cases_are_counted_now(week):
    backlog = on(at(2026, 11, 18, 8, 0), selectors.backlog, filters=_figures())
    assert backlog.open == 2  # the consulted request and the phone contact
    assert sum(count for _ages, count in backlog.ages) == 2
    drilled = on(at(2026, 11, 18, 8, 0), selectors.cases_behind, filters=_figures(), measure="open")
    assert set(drilled) == {week["consulted"], week["phone"]}


def test_counting_again_changes_nothing_and_a_late_event_recounts_its_case_day(week, agent):
    before = list(CaseFigures.objects.order_by("pk").values(*CaseFigures.MEASURES))
    on(at(2026, 11, 18, 9, 0), rollups_refresh, full=True)
    after = list(CaseFigures.objects.order_by("starts_on", "channel").values(*CaseFigures.MEASURES))
    assert sorted(map(str, before)) == sorted(map(str, after))
    # Friday: the phone case from Tuesday is resolved; Tuesday's cohort now counts it resolved
    # and Friday has a resolution.
    on(
        at(2026, 11, 20, 10, 0),
        case_change_status,
        case=week["phone"],
        actor=agent,
        status=Status.RESOLVED,
    )
    assert on(at(2026, 11, 20, 10, 5), rollups_refresh) == 2
    tuesday = selectors.totals(
        Filters(start=MONDAY + dt.timedelta(days=1), end=MONDAY + dt.timedelta(days=1))
    )
    assert tuesday.resolved == 1
    friday = selectors.totals(
        Filters(start=MONDAY + dt.timedelta(days=4), end=MONDAY + dt.timedelta(days=4))
    )
    assert friday.resolved_in_period == 1 and friday.cases == 0


def test_a_later_message_is_a_contact_in_its_own_channel(week, service):
    from luukku.channels.models import Mailbox
    from luukku.channels.services import mail_receive

    Mailbox.objects.create(name="Palvelu", address="palvelu@example.fi", default_service=service)
    raw = (
        f"From: matti@example.fi\r\nTo: palvelu@example.fi\r\n"
        f"Subject: Re: {week['consulted'].reference} lisätietoa\r\n"
        f"Message-ID: <late@example.fi>\r\n\r\nVielä yksi asia.\r\n"
    ).encode()
    on(at(2026, 11, 19, 12, 0), mail_receive, raw=raw)
    on(at(2026, 11, 19, 12, 5), rollups_refresh)
    thursday = Filters(start=MONDAY + dt.timedelta(days=3), end=MONDAY + dt.timedelta(days=3))
    by_channel = {line.key: line.figures for line in selectors.breakdown(thursday, "channel")}
    assert by_channel[Channel.EMAIL].contacts == 1
    assert by_channel[Channel.EMAIL].cases == 0
    volumes = ContactVolume.objects.filter(source="luukku", channel=Channel.EMAIL)
    assert [v.contacts for v in volumes] == [1]


def test_a_year_reads_month_rows_and_gives_the_same_totals_as_the_days(week):
    month_rows = CaseFigures.objects.filter(period=Period.MONTH)
    assert month_rows.exists()
    whole = Filters(start=dt.date(2026, 11, 1), end=dt.date(2026, 11, 30))
    days_only = selectors.totals(Filters(start=dt.date(2026, 11, 2), end=dt.date(2026, 11, 29)))
    assert selectors.totals(whole).counts == days_only.counts
    year = selectors.totals(Filters(start=dt.date(2025, 12, 1), end=dt.date(2026, 11, 30)))
    assert year.cases == 4


def test_percentiles_from_buckets_are_within_five_per_cent():
    rng = random.Random(7)
    values = [rng.lognormvariate(9, 1.2) for _ in range(5000)]
    counts = {}
    for value in values:
        counts[bucket_of(value)] = counts.get(bucket_of(value), 0) + 1
    ordered = sorted(values)
    for share in (0.5, 0.9):
        exact = ordered[int(share * len(ordered))]
        assert percentile(counts, share) == pytest.approx(exact, rel=0.05)
    assert percentile({}, 0.5) is None
    low, high = bucket_bounds(bucket_of(3600))
    assert low <= 3600 < high


def test_catalogue_coverage_finds_missing_translations_and_channels(service):
    service.description_sv = ""
    service.save()
    coverage = {item.service.pk: item for item in selectors.catalogue_coverage()}
    item = coverage[service.pk]
    assert not item.card_complete
    assert "description_sv" in item.missing


def test_bad_measure_is_refused(db):
    with pytest.raises(ValueError):
        selectors.cases_behind(_figures(), "everything")
    assert Case.objects.count() == 0


def test_every_level_of_detail_adds_up_to_the_same_figures(week, agent, service):
    everything = selectors.totals(_figures()).counts
    by_handler = selectors.breakdown(_figures(), "assignee")  # handler rows
    summed = {
        name: sum(line.figures.counts.get(name) or 0 for line in by_handler) for name in everything
    }
    assert summed == everything
    one_handler = selectors.totals(_figures(assignee=agent.pk))  # detailed rows
    assert (
        one_handler.cases == next(line for line in by_handler if line.key == agent.pk).figures.cases
    )
    by_service = selectors.breakdown(_figures(service=service.pk), "assignee")  # detailed rows
    assert sum(line.figures.cases for line in by_service) == everything["cases"]
    assert selectors.durations(_figures(service=service.pk)) == selectors.durations(_figures())
    assert selectors.keywords_top(_figures(service=service.pk))[0]["count"] == 4
