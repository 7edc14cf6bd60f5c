"""How many actions, and how much server time, the staff workspace's everyday journeys take.

Issue 27's measure: Debian's Chromium, driven with Playwright, does four journeys on the demo
city as an agent (aino) and an expert (sari), counting every action a person takes — a click,
a key that does something, a choice in a list, a form sent; typing a reply is one action —
and reading the server's own time of every page and request from its `Server-Timing` header
(`LUUKKU_SERVER_TIMING=1`, luukku.core.middleware), with the processor time of it (what a
busy machine's waiting for a processor leaves out):

1. a routine e-mail answered with a suggested template and resolved, from the inbox;
2. the next five cases of the same list, one after another;
3. a counter contact logged;
4. a consultation answered by the expert.

Every action is done with the keyboard: Tab until the element has the focus (the presses are
counted and reported apart), then Enter, Space, a choice in the list or the text typed. A
journey is "keyboard only" when every element it needs was reached that way.

`--flow before` drives the workspace as issue 27 found it, `--flow after` the one it asks for
(the interfaces agreed between its helpers: the inbox's "My work", case links carrying
`list`, `data-shortcut` keys, "Use" inserting without a reload, "Send and open next").
`--pages` also times every staff page opened with GET, as every demo role that may open it.

    python bench/workspace_journeys.py                     # a demo city in a temporary folder
    python bench/workspace_journeys.py --data-dir /tmp/w   # ... kept (and reused) there
    python bench/workspace_journeys.py --url http://127.0.0.1:8000 --flow after --pages

With `--url` the server must run with LUUKKU_SERVER_TIMING=1. The journeys change the city
(a case resolved, a consultation answered, a contact logged); a second run takes the next
ones. Results go to stdout as Markdown; docs/benchmarks.md keeps the latest.
"""

