"""Build the demo city at another scale: a chosen number of cases over several years, with
their customers, timelines and search documents, the city's articles and templates, staff, and
the metrics rollups — with bulk inserts, a chunk at a time (`luukku.demo.loader`).

    python bench/generate.py --cases 1000000                     # SQLite in LUUKKU_DATA_DIR
    DATABASE_URL=postgres://…/luukku_bench python bench/generate.py --cases 1000000

The database must be empty of demo cases (a fresh one); it is migrated first. Prints how long
each step took and how many rows it wrote.
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--years", type=int, default=4)
    parser.add_argument("--customers", type=int, help="people (default: one for every four cases)")
    parser.add_argument(
        "--agents", type=int, help="front-line agents besides the named ones (default: scaled)"
    )
    parser.add_argument("--seed", type=int, default=2026, help="the same seed and day: the same")
    args = parser.parse_args()
    customers = args.customers or max(600, args.cases // 4)
    # About one agent for every 8,000 cases a year (a year of work for a service adviser).
    agents = args.agents if args.agents is not None else args.cases // args.years // 8000
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "luukku.settings")
    # Production mode: no query log kept in memory for millions of inserts.
    os.environ.setdefault("SECRET_KEY", "bench-generate-not-secret")
    os.environ.setdefault("DEBUG", "0")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone

    from luukku.demo.loader import load_demo

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    marks = {"start": started}

    def progress(step: str, done: int) -> None:
        now = time.perf_counter()
        marks.setdefault(step, now)
        if step == "cases" and (done % 100_000 == 0 or done == args.cases):
            rate = done / (now - marks["cases"])
            print(f"  {done:>10,} cases  ({rate:,.0f} cases/s)", flush=True)

    today = timezone.localdate()
    print(
        f"Generating {args.cases:,} cases over {args.years} years up to {today} "
        f"(seed {args.seed}), {customers:,} customers, {agents} more agents on "
        f"{connection.vendor}",
        flush=True,
    )
    result = load_demo(
        cases=args.cases,
        customers=customers,
        seed=args.seed,
        today=today,
        years=args.years,
        more_agents=agents,
        progress=progress,
    )
    if not result["cases_created"]:
        sys.exit("The database already has the demo cases; give an empty one.")
    rollups_from = marks.get("rollups", time.perf_counter())
    with connection.cursor() as cursor:
        # Planner statistics for the new rows (and PostgreSQL's visibility map, which lets it
        # answer from an index alone), as autovacuum would do later.
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
    finished = time.perf_counter()
    print(
        f"Cases, timelines and search documents: {rollups_from - marks['cases']:.0f} s; "
        f"metrics rollups: {finished - rollups_from:.0f} s; in all {finished - started:.0f} s"
    )
    with connection.cursor() as cursor:
        for table in (
            "customers_customer",
            "cases_case",
            "cases_caseevent",
            "search_searchdocument",
            "knowledge_article",
            "insights_casefact",
        ):
            cursor.execute(f"SELECT count(*) FROM {table}")
            print(f"  {table:<24} {cursor.fetchone()[0]:>12,} rows")


if __name__ == "__main__":
    main()
