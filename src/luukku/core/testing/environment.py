"""A pytest plugin (`-p luukku.core.testing.environment` in pyproject's addopts) that runs
the suite as a developer's machine: DEBUG=1 unless the environment says otherwise.

Loaded before pytest-django imports the settings, which refuse to start without SECRET_KEY
when DEBUG is not set explicitly. Subprocesses the tests start inherit it."""

import os

os.environ.setdefault("DEBUG", "1")