import argparse
import contextlib
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "luukku-demo"
CHROMIUM = os.environ.get("LUUKKU_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
MAX_TABS = 400  # more Tab presses than this to reach an element: not usable by keyboard
TIMING = re.compile(r"app;dur=([\d.]+)(?:, cpu;dur=([\d.]+))?")
LIMIT_MS = 200  # issue 27's target for every page at the demo's size


def timing(found: re.Match | None) -> tuple[float, float]:
    """The server's time on an answer and the processor time of it, in ms (NaN: none)."""
    if not found:
        return float("nan"), float("nan")
    return float(found.group(1)), float(found.group(2) or "nan")


# -- one journey's record -----------------------------------------------------------------


@dataclass
class Request:
    method: str
    path: str
    status: int
    ms: float
    cpu_ms: float


@dataclass
class Record:
    name: str
    log: list[str] = field(default_factory=list)
    actions: int = 0
    actions_from_case: int | None = None  # None: the journey has no case (or form) to open
    tabs: int = 0
    keyboard_only: bool = True
    requests: list[Request] = field(default_factory=list)


class Session:
    """A signed-in browser page that does actions and counts them."""

    def __init__(self, page, base: str):
        self.page = page
        self.base = base
        self.record: Record | None = None
        self._case_mark: int | None = None
        page.on("response", self._response)

    def _response(self, response) -> None:
        found = TIMING.search(response.headers.get("server-timing", ""))
        request = response.request
        if not found or self.record is None:
            return
        if request.resource_type not in ("document", "xhr", "fetch"):
            return  # static files also pass the middleware; only pages and requests count
        path = response.url.removeprefix(self.base)
        self.record.requests.append(Request(request.method, path, response.status, *timing(found)))

    # ---- the journey's frame

    def start(self, name: str, path: str) -> Record:
        """Open the journey's first page (not an action: it is where the person already is)."""
        self.record = Record(name)
        self._case_mark = None
        self.page.goto(self.base + path)
        self.note(f"starts at {path}")
        return self.record

    def case_opened(self) -> None:
        """From here on the actions also count "from opening the case" (or the form)."""
        self._case_mark = self.record.actions
        self.note(f"-- the case is open: {self.path()}")

    def finish(self) -> Record:
        record = self.record
        if self._case_mark is not None:
            record.actions_from_case = record.actions - self._case_mark
        self.record = None
        return record

    def note(self, text: str) -> None:
        self.record.log.append(f"    {text}")

    def path(self) -> str:
        return self.page.url.removeprefix(self.base)

    # ---- actions

    def _count(self, description: str) -> None:
        self.record.actions += 1
        self.record.log.append(f"{self.record.actions:>3}. {description}")

    def _reach(self, selector: str, key: str | None = None):
        """Tab until the element has the focus; fall back to focusing it (and say so). With
        `key`, the element's focusing shortcut (`data-shortcut`, e.g. `r` for the reply box)
        reaches it instead, pressed where the focus is: like the Tab presses, a way to reach,
        counted with them (not an action), and said in the log."""
        target = self.page.locator(selector).first
        target.wait_for(state="attached")
        handle = target.element_handle()
        if key is not None:
            self.page.keyboard.press(key)
            if self.page.evaluate("e => document.activeElement === e", handle):
                self.record.tabs += 1
                self.note(f"(reached with the key {key})")
                return target
            self.note(f"(the key {key} did not focus {selector}; Tab instead)")
        for presses in range(MAX_TABS + 1):
            if self.page.evaluate("e => document.activeElement === e", handle):
                self.record.tabs += presses
                if presses:
                    self.note(f"(Tab × {presses})")
                return target
            self.page.keyboard.press("Tab")
        self.record.keyboard_only = False
        self.note(f"(not reached with Tab in {MAX_TABS} presses: {selector})")
        target.focus()
        return target

    def _settle(self, navigates: bool, action: Callable[[], None]) -> None:
        if navigates:
            with self.page.expect_navigation():
                action()
        else:  # a request of the page's own (htmx): wait for its answer
            with self.page.expect_response(
                lambda response: response.request.resource_type in ("xhr", "fetch")
            ):
                action()

    def press(self, description: str, selector: str, *, navigates: bool = True) -> None:
        """A link followed or a button pressed: reach it, then Enter."""
        self._count(description)
        self._reach(selector)
        self._settle(navigates, lambda: self.page.keyboard.press("Enter"))

    def choose(self, description: str, selector: str, value: str) -> None:
        """A choice in a list (a <select> is chosen from with the arrow keys)."""
        self._count(description)
        self._reach(selector).select_option(value)

    def tick(self, description: str, selector: str) -> None:
        self._count(description)
        self._reach(selector)
        self.page.keyboard.press("Space")

    def type(self, description: str, selector: str, text: str, *, key: str | None = None) -> None:
        """Typing a text is one action, however long the text."""
        self._count(description)
        self._reach(selector, key).fill(text)

    def shortcut(self, description: str, key: str, *, navigates: bool = True) -> None:
        """A keyboard shortcut (`data-shortcut`), pressed where the focus is: no Tab needed.
        A single key does nothing in a text field, so if the focus is in one (an autofocus,
        say) the journey says so and is not counted keyboard only."""
        self._count(f"{description} [{key}]")
        focused = self.page.evaluate(
            "() => { const e = document.activeElement;"
            " return e && e.matches('input, textarea, select') ? e.outerHTML.slice(0, 80) : ''; }"
        )
        if focused:
            self.record.keyboard_only = False
            self.note(f"(the focus was in a field, where {key} types: {focused}; moved out)")
            self.page.evaluate("() => document.activeElement.blur()")
        self._settle(navigates, lambda: self.page.keyboard.press(key))


# -- the journeys, as the workspace was before issue 27 ------------------------------------

INBOX_FILTERS = (
    ("Status: all open", "#id_status", "open"),
    ("Channel: e-mail", "#id_channel", "email"),
)
ROW_LINK = "table tbody tr:nth-child({row}) td:first-child a"


def before_filter_inbox(s: Session) -> None:
    for description, selector, value in INBOX_FILTERS:
        s.choose(description, selector, value)
    s.press("Filter", "form.filters button[type=submit]")


def before_routine_email(s: Session) -> Record:
    s.start("routine e-mail", "/staff/")
    before_filter_inbox(s)
    s.press("Open the first case of the list", ROW_LINK.format(row=1))
    s.case_opened()
    s.press("Use the first suggested template", "ul.suggestions a.button-link")
    s.choose("Status after the reply: resolved", "#id_reply-status_after", "resolved")
    s.press("Send the reply", "form[action$='/reply/'] button[type=submit]")
    return s.finish()


def before_next_five(s: Session) -> Record:
    s.start("next five cases", "/staff/")
    before_filter_inbox(s)
    s.press("Open the first case of the list", ROW_LINK.format(row=1))
    s.case_opened()
    for row in range(2, 7):
        # "Back to the inbox" drops the filters: they are chosen again each time.
        s.press("Back to the inbox", "main > p:first-child a")
        before_filter_inbox(s)
        s.press(f"Open case {row} of the list", ROW_LINK.format(row=row))
    return s.finish()


def before_counter_contact(s: Session) -> Record:
    s.start("counter contact", "/staff/")
    s.press("Log a contact (navigation)", "nav.main-nav a[href$='/contacts/new/']")
    s.case_opened()
    # The channel is already "service point" and "resolved at first contact" ticked.
    s.choose("Service", "#id_service", first_service(s))
    s.type("What the contact was about", "#id_note", "Kysyi jätehuollon laskusta, neuvottu.")
    s.press("Save the contact", "main form button[type=submit]")
    return s.finish()


def before_consultation(s: Session) -> Record:
    s.start("consultation answered", "/staff/")
    s.press("Consultations (navigation)", "nav.main-nav a[href$='/requests/']")
    s.press("Open the first question for me", "#for-me-heading ~ div tbody tr:first-child a")
    s.case_opened()
    s.type(
        "Write the answer",
        "#id_answer-answer",
        "Ei erillistä hakemusta; sähköposti riittää. Käsittely noin viikossa.",
    )
    s.press("Send the answer", "form[action$='/answer/'] button[type=submit]")
    return s.finish()


def first_service(s: Session) -> str:
    return s.page.locator("#id_service option:not([value=''])").first.get_attribute("value")


# -- the journeys in the workspace of issue 27 ---------------------------------------------

# The inbox opens on "My work" (open, mine and my teams', the oldest due first); its case
# links carry the list (`?list=`) so the case page's "Next" and "Send and open next" follow it.
CASE_LINK = "table.inbox tbody tr:nth-child({row}) a[href*='list=']"
REPLY_BOX = "#id_reply-body"


def after_open_first_case(s: Session) -> None:
    # The inbox has no key to open its first case (the consultations list has `j`): Tab.
    s.press("Open the first case of my work", CASE_LINK.format(row=1))
    s.case_opened()


def after_routine_email(s: Session) -> Record:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    s.start("routine e-mail", "/staff/")
    after_open_first_case(s)
    s.press(
        "Use the first suggested template (no reload)",
        "ul.suggestions button[hx-post]",
        navigates=False,
    )
    box = s.page.locator(REPLY_BOX).element_handle()
    with contextlib.suppress(PlaywrightTimeout):
        s.page.wait_for_function("b => b.value.length > 0", arg=box, timeout=10_000)
    inserted = s.page.evaluate(
        "b => ({text: b.value.length, focused: document.activeElement === b})", box
    )
    s.note(
        f"(the reply box has {inserted['text']} characters; "
        f"{'the focus is in it' if inserted['focused'] else 'THE FOCUS IS NOT IN IT'})"
    )
    if not inserted["text"]:
        raise SystemExit("'Use' put no text in the reply box")
    s.choose("Status with the reply: resolved", "#id_reply-status_after", "resolved")
    s.press("Send and open next", "button[name=and_next]")
    s.note(f"(now at {s.path()})")
    return s.finish()


def after_next_five(s: Session) -> Record:
    s.start("next five cases", "/staff/")
    after_open_first_case(s)
    for number in range(2, 7):
        before = s.path()
        s.shortcut(f"Next case ({number})", "j")
        if s.path() == before or "/staff/cases/" not in s.path():
            raise SystemExit(f"`j` did not open the next case: {before} -> {s.path()}")
        s.note(f"(now at {s.path().partition('?')[0]})")
    return s.finish()


def after_counter_contact(s: Session) -> Record:
    s.start("counter contact", "/staff/")
    s.press("Log a contact (navigation)", "nav.main-nav a[href$='/contacts/new/']")
    s.case_opened()
    # The channel is "service point" and "resolved at first contact" ticked already; the
    # most asked services come first in the list (the first of them is chosen).
    s.choose("Service (the first of the most asked)", "#id_service", first_service(s))
    s.type("What the contact was about", "#id_note", "Kysyi jätehuollon laskusta, neuvottu.")
    s.press("Save the contact", "main form button[type=submit]:not([name])")
    return s.finish()


def after_consultation(s: Session) -> Record:
    s.start("consultation answered", "/staff/")
    s.press("Consultations (navigation)", "nav.main-nav a[href$='/requests/']")
    s.shortcut("Open the first question", "j")
    s.case_opened()
    s.type(
        "Write the answer",
        "#id_answer-answer",
        "Ei erillistä hakemusta; sähköposti riittää. Käsittely noin viikossa.",
        key="r",
    )
    s.press("Answer and open next", "form[action$='/answer/'] button[name=and_next]")
    s.note(f"(now at {s.path()})")
    return s.finish()


# Each journey: (the person, the function that drives it).
FLOWS: dict[str, list[tuple[str, Callable[[Session], Record]]]] = {
    "before": [
        ("aino", before_routine_email),
        ("aino", before_next_five),
        ("aino", before_counter_contact),
        ("sari", before_consultation),
    ],
    "after": [
        ("aino", after_routine_email),
        ("aino", after_next_five),
        ("aino", after_counter_contact),
        ("sari", after_consultation),
    ],
}


# -- every staff page ---------------------------------------------------------------------

LINK = re.compile(r'href="(/staff/[^"#]*)"')
NUMBER = re.compile(r"LK-\d{4}-\d+|\d+|(?<=/services/)[\w-]+")
NOT_OPENED = ("/staff/login", "/staff/logout", "/staff/security/log/?")


def page_kind(url: str) -> str:
    """The page a URL opens, without its ids and query: `/staff/cases/<id>/`."""
    return NUMBER.sub("<id>", url.partition("?")[0])


SEEDS = ("/staff/", "/staff/?status=open&per_page=100", "/staff/customers/?q=a")


def staff_pages(context, base: str, limit: int, each: int = 3) -> dict[str, list[str]]:
    """Up to `each` URLs of every kind of staff page reachable by links from the inbox (and
    a few lists), by GET: several of a kind, because one case page, say, links to a mail and
    another to an appointment."""
    found: dict[str, list[str]] = {}
    queue = list(SEEDS)
    while queue and len(found) < limit:
        url = queue.pop(0)
        urls = found.setdefault(page_kind(url), [])
        if url in urls or len(urls) >= each or url.startswith(NOT_OPENED):
            continue
        urls.append(url)
        response = context.request.get(base + url, max_redirects=0)
        if "text/html" in response.headers.get("content-type", ""):
            queue.extend(link.replace("&amp;", "&") for link in LINK.findall(response.text()))
    return {kind: urls for kind, urls in found.items() if urls}


def time_pages(context, base: str, pages: dict[str, list[str]], repeat: int) -> list[tuple]:
    """(kind, slowest url, status, median ms, max ms, median processor ms) of each kind of
    page, each of its URLs opened `repeat` times."""
    rows = []
    for kind, urls in sorted(pages.items()):
        times, statuses = [], set()
        for url in urls:
            for _ in range(repeat):
                response = context.request.get(base + url, max_redirects=0)
                statuses.add(response.status)
                elapsed, cpu = timing(TIMING.search(response.headers.get("server-timing", "")))
                times.append((elapsed, cpu, url))
        slowest = max(times)
        status = "/".join(map(str, sorted(statuses)))
        median = statistics.median(t for t, _, _ in times)
        cpu = statistics.median(c for _, c, _ in times)
        rows.append((kind, slowest[2], status, median, slowest[0], cpu))
    return rows


# -- the server, the browser, the report ----------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_environment(data_dir: Path) -> dict:
    return {
        **os.environ,
        "LUUKKU_DATA_DIR": str(data_dir),
        "DEBUG": "0",
        "SECRET_KEY": "bench-only-" + "k" * 50,
        "SESSION_COOKIE_SECURE": "0",
        "TWO_FACTOR_REQUIRED_ROLES": "",
        "LUUKKU_SERVER_TIMING": "1",
        "LOG_LEVEL": "WARNING",
    }


@contextlib.contextmanager
def demo_server(data_dir: Path, workers: int):
    """The demo city (as `make run` loads it, once per data folder) under gunicorn."""
    env = server_environment(data_dir)
    binaries = Path(sys.executable).parent
    marker = data_dir / "workspace-journeys-demo-loaded"
    if not marker.exists():
        print(f"Loading the demo city into {data_dir} …", file=sys.stderr)
        subprocess.run([binaries / "luukku", "migrate", "--noinput", "-v0"], env=env, check=True)
        subprocess.run([binaries / "luukku", "demo_load"], env=env, check=True)
        marker.touch()
    subprocess.run([binaries / "luukku", "collectstatic", "--noinput", "-v0"], env=env, check=True)
    port = free_port()
    command = [binaries / "gunicorn", "luukku.wsgi", "-b", f"127.0.0.1:{port}", "-w", str(workers)]
    process = subprocess.Popen([*map(str, command), "--log-level", "warning"], cwd=ROOT, env=env)
    try:
        for _ in range(300):
            with contextlib.suppress(OSError):
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            if process.poll() is not None:
                raise SystemExit("gunicorn exited")
            time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)


