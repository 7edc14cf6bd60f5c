import datetime as dt
import os
import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import time_machine
from django.utils import timezone

from luukku.catalogue.tests.factories import RequestFieldFactory, ServiceFactory
from luukku.commerce.tests.factories import RegisterFactory
from luukku.core.testing.database import migrated_database_keep, migrated_database_restore
from luukku.organisation.tests.factories import DepartmentFactory, OrganisationFactory, UserFactory
from luukku.queueing.tests.factories import ServicePointFactory

# -- the clock moved for a whole run (`make test-dates`) ---------------------------------------

# `LUUKKU_CLOCK_AT`: the moment (ISO 8601 with its UTC offset) the clock was moved to for the run.
CLOCK_AT = os.environ.get("LUUKKU_CLOCK_AT", "")
# How far the clock may have run between the start of `faketime` and a (worker's) session.
CLOCK_SLACK = dt.timedelta(minutes=10)


def _clock_moved_to() -> dt.datetime | None:
    if not CLOCK_AT:
        return None
    moment = dt.datetime.fromisoformat(CLOCK_AT)
    if moment.tzinfo is None:
        raise pytest.UsageError(f"LUUKKU_CLOCK_AT={CLOCK_AT}: give the UTC offset, e.g. +02:00")
    return moment


def pytest_sessionstart(session):
    """With `LUUKKU_CLOCK_AT` (in every xdist worker too): the wall clock that Python reads must
    be the moved one, or the run stops before any test, so that a run meant to be shifted cannot
    pass on today's date."""
    moment = _clock_moved_to()
    if moment is None:
        return
    now = dt.datetime.now(dt.UTC)
    if not moment - dt.timedelta(minutes=1) <= now <= moment + CLOCK_SLACK:
        pytest.exit(
            f"The clock reads {now:%Y-%m-%d %H:%M} UTC, not {moment.isoformat()}: the run is "
            "not under libfaketime (is `faketime` installed, and LD_PRELOAD kept?).",
            returncode=3,
        )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    """A test marked `clock_set` (which `make test-dates` skips, as a moved system clock
    changes nothing in it) must have the clock set by its fixtures when it starts."""
    if item.get_closest_marker("clock_set") and not time_machine.escape_hatch.is_travelling():
        raise pytest.fail.Exception(
            "marked clock_set, but no fixture of the test has set the clock (time_machine)",
            pytrace=False,
        )
    return (yield)


def pytest_report_header(config):
    moment = _clock_moved_to()
    if moment is not None:
        now = dt.datetime.now(moment.tzinfo)
        return f"clock moved to {moment.isoformat()}, reads {now.isoformat(timespec='seconds')}"
    return None


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, tmp_path_factory):
    """On SQLite the test database is a file (of this process, in pytest's temporary folder),
    not Django's default in-memory one, so that a `luukku worker` started as a subprocess
    reads the same database (`core/tests/test_worker_kill.py`)."""
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"] == "django.db.backends.sqlite3":
        folder = tmp_path_factory.mktemp("database")
        database.setdefault("TEST", {})["NAME"] = str(folder / "test.sqlite3")


@pytest.fixture(scope="session")
def django_db_keepdb(request, django_db_modify_db_settings):
    """Keep the test database when it was copied from one migrated before
    (`core.testing.database`): Django's `migrate` then has nothing to do."""
    return request.config.getvalue("reuse_db") or migrated_database_restore()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """pytest-django's, then the migrated database kept for the next process."""
    migrated_database_keep()
    yield


