"""A burst of reports cleared by the worker: 36,000 requests waiting, registered as cases by
1, 2 and 4 worker processes (issue 34).

Each run starts from the same data set: a copy of DATABASE (PostgreSQL `CREATE DATABASE …
TEMPLATE`). In the copy one request is taken in through the web form's service
(`request_take_in`, checked as the form checks it) and cloned in SQL into REQUESTS waiting
rows, each with its own private link, all due at once (a millisecond apart, the last the
one taken in). The statistics are those of a queue that was empty:
the table is analysed before the rows arrive and autovacuum is kept off it for the run
(`--statistics stale`, the situation that made the old claim sort every waiting row), or
analysed after (`--statistics analysed`). Then WORKERS processes run the worker's round
(`submissions_register_waiting`) until nobody waits, each timing every case it registers.

Reported for each run: time to empty, cases a second, the per-case time (median and p95
over all workers) of the first and the last thousand cases registered, the load average
before the run. With `--runs N` each configuration is run N times and the median and range
are printed as a Markdown table for docs/benchmarks.md.

    python bench/burst.py --database postgres://postgres@127.0.0.1:55432/bench100k \\
        --requests 36000 --workers 1 2 4 --runs 3
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

from scale import spread  # bench/, the folder of the script, is first on sys.path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
EDGE = 1000  # cases at the start and at the end of the queue whose times are compared


def _django(url: str) -> None:
    os.environ.update(
        {
            "DATABASE_URL": url,
            "DEBUG": "0",
            "SECRET_KEY": "bench-burst-not-secret",
            "DJANGO_SETTINGS_MODULE": "luukku.settings",
        }
    )
    import django

    django.setup()


def _admin(url: str):
    import psycopg

    parts = urllib.parse.urlsplit(url)
    return psycopg.connect(
        host=parts.hostname,
        port=parts.port or 5432,
        user=parts.username,
        dbname="postgres",
        autocommit=True,
    )


def _copy_of(url: str, name: str) -> str:
    """A fresh copy of the data set at `url`, named `name`; its URL."""
    source = urllib.parse.urlsplit(url).path.lstrip("/")
    with _admin(url) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
    return urllib.parse.urlunsplit(urllib.parse.urlsplit(url)._replace(path="/" + name))


def _drop(url: str) -> None:
    name = urllib.parse.urlsplit(url).path.lstrip("/")
    with _admin(url) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')


def fill(requests: int, statistics_state: str) -> dict:
    """In this process (Django on the copy): REQUESTS requests waiting, as a burst leaves
    them, with the planner's statistics in the state asked for."""
    from django.db import connection

    from luukku.catalogue.models import Service
    from luukku.channels.citizen_request import CitizenRequest
    from luukku.channels.models import Submission
    from luukku.channels.services import request_take_in

    Submission.objects.filter(state=Submission.State.PENDING).delete()
    service = next(
        s
        for s in Service.objects.filter(is_published=True).order_by("code")
        if s.accepts_requests
        and not s.requires_location
        and not s.request_fields.filter(required=True)
    )
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE channels_submission SET (autovacuum_enabled = false)")
        cursor.execute("ANALYZE channels_submission")  # nobody waits: the queue looks empty
    request = CitizenRequest(
        service=service,
        channel="web",
        language="fi",
        subject="Katuvalo ei pala",
        description="Katuvalo on ollut pimeänä viikon Koulukadun ja Puistotien kulmassa.",
        first_name="Maija",
        last_name="Meikäläinen",
        email="maija.meikalainen@example.fi",
        preferred_channel="email",
    )
    first = request_take_in(request=request)
    columns = "channel, service_id, api_key_id, language, data, state, attempts, error"
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO channels_submission (case_token, received_at, next_attempt_at, "
            f"{columns}) SELECT md5(random()::text || n::text) || md5(n::text), "
            f"received_at - (%s - n) * interval '1 millisecond', "
            f"next_attempt_at - (%s - n) * interval '1 millisecond', {columns} "
            f"FROM channels_submission, generate_series(1, %s) AS n WHERE id = %s",
            [requests, requests, requests - 1, first.pk],
        )
        if statistics_state == "analysed":
            cursor.execute("ANALYZE channels_submission")
        cursor.execute("SELECT count(*) FROM cases_case")
        cases = cursor.fetchone()[0]
    waiting = Submission.objects.filter(state=Submission.State.PENDING).count()
    return {"waiting": waiting, "cases_before": cases, "service": service.code}