def sign_in(browser, base: str, username: str):
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="fi-FI")
    page = context.new_page()
    page.goto(base + "/staff/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("main form button[type=submit]")
    if "/login/" in page.url:
        raise SystemExit(f"Signing in as {username} failed")
    return context, page


def spread(values: list) -> str:
    low, high = min(values), max(values)
    return str(low) if low == high else f"{low}–{high}"


def journey_row(records: list[Record]) -> str:
    """One journey done in several rounds: its actions (the same each round, unless a case
    differed), and the server times of all its rounds together."""
    requests = [request for record in records for request in record.requests]
    times = [request.ms for request in requests]
    cpu = statistics.median(request.cpu_ms for request in requests)
    slowest = max(requests, key=lambda request: request.ms)
    from_case = [r.actions_from_case for r in records if r.actions_from_case is not None]
    return (
        f"| {records[0].name} | {spread([r.actions for r in records])} | "
        f"{spread(from_case) if from_case else '–'} | "
        f"{'yes' if all(r.keyboard_only for r in records) else 'no'} "
        f"({spread([r.tabs for r in records])} Tab) | {len(records)} × "
        f"{spread([len(r.requests) for r in records])} | {statistics.median(times):.0f} ms | "
        f"{max(times):.0f} ms | {cpu:.0f} ms | {slowest.method} `{page_kind(slowest.path)}` |"
    )


def report(flow: str, records: list[Record], page_rows: dict[str, list[tuple]]) -> None:
    print(f"\n## Journeys ({flow})\n")
    for record in records:
        print(f"### {record.name}\n")
        print("\n".join(record.log))
        for request in record.requests:
            print(
                f"    {request.method} {request.path} → {request.status}: {request.ms:.0f} ms "
                f"(processor {request.cpu_ms:.0f} ms)"
            )
        print()
    print(
        "| Journey | Actions from the inbox | from opening the case | Keyboard only "
        "(Tab presses) | Rounds × requests | Server median | Server max | Processor median "
        "| Slowest |"
    )
    print("|---|---:|---:|---|---:|---:|---:|---:|---|")
    names = list(dict.fromkeys(record.name for record in records))
    for name in names:
        print(journey_row([record for record in records if record.name == name]))
    for role, rows in page_rows.items():
        over = [row for row in rows if row[3] > LIMIT_MS]
        print(f"\n## Staff pages as {role}: {len(rows)} kinds, {len(over)} over {LIMIT_MS} ms\n")
        print("| Page | Status | Median | Max (its slowest URL) | Processor median |")
        print("|---|---:|---:|---:|---:|")
        for kind, url, status, median, most, cpu in sorted(rows, key=lambda row: -row[3]):
            print(
                f"| `{kind}` | {status} | {median:.0f} ms | {most:.0f} ms (`{url}`) "
                f"| {cpu:.0f} ms |"
            )


def warm_up(context, base: str) -> None:
    """Open the inbox and some open cases on each server process first: a fresh process
    reads the suggestions' vocabulary and Voikko's dictionary on its first case pages (0.7 s
    of processor time), which is a start-up cost, not a page's."""
    for inbox in ("/staff/", "/staff/?status=open&channel=email"):
        page = context.request.get(base + inbox).text()
        for url in [inbox, *re.findall(r'href="(/staff/cases/[^"/?]+/)[?"]', page)[:5]] * 2:
            context.request.get(base + url)


def run(args, base: str) -> None:
    from playwright.sync_api import sync_playwright

    records, page_rows = [], {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context, _page = sign_in(browser, base, "aino")
        warm_up(context, base)
        context.close()
        for _round in range(args.rounds):
            for username, journey in FLOWS[args.flow]:
                context, page = sign_in(browser, base, username)
                page.set_default_timeout(30_000)
                records.append(journey(Session(page, base)))
                context.close()
        for username in args.pages:
            context, _page = sign_in(browser, base, username)
            pages = staff_pages(context, base, args.page_limit)
            page_rows[username] = time_pages(context, base, pages, args.repeat)
            context.close()
        browser.close()
    report(args.flow, records, page_rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--flow", choices=sorted(FLOWS), default="before")
    parser.add_argument("--url", help="a running server (with LUUKKU_SERVER_TIMING=1)")
    parser.add_argument("--data-dir", type=Path, help="the demo's folder (default: a new one)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument(
        "--pages",
        nargs="*",
        default=[],
        metavar="USERNAME",
        help="also time every staff page these people reach (none given: aino sari liisa admin)",
    )
    parser.add_argument("--page-limit", type=int, default=200, help="kinds of page per person")
    parser.add_argument("--repeat", type=int, default=5, help="times each page is opened")
    parser.add_argument(
        "--rounds", type=int, default=3, help="times the journeys are done (each on new cases)"
    )
    args = parser.parse_args()
    if args.pages == [] and "--pages" in sys.argv:
        args.pages = ["aino", "sari", "liisa", "admin"]
    if args.url:
        run(args, args.url.rstrip("/"))
        return
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="luukku-journeys-"))
    data_dir.mkdir(parents=True, exist_ok=True)
    with demo_server(data_dir.resolve(), args.workers) as base:
        run(args, base)


if __name__ == "__main__":
    main()