@pytest.fixture(autouse=True)
def _default_language():
    """Every test starts in the default language, whatever an earlier one activated."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit counters (in the cache) and the kept lists and values (core.reference) start
    afresh in every test: rolling a test's rows back sends no signal."""
    from django.core.cache import cache

    from luukku.core.reference import Kept

    cache.clear()
    Kept.forget_all()


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """The demo's staff get their passwords hashed on every load: a fast hasher in tests (as
    Django's documentation advises) saves seconds a load; signing in works the same."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _two_factor_optional(settings):
    """Tests sign in as the demo's supervisor and administrator without a second factor, as
    the demo does; the two-factor tests require it explicitly."""
    settings.TWO_FACTOR_REQUIRED_ROLES = []


@pytest.fixture(autouse=True)
def _isolated_files(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.SITE_URL = "http://testserver"
    settings.ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]


@pytest.fixture
def department(db):
    return DepartmentFactory()


@pytest.fixture
def other_department(db):
    return DepartmentFactory()


@pytest.fixture
def service(department):
    return ServiceFactory(responsible_unit__department=department)


@pytest.fixture
def sensitive_service(department):
    return ServiceFactory(responsible_unit__department=department, sensitive=True)


@pytest.fixture
def service_with_fields(service):
    RequestFieldFactory(service=service, code="pole", datatype="text", required=True)
    RequestFieldFactory(service=service, code="count", datatype="number")
    RequestFieldFactory(service=service, code="when", datatype="date")
    RequestFieldFactory(
        service=service, code="fault", datatype="single_choice", options=["dark", "flickering"]
    )
    RequestFieldFactory(
        service=service, code="sides", datatype="multiple_choice", options=["north", "south"]
    )
    return service


@pytest.fixture
def agent(department):
    return UserFactory(role="agent")


@pytest.fixture
def expert(department):
    return UserFactory(role="expert", departments=[department])


@pytest.fixture
def other_expert(other_department):
    return UserFactory(role="expert", departments=[other_department])


@pytest.fixture
def supervisor(department):
    """A supervisor of `department`: sees its sensitive cases (need to know)."""
    return UserFactory(role="supervisor", departments=[department])


# -- real mail servers and the background worker ----------------------------------------------


@pytest.fixture
def city(db):
    """The city itself, whose service points sell, book and lend."""
    return OrganisationFactory(name="Imatran kaupunki", business_id="0162193-3", is_own=True)


@pytest.fixture
def point(city):
    """The city hall's service point (the walk-in queue's and the appointments' tests have
    their own)."""
    return ServicePointFactory(organisation=city, name="Kaupungintalo")


@pytest.fixture
def register(point):
    return RegisterFactory(service_point=point, name="Kassa 1")


@pytest.fixture
def smtp_server(settings):
    """A local SMTP server that Django sends to; `.inbox.messages` is what it accepted."""
    from luukku.core.testing.mailservers import SmtpServer

    with SmtpServer() as server:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", server.port
        settings.EMAIL_TIMEOUT = 5
        yield server.inbox


@pytest.fixture(scope="session")
def dovecot():
    """A throw-away Dovecot IMAP server for the whole run; each test adds its own user."""
    from luukku.core.testing.mailservers import Dovecot

    with Dovecot() as server:
        yield server


@pytest.fixture
def run_tasks(db):
    """Run the background jobs that are due, as `luukku worker` would (the requests taken in
    registered first); returns how many ran."""
    from django_tasks_db.management.commands.db_worker import Worker
    from django_tasks_db.models import DBTaskResult

    from luukku.channels.services import submissions_register_waiting

    worker = Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="pytest",
        excluded_queue_names=[],
    )

    def run(limit: int = 100) -> int:
        ran = submissions_register_waiting(limit=limit)
        while ran < limit and (result := DBTaskResult.objects.ready().first()) is not None:
            result.claim(worker.worker_id)
            worker.run_task(result)
            ran += 1
        return ran

    return run


# -- real browser ------------------------------------------------------------------------------

CHROMIUM = os.environ.get("LUUKKU_CHROMIUM", "/usr/bin/chromium")
ARTEFACTS = Path(os.environ.get("LUUKKU_ARTEFACTS", Path.cwd() / "artefacts"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in this thread; the test's own ORM calls
    # are still synchronous, so tell Django they are safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def new_page(browser, live_server):
    """Open a page in a fresh browser context (its own cookies), as another person would.

    Every page's console is watched for what the Content-Security-Policy refused (an inline
    script or style, a foreign resource, a frame): the test fails on any."""
    contexts = []
    refused = []

    def watch(message):
        if "Content Security Policy" in message.text:
            refused.append(f"{message.page.url if message.page else '?'}: {message.text}")

    def open_page(*, width: int = 1280, height: int = 900, javascript: bool = True, **options):
        context = browser.new_context(
            base_url=live_server.url,
            viewport={"width": width, "height": height},
            java_script_enabled=javascript,
            **options,
        )
        context.set_default_timeout(10_000)
        context.on("console", watch)
        contexts.append(context)
        page = context.new_page()
        page.luukku_javascript = javascript  # axe needs it (`accessibility_violations`)
        return page

    open_page.csp_refused = refused
    yield open_page
    for context in contexts:
        context.close()
    assert refused == [], "the Content-Security-Policy refused:\n" + "\n".join(refused)


@pytest.fixture
def screenshot():
    """Save a full-page screenshot under artefacts/screenshots for a person to look at."""
    folder = ARTEFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)

    def take(page, name: str):
        page.screenshot(path=str(folder / f"{name}.png"), full_page=True)

    return take


WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="session")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


@pytest.fixture
def accessibility_violations(axe):
    """Run axe-core's WCAG 2.1 A/AA rules on a page; returns readable lines, one a problem."""

    def check(page, label: str) -> list[str]:
        # axe is a script: in a page without JavaScript its evaluation waits for ever.
        assert getattr(page, "luukku_javascript", True), f"{label}: axe needs JavaScript on"
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        problems = []
        for violation in results.response["violations"]:
            targets = ", ".join(str(node["target"]) for node in violation["nodes"][:3])
            problems.append(f"{label}: {violation['id']} ({violation['impact']}) at {targets}")
        return problems

    return check


