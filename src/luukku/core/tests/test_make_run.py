"""`make run PORT=…` tells which address to open, and the app's SITE_URL (the base of the
links in mail and calendar files) follows the port: the Makefile's own commands are run."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[4]
MAKEFILE = ROOT / "Makefile"

pytestmark = pytest.mark.skipif(not MAKEFILE.exists(), reason="needs the source checkout")


def _commands(*arguments: str, data_dir: Path) -> list[str]:
    """The shell commands `make run` would run, without running them (`make -n`)."""
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in {"DEBUG", "SITE_URL", "HOST", "PORT", "MAKEFLAGS"}
    }
    dry_run = subprocess.run(
        ["make", "-n", "run", f"VENV={sys.prefix}", f"LUUKKU_DATA_DIR={data_dir}", *arguments],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    commands, current = [], ""
    for line in dry_run.splitlines():
        current += line + "\n"
        if not line.endswith("\\"):
            commands.append(current.strip())
            current = ""
    return commands


def _run(command: str, data_dir: Path) -> str:
    environment = {"PATH": "/usr/bin:/bin", "LUUKKU_DATA_DIR": str(data_dir)}
    return subprocess.run(
        ["bash", "-c", command],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def test_make_run_on_another_port_says_where_and_links_there(tmp_path):
    commands = _commands("PORT=8123", data_dir=tmp_path)
    server = next(command for command in commands if "runserver" in command)
    assert "runserver 127.0.0.1:8123" in server and "SITE_URL=http://127.0.0.1:8123 " in server
    assert "DEBUG=0" in server  # the site's own error pages, not Django's debug page
    said = "\n".join(_run(command, tmp_path) for command in commands if command.startswith("echo"))
    assert "Open http://127.0.0.1:8123/ (citizens) and http://127.0.0.1:8123/staff/" in said
    # The development secret key is made once, kept private, and the app reads the port.
    _run(next(command for command in commands if command.startswith("mkdir")), tmp_path)
    key = tmp_path / "secret-key"
    assert len(key.read_text().strip()) >= 50 and key.stat().st_mode & 0o077 == 0
    check = next(command for command in commands if "luukku shell" in command)
    assert _run(check, tmp_path).strip() == (
        "Links in mail and calendar files point to http://127.0.0.1:8123/."
    )


def test_a_site_url_given_is_kept(tmp_path):
    commands = _commands(
        "PORT=8123", "SITE_URL=https://asiointi.vuoksela.example", data_dir=tmp_path
    )
    server = next(command for command in commands if "runserver" in command)
    assert "SITE_URL=https://asiointi.vuoksela.example " in server
    assert "runserver 127.0.0.1:8123" in server
