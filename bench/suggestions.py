"""Suggestions and catalogue search measured at a scale: the demo city with N cases, then
`suggestions_evaluate` and `search_evaluate` on labelled sets, as one Markdown table row per
set, with the p50/p95 latency of `templates_suggested` and of `service_list`.

    # SQLite in LUUKKU_DATA_DIR (a fresh directory per scale)
    LUUKKU_DATA_DIR=/tmp/bench-0 python bench/suggestions.py --cases 0
    LUUKKU_DATA_DIR=/tmp/bench-3k python bench/suggestions.py --cases 3000
    # PostgreSQL (an empty database per scale)
    DATABASE_URL=postgres://postgres@127.0.0.1:55432/luukku_s100k \\
        python bench/suggestions.py --cases 100000
    # other sets: --suggestions FILE [FILE ...] --queries FILE

The city is built with `luukku.demo.loader.load_demo` (as `luukku demo_load` and
bench/generate.py build it) when the database has no demo cases yet; a database that has them
is measured as it is. The latency is of each call on the set's messages (queries), after one
warm-up pass.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
DATA = Path(__file__).resolve().parent.parent / "src" / "luukku"
SUGGESTION_SETS = [
    DATA / "knowledge" / "data" / "suggestions-tuning.csv",
    DATA / "knowledge" / "data" / "suggestions-tuning-new.csv",
    DATA / "knowledge" / "data" / "suggestions-heldout.csv",
]
QUERIES = DATA / "catalogue" / "data" / "search-queries.csv"


def _timed(call, items) -> tuple[float, float]:
    """p50 and p95 in milliseconds of `call(item)` over the items (after a warm-up pass)."""
    for item in items[:20]:
        call(item)
    times = []
    for item in items:
        started = time.perf_counter()
        call(item)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))]


def _percent(rate) -> str:
    return "—" if rate is None else f"{rate:.1%}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=3000)
    parser.add_argument("--suggestions", type=Path, nargs="+", default=SUGGESTION_SETS)
    parser.add_argument("--queries", type=Path, default=QUERIES)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "luukku.settings")
    os.environ.setdefault("SECRET_KEY", "bench-suggestions-not-secret")
    os.environ.setdefault("DEBUG", "0")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.utils import translation

    from luukku.cases.models import Case
    from luukku.catalogue.evaluation import labelled_queries_read, search_evaluate
    from luukku.catalogue.selectors import service_list
    from luukku.demo.loader import load_demo
    from luukku.knowledge.evaluation import labelled_messages_read, outcomes, tallied
    from luukku.knowledge.selectors import templates_suggested

    call_command("migrate", verbosity=0)
    if not Case.objects.exists():
        load_demo(cases=args.cases, customers=max(600, args.cases // 4), seed=args.seed)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")
    cases = Case.objects.count()
    database = connection.vendor

    def suggest(labelled):
        templates_suggested(text=labelled.message, language=labelled.language)

    def find(labelled):
        with translation.override(labelled.language):
            list(service_list(query=labelled.query))

    print(
        "| Set | DB | Cases | Top-1 | Top-3 (answerable) | No-answer precision | "
        "No-answer recall | Suggest p50 / p95 ms |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for path in args.suggestions:
        if not path.exists():
            continue
        messages = labelled_messages_read(path)
        figures = tallied(outcomes(messages=messages)).overall.figures()
        p50, p95 = _timed(suggest, messages)
        print(
            f"| {path.name} | {database} | {cases:,} | {_percent(figures['top1_rate'])} | "
            f"{_percent(figures['top3_rate'])} | {_percent(figures['no_answer_precision'])} | "
            f"{_percent(figures['no_answer_recall'])} | {p50:.1f} / {p95:.1f} |"
        )
    if args.queries.exists():
        queries = labelled_queries_read(args.queries)
        figures = search_evaluate(queries=queries).overall.figures()
        p50, p95 = _timed(find, queries)
        print()
        print(
            "| Queries | DB | Cases | Right service first | Top 3 | Zero results | "
            "Search p50 / p95 ms |"
        )
        print("|---|---|---:|---:|---:|---:|---:|")
        print(
            f"| {args.queries.name} | {database} | {cases:,} | "
            f"{_percent(figures['first_rate'])} | {_percent(figures['top3_rate'])} | "
            f"{_percent(figures['zero_result_rate'])} | {p50:.1f} / {p95:.1f} |"
        )
    else:
        print(f"\n(no catalogue queries at {args.queries})")


if __name__ == "__main__":
    main()
