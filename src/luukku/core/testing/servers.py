"""Real servers for tests that run Luukku as separate processes: the test database's address
for a subprocess, a throw-away Redis, and Daphne app servers (ASGI: pages and WebSockets)."""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

from django.db import connection

from .mailservers import free_port

REDIS_SERVER = os.environ.get("LUUKKU_REDIS_SERVER", "/usr/bin/redis-server")
DAPHNE = str(Path(sys.executable).with_name("daphne"))
START_TIMEOUT = 60  # seconds a server may take to answer (the machine may be busy)


def subprocess_database_url() -> str:
    """The test database, as a subprocess reads it from DATABASE_URL (on SQLite a file: see
    `django_db_modify_db_settings` in the root conftest)."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        assert not connection.is_in_memory_db(), "the test database must be a file"
        return f"sqlite:///{db['NAME']}"
    credentials = quote(db["USER"] or "", safe="")
    if db["PASSWORD"]:
        credentials += ":" + quote(db["PASSWORD"], safe="")
    return f"postgres://{credentials}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"


def _wait_for_port(port: int, process: subprocess.Popen, log: Path, what: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} ended at start:\n{log.read_text()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{what} did not start:\n{log.read_text()}")


class RedisServer:
    """Debian's redis-server on a free port, nothing saved to disk (`make test` installs it)."""

    def __init__(self):
        self.root = Path(tempfile.mkdtemp(prefix="luukku-redis-"))
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def __enter__(self):
        if not Path(REDIS_SERVER).exists():
            raise RuntimeError(f"{REDIS_SERVER} is missing: `make test` installs redis-server")
        log = self.root / "redis.log"
        command = [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1"]
        command += ["--save", "", "--appendonly", "no", "--dir", str(self.root)]
        with log.open("w") as output:
            self.process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT)
        _wait_for_port(self.port, self.process, log, "redis-server")
        return self

    def __exit__(self, *exc):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
        shutil.rmtree(self.root, ignore_errors=True)


class AppServer:
    """`daphne luukku.asgi:application` on a free port with the given environment."""

    def __init__(self, environment: dict[str, str], folder: Path, name: str):
        self.port = free_port()
        self.log = folder / f"{name}.log"
        self.environment = environment
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "AppServer":
        command = [DAPHNE, "-b", "127.0.0.1", "-p", str(self.port), "luukku.asgi:application"]
        with self.log.open("w") as output:
            self.process = subprocess.Popen(
                command, env=self.environment, stdout=output, stderr=subprocess.STDOUT
            )
        _wait_for_port(self.port, self.process, self.log, "daphne")
        # The first answer loads Django: wait for it, so a test's first request is not slow.
        urllib.request.urlopen(self.url + "/", timeout=START_TIMEOUT).close()
        return self

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def in_own_thread(action, **arguments):
    """`action(**arguments)` run in a thread of its own and returned: for a service called
    beside Playwright's event loop, which holds the test's thread (an announcement after the
    commit cannot be sent from a thread running an event loop)."""
    import threading

    from django.db import connections

    done = []
    failed = []

    def run():
        try:
            done.append(action(**arguments))
        except Exception as error:  # raised again in the test's thread
            failed.append(error)
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if failed:
        raise failed[0]
    return done[0]