def work(out: str) -> None:
    """One worker process: the worker's round, a case at a time, until nobody waits; the
    moment each case was done and how long it took, to `out`."""
    from django.db import connection

    from luukku.channels.services import submissions_register_waiting

    done: list[tuple[float, float]] = []
    idle = 0
    while idle < 2:
        started = time.perf_counter()
        handled = submissions_register_waiting(limit=1)
        finished = time.perf_counter()
        if handled:
            done.append((time.time(), finished - started))
            idle = 0
        else:
            idle += 1
    connection.close()
    Path(out).write_text(json.dumps(done))


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def run(url: str, *, requests: int, workers: int, statistics_state: str) -> dict:
    load = os.getloadavg()[0]
    fill_process = subprocess.run(
        [sys.executable, __file__, "fill", url, str(requests), statistics_state],
        check=True,
        capture_output=True,
        text=True,
    )
    filled = json.loads(fill_process.stdout.strip().splitlines()[-1])
    outputs = [tempfile.mktemp(prefix="burst-", suffix=".json") for _ in range(workers)]
    started = time.time()
    processes = [subprocess.Popen([sys.executable, __file__, "work", url, out]) for out in outputs]
    for process in processes:
        if process.wait() != 0:
            raise SystemExit(f"a worker failed: exit {process.returncode}")
    cases = []
    for out in outputs:
        cases.extend(json.loads(Path(out).read_text()))
        os.unlink(out)
    cases.sort()
    emptied = cases[-1][0] - started
    first = [duration * 1000 for _, duration in cases[:EDGE]]
    last = [duration * 1000 for _, duration in cases[-EDGE:]]
    return {
        "workers": workers,
        "statistics": statistics_state,
        "waiting": filled["waiting"],
        "registered": len(cases),
        "seconds_to_empty": emptied,
        "per_second": len(cases) / emptied,
        "first_median_ms": statistics.median(first),
        "first_p95_ms": _percentile(first, 0.95),
        "last_median_ms": statistics.median(last),
        "last_p95_ms": _percentile(last, 0.95),
        "load_before": load,
        "cases_before": filled["cases_before"],
    }


def report(results: list[dict]) -> None:
    print(
        "| workers | statistics | runs | time to empty, s | cases/s | first 1,000: "
        "median / p95 ms | last 1,000: median / p95 ms | load before |"
    )
    print("|---:|---|---:|---:|---:|---:|---:|---:|")
    keys = sorted({(r["workers"], r["statistics"]) for r in results})
    for workers, state in keys:
        rows = [r for r in results if (r["workers"], r["statistics"]) == (workers, state)]
        print(
            f"| {workers} | {state} | {len(rows)} | "
            f"{spread([r['seconds_to_empty'] for r in rows], 0)} | "
            f"{spread([r['per_second'] for r in rows])} | "
            f"{spread([r['first_median_ms'] for r in rows])} / "
            f"{spread([r['first_p95_ms'] for r in rows])} | "
            f"{spread([r['last_median_ms'] for r in rows])} / "
            f"{spread([r['last_p95_ms'] for r in rows])} | "
            f"{spread([r['load_before'] for r in rows], 2)} |"
        )


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "fill":
        _django(sys.argv[2])
        print(json.dumps(fill(int(sys.argv[3]), sys.argv[4])))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "work":
        _django(sys.argv[2])
        work(sys.argv[3])
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", required=True, help="PostgreSQL URL of the data set")
    parser.add_argument("--requests", type=int, default=36_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--statistics", choices=["stale", "analysed"], default="stale")
    parser.add_argument("--json", help="also write every run's figures to this file")
    args = parser.parse_args()
    results = []
    for number in range(args.runs):
        for workers in args.workers:
            copy = _copy_of(args.database, f"burst_{os.getpid()}")
            try:
                result = run(
                    copy,
                    requests=args.requests,
                    workers=workers,
                    statistics_state=args.statistics,
                )
            finally:
                _drop(copy)
            result["run"] = number + 1
            print(json.dumps(result), flush=True)
            results.append(result)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    report(results)


if __name__ == "__main__":
    main()
