"""Run the `open311` 1.1 client from PyPI, unmodified, against the demo city.

The client (Code for America's, 2011) runs only on Python 2.7: pyenv's 2.7.18 here
(`PYENV_VERSION=2.7.18 python2.7`). This script installs the package from PyPI for that
Python into a cache folder if it is not there yet, starts a demo server of its own (migrating
and loading the demo into `--data-dir` when that has no services) unless `--url` names a
running one, makes an API key for the client, and runs bench/open311_client_py27.py: the
service list, a definition, a filed request, its id from the token, and the request.

    .venv/bin/python bench/open311_client.py                      # its own demo server
    .venv/bin/python bench/open311_client.py --url http://127.0.0.1:8000 \\
        --data-dir var                                            # `make run`'s server

Exits non-zero if any step fails. api/tests/test_open311_client_py27.py runs the same client
in the test suite.
"""

import argparse
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLIENT = HERE / "open311_client_py27.py"
PACKAGE = "open311==1.1"
SITE = Path.home() / ".cache" / "luukku" / "open311-1.1-py27"
LUUKKU = Path(sys.executable).parent / "luukku"


class Unavailable(Exception):
    """Python 2.7 or the package cannot be had on this machine."""


def py27_environment() -> dict:
    """The environment that runs the client under Python 2.7 with the `open311` package,
    installed from PyPI into SITE the first time. Raises Unavailable when this machine has no
    Python 2.7 or cannot install the package."""
    env = {**os.environ, "PYTHONPATH": str(SITE), "PYTHONIOENCODING": "utf-8"}
    env.setdefault("PYENV_VERSION", "2.7.18")
    try:
        version = subprocess.run(
            ["python2.7", "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise Unavailable(f"no python2.7: {error}") from error
    if version.returncode != 0 or version.stdout.strip() != "2.7":
        raise Unavailable(f"no python2.7: {version.stderr.strip()[-300:]}")
    if not (SITE / "open311" / "open311.py").exists():
        pip = ["python2.7", "-m", "pip", "install", "--disable-pip-version-check", "--quiet"]
        installed = subprocess.run(
            [*pip, "--no-deps", "--target", str(SITE), PACKAGE],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if installed.returncode != 0:
            raise Unavailable(f"{PACKAGE} not installed: {installed.stderr.strip()[-500:]}")
    return env


def run_client(env: dict, *, endpoint: str, key: str, jurisdiction: str, service: str):
    """The client's run: a CompletedProcess with its output."""
    return subprocess.run(
        ["python2.7", str(CLIENT), endpoint, key, jurisdiction, service],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _luukku(data_dir: Path, *args: str, capture: bool = False) -> str:
    env = {"DEBUG": "1", **os.environ, "LUUKKU_DATA_DIR": str(data_dir)}
    done = subprocess.run(
        [str(LUUKKU), *args], env=env, check=True, text=True, capture_output=capture
    )
    return done.stdout if capture else ""


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/open311/v2/discovery.json", timeout=5) as response:
            return response.status == 200
    except OSError:
        return False


def _demo_server(data_dir: Path, port: int) -> subprocess.Popen:
    data_dir.mkdir(parents=True, exist_ok=True)
    _luukku(data_dir, "migrate", "-v", "0")
    count = "from luukku.catalogue.models import Service; print(Service.objects.count())"
    if _luukku(data_dir, "shell", "-v", "0", "-c", count, capture=True).strip() == "0":
        print("Loading the demo city (about a minute)…", flush=True)
        _luukku(data_dir, "demo_load")
    env = {"DEBUG": "1", **os.environ, "LUUKKU_DATA_DIR": str(data_dir)}
    server = subprocess.Popen(
        [str(LUUKKU), "runserver", f"127.0.0.1:{port}", "--noreload"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(120):
        if _answers(f"http://127.0.0.1:{port}"):
            return server
        if server.poll() is not None:
            raise SystemExit(f"the demo server stopped (exit {server.returncode})")
        time.sleep(0.5)
    server.terminate()
    raise SystemExit("the demo server did not answer in 60 seconds")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="a running Luukku server (default: start a demo one)")
    parser.add_argument("--port", type=int, default=8311, help="the started server's port")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=Path(os.environ.get("LUUKKU_DATA_DIR", "/tmp/luukku-open311-client")),
        help="the server's LUUKKU_DATA_DIR (its database, where the client's key is made)",
    )
    parser.add_argument("--service", default="street-lighting")
    parser.add_argument("--jurisdiction", default="vuoksela.example")
    options = parser.parse_args()
    try:
        env = py27_environment()
    except Unavailable as error:
        print(f"Cannot run the open311 client here: {error}", file=sys.stderr)
        return 2
    server = None if options.url else _demo_server(options.data_dir, options.port)
    url = options.url or f"http://127.0.0.1:{options.port}"
    try:
        make_key = (
            "from luukku.api.models import ApiKey; "
            "print(ApiKey.objects.get_or_create(name='open311 1.1 client (bench)')[0].key)"
        )
        key = _luukku(options.data_dir, "shell", "-v", "0", "-c", make_key, capture=True).strip()
        print(
            f"$ python2.7 bench/{CLIENT.name} {url}/open311/v2 KEY {options.jurisdiction} "
            f"{options.service}",
            flush=True,
        )
        done = run_client(
            env,
            endpoint=f"{url}/open311/v2",
            key=key,
            jurisdiction=options.jurisdiction,
            service=options.service,
        )
        print(done.stdout, end="")
        print(done.stderr, end="", file=sys.stderr)
        return done.returncode
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    sys.exit(main())