# -- the demo city for browser journeys -----------------------------------------------------

# How old a kept copy of the demo may be before it is loaded again: the demo is made relative to
# the moment it is loaded, and a journey may rely on what is due soon.
DEMO_KEPT_FOR = dt.timedelta(minutes=5)


@dataclass
class _DemoCopy:
    database: "sqlite3.Connection"
    media: Path
    loaded_at: dt.datetime
    loaded_monotonic: float
    travelling: bool


@pytest.fixture(scope="session")
def _demo_copies():
    copies: dict[tuple[int, int], _DemoCopy] = {}
    yield copies
    for copy in copies.values():
        copy.database.close()


def _demo_copy_fresh(copy: _DemoCopy | None, now: dt.datetime, travelling: bool) -> bool:
    if copy is None or copy.travelling or travelling:
        # A test's frozen clock: the copy fits only the very moment it was made at.
        return copy is not None and travelling and copy.travelling and now == copy.loaded_at
    elapsed = now - copy.loaded_at
    monotonic = dt.timedelta(seconds=time.monotonic() - copy.loaded_monotonic)
    return (
        abs(elapsed - monotonic) < dt.timedelta(seconds=5)
        and elapsed < DEMO_KEPT_FOR
        and timezone.localdate(now) == timezone.localdate(copy.loaded_at)
    )


@pytest.fixture
def demo_city(transactional_db, settings, _demo_copies, tmp_path_factory):
    """`load_demo(cases=…, customers=…)` for the browser journeys (transactional tests), which
    each had loaded the whole demo anew (about ten seconds each). On SQLite the first load in a
    process is kept as a copy of the database file and of the media folder, and a later test asks
    for the same size gets the copy back (SQLite's backup API, milliseconds) while the copy is
    younger than DEMO_KEPT_FOR on the same day, or made at the same frozen moment. Elsewhere (on
    PostgreSQL) it simply loads the demo."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.cache import cache
    from django.db import connection

    from luukku.core.reference import Kept
    from luukku.demo.loader import load_demo

    def load(*, cases: int, customers: int) -> None:
        if connection.vendor != "sqlite":
            load_demo(cases=cases, customers=customers)
            return
        key = (cases, customers)
        now, travelling = timezone.now(), time_machine.escape_hatch.is_travelling()
        started = time.monotonic()
        copy = _demo_copies.get(key)
        connection.ensure_connection()
        if _demo_copy_fresh(copy, now, travelling):
            copy.database.backup(connection.connection)
            shutil.copytree(copy.media, settings.MEDIA_ROOT, dirs_exist_ok=True)
            ContentType.objects.clear_cache()
            cache.clear()
            Kept.forget_all()
            return
        load_demo(cases=cases, customers=customers)
        if copy is not None:
            copy.database.close()
        database = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(database)
        media = tmp_path_factory.mktemp("demo-media")
        if Path(settings.MEDIA_ROOT).exists():
            shutil.copytree(settings.MEDIA_ROOT, media, dirs_exist_ok=True)
        _demo_copies[key] = _DemoCopy(database, media, now, started, travelling)

    return load


# -- app servers as separate processes (realtime across servers) -------------------------------


@pytest.fixture(scope="session")
def redis_server():
    """A throw-away Redis for the whole run (Debian's redis-server, installed by `make test`)."""
    from luukku.core.testing.servers import RedisServer

    with RedisServer() as server:
        yield server


@pytest.fixture
def app_servers(transactional_db, redis_server, tmp_path, settings):
    """Start Daphne app servers as separate processes on the test database, sharing one Redis
    channel layer, as production runs several servers: `app_servers(2)` gives two."""
    from luukku.core.testing.servers import AppServer, subprocess_database_url

    environment = {
        **os.environ,
        "DATABASE_URL": subprocess_database_url(),
        "REDIS_URL": redis_server.url,
        # Each test's streams apart from the others' on the shared Redis.
        "REDIS_PREFIX": f"luukku-{tmp_path.name}",
        "SECRET_KEY": settings.SECRET_KEY,
        "LUUKKU_DATA_DIR": str(tmp_path / "var"),
        "TWO_FACTOR_REQUIRED_ROLES": "",
    }
    started = []

    def start(count: int, **settings_environment: str):
        """`count` servers, with these settings (environment variables) beside the test's."""
        servers = [
            AppServer(
                {**environment, **settings_environment}, tmp_path, f"server-{len(started) + n}"
            )
            for n in range(count)
        ]
        started.extend(servers)
        return [server.start() for server in servers]

    yield start
    for server in started:
        server.stop()
