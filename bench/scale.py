"""Luukku at city and national scale, beside a peer (django-helpdesk) and a ceiling (a bare
Django view that inserts one row), all under gunicorn with production settings on this machine.

Measures, on a data set made by bench/generate.py (and bench/peer/fill.py for the peer):

- intake throughput: the citizen's web form and Open311 POST, against the ceiling and the
  peer's public ticket form; wrk on loopback keeps CONNECTIONS requests in flight, and the
  rate is counted from the rows that really appeared in the database (for Luukku, requests
  taken in; then how fast one worker process registers them as cases);
- latency (median, p95) of the staff inbox and its filters, the case page, search (Finnish
  queries over cases and articles) and the metrics dashboard, against the peer's ticket list,
  ticket page and search, one request at a time from a keep-alive client;
- queries per page, from Django's test client in this process (no page may need more
  queries as the data grows);
- memory (resident set) of each server process after the run.

    python bench/scale.py --luukku-db postgres://…/bench1m --peer-db postgres://…/peer1m
    python bench/scale.py … --runs 3 --json runs.json    # each figure: median (range)
    python bench/scale.py --luukku-db sqlite:////path/luukku.sqlite3

Prints Markdown tables for docs/benchmarks.md.
"""

import argparse
import http.client
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from contextlib import contextmanager
from http.cookies import SimpleCookie
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
PEER_VENV = BENCH / ".peer-venv"
PEER_REQUIREMENTS = [
    "django-helpdesk==2.6.1",
    "gunicorn==27.0.1",
    "psycopg[binary]==3.3.9",
    "dj-database-url==3.1.2",
]
PASSWORD = "luukku-demo"
BENCH_EMAIL = "maija.meikalainen@example.fi"  # the one sender of every intake request
MAX_SECONDS_PER_PAGE = 90
MIN_ROUNDS = 40
FINNISH_QUERIES = [
    "katuvalo",
    "katuvalo pimeänä",
    "päiväkotipaikka",
    "varhaiskasvatus hakemus",
    "roskis täynnä",
    "uimahalli aukiolo",
    "pysäköintivirhemaksu",
    "rakennuslupa",
    "kuoppa tiessä",
    "lumi aurata",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Client:
    """A keep-alive HTTP/1.1 client with a cookie jar: one connection, one request at a time."""

    def __init__(self, port: int):
        self.port = port
        self.cookies: dict[str, str] = {}
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    def request(self, method: str, path: str, fields: dict | None = None):
        headers = {"Host": "127.0.0.1"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if fields is not None:
            body = urllib.parse.urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        content = response.read()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return response.status, content.decode("utf-8", "replace")

    def get(self, path: str):
        return self.request("GET", path)

    def post(self, path: str, fields: dict):
        return self.request("POST", path, fields)

    def form_token(self, path: str) -> tuple[str, str]:
        """The form page's CSRF token, and the page."""
        status, page = self.get(path)
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
        if status != 200 or not found:
            raise SystemExit(f"No form at {path} (HTTP {status})")
        return found.group(1), page

    def login(self, path: str, username: str) -> None:
        token, _page = self.form_token(path)
        status, _page = self.post(
            path, {"csrfmiddlewaretoken": token, "username": username, "password": PASSWORD}
        )
        if status != 302:
            raise SystemExit(f"Signing in as {username} at {path} failed (HTTP {status})")


def timings(client: Client, paths: list[str], rounds: int, follow=None) -> dict:
    """Each path once to warm up, then `rounds` requests in turn; milliseconds. `follow(page)`
    gives a second path that the page itself fetches (a table's rows), timed with it."""

    def fetch(path: str) -> None:
        status, body = client.get(path)
        if status != 200:
            raise SystemExit(f"{path}: HTTP {status}")
        if follow:
            second = follow(body)
            status, _body = client.get(second)
            if status != 200:
                raise SystemExit(f"{second}: HTTP {status}")

    for path in paths:
        fetch(path)
    times = []
    deadline = time.perf_counter() + MAX_SECONDS_PER_PAGE
    for index in range(rounds):
        started = time.perf_counter()
        fetch(paths[index % len(paths)])
        times.append((time.perf_counter() - started) * 1000)
        if index >= MIN_ROUNDS and started > deadline:
            break  # a page taking seconds: enough requests to tell its median and p95
    times.sort()
    return {
        "median": statistics.median(times),
        "p95": times[int(0.95 * (len(times) - 1))],
        "n": len(times),
    }


def lua_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def wrk_post(port: int, path: str, fields: dict, cookies: dict, seconds: int, connections: int):
    """POST the same form for `seconds` with `connections` in flight; wrk's own figures."""
    cookie = "; ".join(f"{k}={v}" for k, v in cookies.items())
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(
            f"""wrk.method = "POST"
wrk.body = {lua_string(urllib.parse.urlencode(fields))}
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = {lua_string(cookie)}
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %d %d %d\\n", summary.requests, summary.errors.status,
    latency:percentile(50), latency:percentile(95)))
end
"""
        )
    try:
        output = subprocess.run(
            [
                "wrk",
                "-t1",
                f"-c{connections}",
                f"-d{seconds}s",
                "--timeout",
                "30s",
                "-s",
                script.name,
                f"http://127.0.0.1:{port}{path}",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        os.unlink(script.name)
    found = re.search(r"RESULT (\d+) (\d+) (\d+) (\d+)", output)
    requests, errors, p50, p95 = (int(value) for value in found.groups())
    return {"requests": requests, "errors": errors, "p50_ms": p50 / 1000, "p95_ms": p95 / 1000}


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def workers_of(pid: int) -> list[int]:
    return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


@contextmanager
def gunicorn(binary: Path, app: str, *, cwd: Path, env: dict, workers: int):
    """The app under gunicorn (sync workers) on a free port; `rss_mib` of each worker is
    read when the block ends, before the server stops."""
    port = free_port()
    process = subprocess.Popen(
        [
            str(binary),
            app,
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            str(workers),
            "--worker-class",
            "sync",
            "--timeout",
            "120",
            "--log-level",
            "warning",
        ],
        cwd=cwd,
        env={**os.environ, **env},
    )
    try:
        for _ in range(300):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None:
                    raise SystemExit(f"gunicorn {app} exited") from None
                time.sleep(0.2)
        server = {"port": port, "pid": process.pid}
        yield server
        server["rss_mib"] = [rss_mib(pid) for pid in workers_of(process.pid)]
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)


def connect(url: str):
    """A plain DB-API connection to a DATABASE_URL (autocommit)."""
    import dj_database_url

    config = dj_database_url.parse(url)
    if config["ENGINE"].endswith("sqlite3"):
        import sqlite3

        return sqlite3.connect(config["NAME"], isolation_level=None)
    import psycopg

    return psycopg.connect(
        host=config["HOST"],
        port=config["PORT"] or 5432,
        user=config["USER"],
        password=config["PASSWORD"] or None,
        dbname=config["NAME"],
        autocommit=True,
    )


def count_rows(url: str, table: str) -> int:
    connection = connect(url)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


CEILING_TABLE = {
    "sqlite": "CREATE TABLE IF NOT EXISTS bench_ceiling_row (id integer PRIMARY KEY "
    "AUTOINCREMENT, subject varchar(200) NOT NULL, body text NOT NULL, created_at datetime "
    "NOT NULL)",
    "postgresql": "CREATE TABLE IF NOT EXISTS bench_ceiling_row (id bigserial PRIMARY KEY, "
    "subject varchar(200) NOT NULL, body text NOT NULL, created_at timestamptz NOT NULL)",
}


def intake(server, path, fields, cookies, *, url, table, args) -> dict:
    """Requests per second that really became rows (not merely answered)."""
    before = count_rows(url, table)
    result = wrk_post(server["port"], path, fields, cookies, args.seconds, args.connections)
    result["created"] = count_rows(url, table) - before
    result["per_second"] = result["created"] / args.seconds
    return result


# ---------------------------------------------------------------------------------- Luukku


def luukku_environment(url: str, static_root: str) -> dict:
    return {
        "DATABASE_URL": url,
        "DEBUG": "0",
        "SECRET_KEY": "bench-scale-not-secret",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SESSION_COOKIE_SECURE": "0",  # plain HTTP on loopback
        "DATABASE_CONN_MAX_AGE": "600",
        "FORM_RATE_LIMIT": "100000000/m",  # one address sends everything here
        "OPEN311_RATE_LIMIT": "100000000/m",
        # The supervisor signs in with a password only: the benchmark has no second factor.
        "TWO_FACTOR_REQUIRED_ROLES": "",
        "STATIC_ROOT": static_root,
    }


def luukku_prepare() -> dict:
    """What the measurements need from the data set (in this process, with Django): a service
    whose form takes a request, an Open311 key, cases to open, the busiest service."""
    from django.db.models import Count

    from luukku.cases.models import Case
    from luukku.catalogue.models import Service
    from luukku.channels.models import ApiKey

    service = next(
        s
        for s in Service.objects.filter(is_published=True).order_by("code")
        if s.accepts_requests
        and not s.requires_location
        and not s.request_fields.filter(required=True)
    )
    key, _created = ApiKey.objects.get_or_create(name="Benchmark client")
    busiest = Case.objects.values("service").annotate(n=Count("pk")).order_by("-n")[0]["service"]
    # Typical cases: not those of a customer with thousands — the intake runs' one sender
    # (and anything a profiling run left), and at this scale the demo's few named regulars.
    crowded = (
        Case.objects.filter(customer__isnull=False)
        .values("customer")
        .annotate(n=Count("pk"))
        .filter(n__gt=1000)
        .values("customer")
    )
    # And cases the supervisor measuring may open: a sensitive case is need-to-know.
    generated = Case.objects.filter(sensitive=False).exclude(customer__in=crowded)
    recent = generated.order_by("-created_at").values_list("reference", flat=True)
    older = generated.order_by("created_at").values_list("reference", flat=True)
    total = Case.objects.count()
    return {
        "service": service.code,
        "api_key": key.key,
        "busiest_service": busiest,
        "references": list(recent[:10]) + list(older[total // 2 : total // 2 + 10]),
    }


def luukku_pages(prepared: dict) -> dict[str, list[str]]:
    service = prepared["busiest_service"]
    return {
        # The inbox opens on the person's own work (issue 27); "All cases" is its last tab.
        "inbox, my work": ["/staff/"],
        "inbox, all cases": ["/staff/?queue="],
        "inbox, open": ["/staff/?status=open"],
        "inbox, one service, open": [f"/staff/?status=open&service={service}"],
        "inbox, mine": ["/staff/?assignee=me"],
        "inbox, page 50": ["/staff/?queue=&page=50"],
        "inbox, subject search": ["/staff/?q=katuvalo"],
        "case page": [f"/staff/cases/{ref}/" for ref in prepared["references"]],
        "search (cases and articles)": [
            "/staff/knowledge/?" + urllib.parse.urlencode({"q": q}) for q in FINNISH_QUERIES
        ],
        "metrics dashboard, 30 days": ["/staff/metrics/?preset=30"],
    }


def luukku_query_counts(pages: dict[str, str]) -> dict[str, int]:
    """Queries each page makes, from Django's test client (same code, same database): the
    second request to it, as a running server makes it (the first also reads the lists each
    process keeps, core.reference)."""
    from django.db import connection
    from django.test import Client as DjangoClient
    from django.test.utils import CaptureQueriesContext

    from luukku.organisation.models import User

    client = DjangoClient()
    client.force_login(User.objects.get(username="liisa"))
    counts = {}
    for name, path in pages.items():
        client.get(path, HTTP_HOST="127.0.0.1")
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path, HTTP_HOST="127.0.0.1")
        if response.status_code != 200:
            raise SystemExit(f"{path}: HTTP {response.status_code}")
        counts[name] = len(queries)
    return counts


SET_UP: dict = {}


def luukku_setup(args) -> tuple[dict, dict, str]:
    """Django in this process on the benchmark data: environment, prepared data, static root
    (once: Django's settings are read once a process, and each run serves the same files)."""
    if SET_UP:
        return SET_UP["env"], luukku_prepare(), SET_UP["static_root"]
    static_root = tempfile.mkdtemp(prefix="luukku-static-")
    env = luukku_environment(args.luukku_db, static_root)
    os.environ.update(env)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "luukku.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)
    SET_UP.update(env=env, static_root=static_root)
    return env, luukku_prepare(), static_root


def measure_luukku(args, results: dict, parts: set[str]) -> None:
    env, prepared, _static_root = luukku_setup(args)
    binary = Path(sys.executable).parent / "gunicorn"
    with gunicorn(binary, "luukku.wsgi", cwd=ROOT, env=env, workers=args.workers) as server:
        if "luukku" in parts:
            pages = luukku_pages(prepared)
            results["luukku_queries"] = luukku_query_counts({n: p[0] for n, p in pages.items()})
            staff = Client(server["port"])
            staff.login("/staff/login/", "liisa")
            results["luukku_latency"] = {
                name: timings(staff, paths, args.rounds) for name, paths in pages.items()
            }
        if "intake" in parts:
            measure_intake(args, results, server, prepared)
    results["luukku_rss"] = server["rss_mib"]
    if "intake" in parts:
        results["luukku_register"] = measure_registering(args)


def measure_intake(args, results: dict, server: dict, prepared: dict) -> None:
    """Requests taken in per second (each a checked row the worker will register)."""
    form_path = f"/services/{prepared['service']}/request/"
    citizen = Client(server["port"])
    token, _page = citizen.form_token(form_path)
    fields = {
        "csrfmiddlewaretoken": token,
        "subject": "Katuvalo ei pala",
        "description": "Katuvalo on ollut pimeänä viikon Koulukadun ja Puistotien kulmassa.",
        "first_name": "Maija",
        "last_name": "Meikäläinen",
        "email": BENCH_EMAIL,
        "phone": "",
        "preferred_channel": "email",
    }
    status, page = citizen.post(form_path, fields)
    if status != 302:
        errors = re.findall(r'class="[^"]*error[^"]*"[^>]*>([^<]+)', page)
        raise SystemExit(f"The web form did not take the request: HTTP {status} {errors}")
    results["luukku_web_form"] = intake(
        server, form_path, fields, citizen.cookies, url=args.luukku_db,
        table="channels_submission", args=args,
    )  # fmt: skip
    open311 = {
        "api_key": prepared["api_key"],
        "service_code": prepared["service"],
        "description": fields["description"],
        "first_name": "Maija",
        "last_name": "Meikäläinen",
        "email": BENCH_EMAIL,
    }
    status, body = Client(server["port"]).post("/open311/v2/requests.json", open311)
    if status not in (200, 201):
        raise SystemExit(f"Open311 POST failed: HTTP {status} {body[:300]}")
    results["luukku_open311"] = intake(
        server, "/open311/v2/requests.json", open311, {}, url=args.luukku_db,
        table="channels_submission", args=args,
    )  # fmt: skip


def measure_registering(args) -> dict:
    """Cases registered per second from the requests just taken in, by one worker process
    (what `luukku worker` runs), for `args.seconds`; those left waiting are then removed so
    that the data set stays as generated plus what was registered."""
    from django.db import connection

    from luukku.channels.models import Submission
    from luukku.channels.services import submissions_register_waiting

    waiting = Submission.objects.filter(state=Submission.State.PENDING).count()
    registered, started = 0, time.perf_counter()
    while time.perf_counter() - started < args.seconds:
        handled = submissions_register_waiting(limit=50)
        registered += handled
        if not handled:
            break
    elapsed = time.perf_counter() - started
    left = Submission.objects.filter(state=Submission.State.PENDING).delete()[0]
    connection.close()
    return {
        "waiting": waiting,
        "registered": registered,
        "per_second": registered / elapsed,
        "removed": left,
    }


# ---------------------------------------------------------------------------------- ceiling


def measure_ceiling(args, results: dict) -> None:
    connection = connect(args.luukku_db)
    vendor = "sqlite" if args.luukku_db.startswith("sqlite") else "postgresql"
    connection.execute(CEILING_TABLE[vendor])
    connection.close()
    env = {"CEILING_DATABASE_URL": args.luukku_db}
    binary = Path(sys.executable).parent / "gunicorn"
    cwd = BENCH / "ceiling"
    with gunicorn(binary, "ceiling:application", cwd=cwd, env=env, workers=args.workers) as server:
        fields = {"subject": "Katuvalo ei pala", "description": "Katuvalo on ollut pimeänä."}
        status, body = Client(server["port"]).post("/", fields)
        if status != 201:
            raise SystemExit(f"The ceiling did not insert: HTTP {status} {body[:200]}")
        results["ceiling"] = intake(
            server, "/", fields, {}, url=args.luukku_db, table="bench_ceiling_row", args=args
        )
    results["ceiling_rss"] = server["rss_mib"]


# ---------------------------------------------------------------------------------- peer


def peer_environment() -> Path:
    """django-helpdesk from PyPI in a virtual environment of its own."""
    python = PEER_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(PEER_VENV)], check=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", *PEER_REQUIREMENTS], check=True
        )
    return PEER_VENV / "bin"


def datatables_path(page: str) -> str:
    """The address from which the peer's ticket list page loads its first 25 rows."""
    found = re.search(r"datatables_ticket_list/([A-Za-z0-9_=-]+)", page)
    if not found:
        raise SystemExit("The peer's ticket list has no data address")
    return f"/datatables_ticket_list/{found.group(1)}?draw=1&start=0&length=25"


def measure_peer(args, results: dict) -> None:
    binaries = peer_environment()
    env = {"PEER_DATABASE_URL": args.peer_db, "DJANGO_SETTINGS_MODULE": "settings"}
    cwd = BENCH / "peer"
    newest = count_rows(args.peer_db, "helpdesk_ticket")
    tickets = [max(1, newest - offset * 997) for offset in range(10)]
    tickets += [max(1, newest // 2 + offset) for offset in range(10)]
    search = [
        "/tickets/?" + urllib.parse.urlencode({"q": q, "search_type": "header"})
        for q in FINNISH_QUERIES
    ]
    with gunicorn(
        binaries / "gunicorn", "wsgi:application", cwd=cwd, env=env, workers=args.workers
    ) as server:
        staff = Client(server["port"])
        staff.login("/login/", "liisa")
        # The ticket list is a page whose table then fetches its rows: the user waits for both.
        results["peer_latency"] = {
            "ticket list (page + first 25 rows)": timings(
                staff, ["/tickets/"], args.rounds, follow=datatables_path
            ),
            "ticket page": timings(staff, [f"/tickets/{pk}/" for pk in tickets], args.rounds),
            "search (page + first 25 rows)": timings(
                staff, search, args.rounds, follow=datatables_path
            ),
        }
        citizen = Client(server["port"])
        token, page = citizen.form_token("/tickets/submit/")
        queue = re.search(r'<option value="(\d+)"', page).group(1)
        fields = {
            "csrfmiddlewaretoken": token,
            "queue": queue,
            "title": "Katuvalo ei pala",
            "body": "Katuvalo on ollut pimeänä viikon Koulukadun ja Puistotien kulmassa.",
            "submitter_email": "maija.meikalainen@example.fi",
            "priority": "3",
        }
        status, _page = citizen.post("/tickets/submit/", fields)
        if status != 302:
            raise SystemExit(f"The peer's form did not take the ticket: HTTP {status}")
        results["peer_submit"] = intake(
            server, "/tickets/submit/", fields, citizen.cookies, url=args.peer_db,
            table="helpdesk_ticket", args=args,
        )  # fmt: skip
    results["peer_rss"] = server["rss_mib"]


# ---------------------------------------------------------------------------------- report


def ratios(results: dict) -> dict[str, float]:
    """How far Luukku is ahead of django-helpdesk on the comparable measures of one run."""
    if not ("peer_latency" in results and "luukku_latency" in results):
        return {}
    luukku, peer = results["luukku_latency"], results["peer_latency"]
    found = {
        "list p95 (ticket list / inbox)": peer["ticket list (page + first 25 rows)"]["p95"]
        / luukku["inbox, all cases"]["p95"],
        "item page p95 (ticket / case)": peer["ticket page"]["p95"] / luukku["case page"]["p95"],
        "search p95 (ticket search / search)": peer["search (page + first 25 rows)"]["p95"]
        / luukku["search (cases and articles)"]["p95"],
    }
    if "peer_submit" in results and "luukku_web_form" in results:
        found["intake (web form / public form)"] = (
            results["luukku_web_form"]["per_second"] / results["peer_submit"]["per_second"]
        )
    return found


def spread(values: list[float], digits: int = 1) -> str:
    """The median of the runs and their range."""
    median = statistics.median(values)
    if len(values) == 1:
        return f"{median:,.{digits}f}"
    return f"{median:,.{digits}f} ({min(values):,.{digits}f}–{max(values):,.{digits}f})"


def summary(runs: list[dict]) -> None:
    """Every figure of several runs as the median and the range."""
    print(f"\n## Summary of {len(runs)} runs: median (range)\n")
    print("Load before each run: " + ", ".join(f"{r['load_before']:.2f}" for r in runs))
    print("Statistics: " + "; ".join(r["statistics"] for r in runs) + "\n")
    pages = runs[0].get("luukku_latency", {})
    print("| Page (Luukku) | median ms | p95 ms | queries |")
    print("|---|---:|---:|---:|")
    for name in pages:
        t = [r["luukku_latency"][name] for r in runs]
        queries = sorted({r["luukku_queries"][name] for r in runs})
        print(
            f"| {name} | {spread([x['median'] for x in t])} | {spread([x['p95'] for x in t])} "
            f"| {'/'.join(map(str, queries))} |"
        )
    if "peer_latency" in runs[0]:
        print("\n| Page (django-helpdesk) | median ms | p95 ms |")
        print("|---|---:|---:|")
        for name in runs[0]["peer_latency"]:
            t = [r["peer_latency"][name] for r in runs]
            print(
                f"| {name} | {spread([x['median'] for x in t])} | {spread([x['p95'] for x in t])} |"
            )
    print("\n| Intake | taken in/s | of the ceiling |")
    print("|---|---:|---:|")
    for key in ("ceiling", "luukku_web_form", "luukku_open311", "peer_submit"):
        if key in runs[0] and "ceiling" in runs[0]:
            rates = [r[key]["per_second"] for r in runs]
            shares = [r[key]["per_second"] / r["ceiling"]["per_second"] * 100 for r in runs]
            print(f"| {key} | {spread(rates, 0)} | {spread(shares, 0)} % |")
    if "luukku_register" in runs[0]:
        rates = [r["luukku_register"]["per_second"] for r in runs]
        print(f"\nRegistered by one worker process: {spread(rates, 0)} a second")
    for name in ratios(runs[0]):
        print(f"Luukku ahead, {name}: {spread([ratios(r)[name] for r in runs], 2)}×")


def statistics_state(url: str) -> str:
    """When the case tables' statistics were last taken (by ANALYZE or autovacuum)."""
    if not url.startswith("postgres"):
        return "SQLite"
    connection = connect(url)
    try:
        row = connection.execute(
            "SELECT min(greatest(last_analyze, last_autoanalyze)), count(*) FILTER (WHERE "
            "last_analyze IS NULL AND last_autoanalyze IS NULL) FROM pg_stat_user_tables "
            "WHERE relname IN ('cases_case', 'cases_caseevent', 'search_searchdocument', "
            "'customers_customer')"
        ).fetchone()
    finally:
        connection.close()
    if row[1]:
        return f"{row[1]} of the 4 case tables never analysed"
    return f"the case tables analysed at {row[0]:%Y-%m-%d %H:%M} UTC or later"


def report(args, results: dict) -> None:
    print(f"\n## Results ({args.workers} gunicorn workers, {args.connections} connections)\n")
    print("| Page (Luukku) | median | p95 | requests | queries |")
    print("|---|---:|---:|---:|---:|")
    for name, t in results.get("luukku_latency", {}).items():
        queries = results["luukku_queries"][name]
        print(f"| {name} | {t['median']:.1f} ms | {t['p95']:.1f} ms | {t['n']} | {queries} |")
    if "peer_latency" in results:
        print("\n| Page (django-helpdesk) | median | p95 | requests |")
        print("|---|---:|---:|---:|")
        for name, t in results["peer_latency"].items():
            print(f"| {name} | {t['median']:.1f} ms | {t['p95']:.1f} ms | {t['n']} |")
    print("\n| Intake | taken in/s | wrk p50 | wrk p95 | HTTP errors |")
    print("|---|---:|---:|---:|---:|")
    names = {
        "luukku_web_form": "Luukku web form",
        "luukku_open311": "Luukku Open311 POST",
        "ceiling": "Ceiling: bare Django insert",
        "peer_submit": "django-helpdesk public form",
    }
    for key, name in names.items():
        if key in results:
            r = results[key]
            print(
                f"| {name} | {r['per_second']:.0f} | {r['p50_ms']:.0f} ms | {r['p95_ms']:.0f} ms "
                f"| {r['errors']} |"
            )
    print()
    if "luukku_register" in results:
        r = results["luukku_register"]
        print(
            f"Registered as cases by one worker process: {r['per_second']:.0f}/s "
            f"({r['registered']} of {r['waiting']} waiting; {r['removed']} removed after)"
        )
    ceiling = results.get("ceiling", {}).get("per_second")
    if ceiling:
        for key in ("luukku_web_form", "luukku_open311"):
            if key in results:
                print(f"{names[key]}: {results[key]['per_second'] / ceiling:.0%} of the ceiling")
    for name, ratio in ratios(results).items():
        print(f"Luukku ahead of django-helpdesk, {name}: {ratio:.2f}×")
    print("\nMemory per server process after the run (MiB):")
    for key in ("luukku_rss", "ceiling_rss", "peer_rss"):
        if key in results:
            print(f"  {key}: " + ", ".join(f"{value:.0f}" for value in results[key]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--luukku-db", required=True, help="DATABASE_URL of the generated data")
    parser.add_argument("--peer-db", help="DATABASE_URL of the filled django-helpdesk")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument(
        "--parts",
        default="luukku,intake,ceiling,peer",
        help="which to measure (comma-separated): luukku (pages), intake, ceiling, peer",
    )
    parser.add_argument(
        "--runs", type=int, default=1, help="run it all N times: each figure's median and range"
    )
    parser.add_argument("--json", help="write every run's figures to this file")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed (Debian: apt-get install wrk)")
    sys.path.insert(0, str(ROOT / "src"))
    parts = set(args.parts.split(","))
    runs = []
    for number in range(1, args.runs + 1):
        results: dict = {
            "load_before": os.getloadavg()[0],
            "statistics": statistics_state(args.luukku_db),
        }
        print(f"# Run {number} of {args.runs}: load {results['load_before']:.2f}, "
              f"statistics: {results['statistics']}", flush=True)  # fmt: skip
        try:
            if parts & {"luukku", "intake"}:
                measure_luukku(args, results, parts)
            if "ceiling" in parts:
                measure_ceiling(args, results)
            if "peer" in parts and args.peer_db:
                measure_peer(args, results)
        finally:
            report(args, results)
        runs.append(results)
        if args.json:
            Path(args.json).write_text(json.dumps(runs, indent=1, default=str))
    if len(runs) > 1:
        summary(runs)
    if SET_UP:
        shutil.rmtree(SET_UP["static_root"], ignore_errors=True)


if __name__ == "__main__":
    main()
