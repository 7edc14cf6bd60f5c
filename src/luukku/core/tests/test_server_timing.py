"""The server's own time on an answer (`Server-Timing`), for the workspace benchmark: only
when LUUKKU_SERVER_TIMING is on, first in the middleware so it covers all of them."""

import re
import subprocess
import sys

import pytest
from django.conf import settings
from django.test import Client, override_settings

TIMING = "luukku.core.middleware.ServerTimingMiddleware"
SHOW = "from django.conf import settings; print(settings.MIDDLEWARE[0])"


def _first_middleware(tmp_path, **environment: str) -> str:
    started = subprocess.run(
        [sys.executable, "-c", SHOW],
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "luukku.settings",
            "LUUKKU_DATA_DIR": str(tmp_path),
            "DEBUG": "1",
            **environment,
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert started.returncode == 0, started.stderr
    return started.stdout.strip()


def test_the_timing_middleware_comes_first_only_when_asked_for(tmp_path):
    assert _first_middleware(tmp_path) != TIMING
    assert _first_middleware(tmp_path, LUUKKU_SERVER_TIMING="0") != TIMING
    assert _first_middleware(tmp_path, LUUKKU_SERVER_TIMING="1") == TIMING


@pytest.mark.django_db
def test_a_page_has_no_server_timing_by_default():
    assert "Server-Timing" not in Client().get("/staff/login/").headers


@pytest.mark.django_db
def test_with_timing_on_each_answer_says_how_long_the_server_took():
    with override_settings(MIDDLEWARE=[TIMING, *settings.MIDDLEWARE]):
        header = Client().get("/staff/login/").headers["Server-Timing"]
    timing = re.fullmatch(r"app;dur=(\d+\.\d), cpu;dur=(\d+\.\d)", header)
    assert timing, header
    elapsed, cpu = float(timing.group(1)), float(timing.group(2))
    assert 0 < elapsed < 60_000 and 0 < cpu <= elapsed + 1  # thread time ticks coarser
