"""Production settings refuse what would be unsafe: the settings module is imported in a
fresh interpreter with the environment cleared, as a server starts it."""

import subprocess
import sys

import pytest
from django.test import Client

SHOW = (
    "from django.conf import settings; "
    "print(settings.DEBUG, settings.SECURE_HSTS_SECONDS, settings.SECRET_KEY[:12])"
)


def _start(tmp_path, **environment: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", SHOW],
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "luukku.settings",
            "LUUKKU_DATA_DIR": str(tmp_path),
            **environment,
        },
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_without_secret_key_or_debug_the_server_refuses_to_start(tmp_path):
    started = _start(tmp_path)
    assert started.returncode != 0
    assert "SECRET_KEY is not set" in started.stderr
    assert "DEBUG=1" in started.stderr  # says how to run it on a developer's machine
    assert "development-only" not in started.stdout


def test_debug_off_without_secret_key_refuses_to_start(tmp_path):
    started = _start(tmp_path, DEBUG="0")
    assert started.returncode != 0 and "SECRET_KEY is not set" in started.stderr


def test_debug_set_on_explicitly_runs_with_the_development_key(tmp_path):
    started = _start(tmp_path, DEBUG="1")
    assert started.returncode == 0, started.stderr
    assert started.stdout.split() == ["True", "0", "development-"]


def test_with_a_secret_key_production_has_debug_off_and_a_year_of_hsts(tmp_path):
    started = _start(tmp_path, SECRET_KEY="a-real-secret-key-" + "x" * 40)
    assert started.returncode == 0, started.stderr
    assert started.stdout.split() == ["False", "31536000", "a-real-secre"]


def test_hsts_can_be_turned_off_or_shortened(tmp_path):
    started = _start(tmp_path, SECRET_KEY="k" * 50, SECURE_HSTS_SECONDS="600")
    assert started.stdout.split()[:2] == ["False", "600"]


@pytest.mark.django_db
def test_hsts_is_sent_over_https_only_so_make_run_works_over_plain_http(settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    plain = Client().get("/staff/login/")
    secure = Client().get("/staff/login/", secure=True)
    assert "Strict-Transport-Security" not in plain.headers
    assert secure.headers["Strict-Transport-Security"] == "max-age=31536000"
