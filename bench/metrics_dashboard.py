"""How fast the supervisor's dashboard opens over a year of a large city's data.

The dashboard reads the rollups only (docs/metrics.md), so this fills them as the worker
would for a year of CASES_PER_YEAR cases — with the cardinality such a year has: 200
services, 12 departments, 80 handlers, 6 service points, 7 channels — and times
`dashboard_tables`, the whole work of the page and of its XLSX export except rendering.
It also times how fast the rollups are counted from real cases and timelines (the demo
city's year).

    python bench/metrics_dashboard.py                       # SQLite in a temporary folder
    DATABASE_URL=postgres://…/db python bench/metrics_dashboard.py
    python bench/metrics_dashboard.py --cases-per-year 500000 --repeat 10

Results go to stdout as a Markdown table; docs/benchmarks.md keeps the latest.
"""

import argparse
import datetime as dt
import os
import random
import statistics
import tempfile
import time
from collections import Counter, defaultdict


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases-per-year", type=int, default=2_000_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument(
        "--steps",
        default="rollup,fill,measure",
        help="which of rollup (counting speed), fill and measure to do (comma-separated); "
        "measure alone reuses the database of an earlier fill (give LUUKKU_DATA_DIR or "
        "DATABASE_URL)",
    )
    args = parser.parse_args()
    os.environ.setdefault("LUUKKU_DATA_DIR", tempfile.mkdtemp(prefix="luukku-bench-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "luukku.settings")
    os.environ.setdefault("DEBUG", "1")  # the development key, unless SECRET_KEY is given
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    print(f"Database: {connection.vendor}")
    steps = set(args.steps.split(","))
    if "rollup" in steps:
        rollup_speed()
    if "fill" in steps:
        fill(args.cases_per_year)
    if "measure" in steps:
        measure(args.repeat, args.cases_per_year)


def rollup_speed() -> None:
    """Count the demo city's year (3,000 cases with their timelines) from scratch."""
    from luukku.cases.models import Case
    from luukku.demo.loader import load_demo
    from luukku.insights.services import rollups_refresh

    if not Case.objects.exists():
        load_demo()
    started = time.perf_counter()
    days = rollups_refresh(full=True)
    seconds = time.perf_counter() - started
    cases = Case.objects.count()
    print(
        f"\nCounting the rollups from cases: {cases} cases over {days} days in {seconds:.1f} s "
        f"({cases / seconds:.0f} cases/s, {1000 * seconds / days:.0f} ms per day)"
    )


def fill(cases_per_year: int) -> None:
    from django.db import transaction

    from luukku.catalogue.models import Service
    from luukku.catalogue.tests.factories import ServiceFactory
    from luukku.insights.models import CaseFigures, DurationFigures, KeywordFigures, Period
    from luukku.insights.services import day_rows_write, rollup_month, statistics_refresh
    from luukku.organisation.models import Department, ServicePoint, User
    from luukku.organisation.tests.factories import DepartmentFactory, OrganisationFactory

    rng = random.Random(2026)
    started = time.perf_counter()
    with transaction.atomic():
        CaseFigures.objects.all().delete()
        DurationFigures.objects.all().delete()
        KeywordFigures.objects.all().delete()
        organisation = OrganisationFactory()
        while Department.objects.count() < 12:
            DepartmentFactory(organisation=organisation)
        departments = list(Department.objects.all()[:12])
        while Service.objects.count() < 200:
            ServiceFactory(responsible_unit__department=rng.choice(departments))
        services = [
            (s.pk, s.department.pk if s.department else None)
            for s in Service.objects.select_related("responsible_unit__department")[:200]
        ]
        User.objects.bulk_create(
            User(
                username=f"bench-agent-{index}",
                role="agent",
                first_name="Agentti",
                last_name=str(index),
            )
            for index in range(80 - User.objects.filter(role="agent").count())
        )
        agents = list(User.objects.filter(role="agent").values_list("pk", flat=True)[:80])
        while ServicePoint.objects.count() < 6:
            ServicePoint.objects.create(
                organisation=organisation,
                name=f"Piste {ServicePoint.objects.count()}",
                street_address="Katu 1",
                postal_code="00100",
                post_office="Kaupunki",
            )
        points = list(ServicePoint.objects.values_list("pk", flat=True)[:6])
    service_weights = [1 / (rank + 1) for rank in range(len(services))]  # Zipf: a few big ones
    channels = ["web", "email", "phone", "counter", "chat", "open311", "internal"]
    channel_weights = [30, 25, 25, 10, 6, 3, 1]
    words = [(f"sana{index}", f"sanan{index}") for index in range(2000)]
    word_weights = [1 / (rank + 1) for rank in range(len(words))]  # Zipf, as language is
    last = dt.date(2026, 10, 31)
    first = last - dt.timedelta(days=364)
    per_day = cases_per_year / 365
    day = first
    print(f"(set up in {time.perf_counter() - started:.0f} s)")
    while day <= last:
        # The day's counts in the shapes rollup_day makes, written by the same function.
        weekday = [1.3, 1.1, 1.0, 1.0, 0.9, 0.4, 0.3][day.weekday()]
        count = int(per_day * weekday / 0.857)
        rows: dict = defaultdict(Counter)
        timing: Counter = Counter()
        keywords: dict = defaultdict(lambda: defaultdict(Counter))
        picked_services = rng.choices(services, service_weights, k=count)
        picked_channels = rng.choices(channels, channel_weights, k=count)
        for (service, department), channel in zip(picked_services, picked_channels, strict=True):
            point = rng.choice(points) if channel == "counter" else None
            dimensions = (service, department, channel, point)
            counts = rows[(dimensions, rng.choice(agents))]
            counts["cases"] += 1
            counts["contacts"] += 1 + (rng.random() < 0.3)
            counts["resolved"] += 1
            counts["first_contact"] += rng.random() < 0.4
            counts["front_line"] += rng.random() < 0.7
            counts["consulted"] += rng.random() < 0.2
            counts["responded"] += 1
            counts["response_targets"] += 1
            counts["response_met"] += rng.random() < 0.85
            counts["resolution_targets"] += 1
            counts["resolution_met"] += rng.random() < 0.8
            counts["resolved_in_period"] += 1
            for measure, mean in (("first_response", 9), ("resolution", 11)):
                bucket = max(0, min(140, int(rng.gauss(mean * 6, 12))))
                timing[(dimensions, measure, bucket)] += 1
            for stem, word in rng.choices(words, word_weights, k=3):
                keywords[service][stem][word] += 1
        with transaction.atomic():
            day_rows_write(day, rows, timing, keywords)
        day += dt.timedelta(days=1)
    print(f"(day rows written in {time.perf_counter() - started:.0f} s)")
    month = first.replace(day=1)
    while month <= last:
        rollup_month(month)
        month = (month + dt.timedelta(days=32)).replace(day=1)
    counted = {
        model.__name__: (
            model.objects.filter(period=Period.DAY).count(),
            model.objects.filter(period=Period.MONTH).count(),
        )
        for model in (CaseFigures, DurationFigures, KeywordFigures)
    }
    statistics_refresh(thorough=True)  # as `luukku metrics_rollup --full` does
    print(
        f"\nFilled a year of {cases_per_year:,} cases in {time.perf_counter() - started:.0f} s; "
        "rows (day, month): "
        + ", ".join(f"{name} {days:,} / {months:,}" for name, (days, months) in counted.items())
    )


def measure(repeat: int, cases_per_year: int) -> None:
    from luukku.insights.reports import dashboard_tables
    from luukku.insights.selectors import Filters
    from luukku.organisation.models import User

    agent = User.objects.filter(role="agent").first()
    from luukku.catalogue.models import Service

    busiest = Service.objects.order_by("pk").first()
    year = {"start": dt.date(2025, 11, 1), "end": dt.date(2026, 10, 31)}
    cases = {
        "a year, everything": Filters(**year),
        "a year, one service": Filters(**year, service=busiest.pk),
        "a year, one handler": Filters(**year, assignee=agent.pk),
        "a year, phone only": Filters(**year, channel="phone"),
        "a year not on month borders": Filters(
            start=dt.date(2025, 11, 17), end=dt.date(2026, 10, 16)
        ),
        "30 days (daily trend)": Filters(start=dt.date(2026, 10, 2), end=dt.date(2026, 10, 31)),
    }
    print(f"\n| Dashboard ({cases_per_year:,} cases a year) | median ms | p95 ms |")
    print("|---|---:|---:|")
    for name, filters in cases.items():
        dashboard_tables(filters)  # warm the caches as a second visit would
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            dashboard_tables(filters)
            times.append(1000 * (time.perf_counter() - started))
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        print(f"| {name} | {statistics.median(times):.0f} | {p95:.0f} |")


if __name__ == "__main__":
    main()
