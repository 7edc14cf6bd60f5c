"""The SQLite test database migrated once and kept, for the next test process to copy.

Making the test database runs all the migrations, and Django renders the models' states again
after nearly every operation: about 30 seconds of processor time a process (issue 34), paid by
each pytest-xdist worker of every run (`make test`, then `make test-dates` in CI). The first
process to migrate keeps a copy under a name made of every migration file, the Django and the
SQLite versions; a process that finds one copies it in (milliseconds) and lets Django keep the
database (`keepdb`): its `migrate` then finds nothing to apply. Processes starting together
take turns under a file lock, so the second copies what the first made. Any change of a
migration is another name, so a copy is never out of date; the older copies are deleted.

Only SQLite (a file, `conftest.django_db_modify_db_settings`): PostgreSQL migrates as before.
`LUUKKU_TEST_DB_CACHE` names another folder, or `off` turns it off.
"""

import fcntl
import hashlib
import os
import sqlite3
from pathlib import Path

import django

ROOT = Path(__file__).resolve().parents[2]  # src/luukku
_held: dict = {}


def _folder() -> Path | None:
    setting = os.environ.get("LUUKKU_TEST_DB_CACHE", "")
    if setting == "off":
        return None
    if setting:
        return Path(setting)
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "luukku" / "test-db"


def _name() -> str:
    digest = hashlib.sha256(f"{django.__version__} {sqlite3.sqlite_version}".encode())
    for path in sorted(ROOT.glob("*/migrations/*.py")):
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def _test_database() -> Path | None:
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"] != "django.db.backends.sqlite3":
        return None
    name = database.get("TEST", {}).get("NAME")
    return Path(name) if name else None


def migrated_database_restore() -> bool:
    """Copy the kept migrated database to this process's test database, if there is one;
    True when Django should keep it instead of making it anew. Without one, this process
    holds the lock until `migrated_database_keep` has kept what it migrated."""
    folder, target = _folder(), _test_database()
    if folder is None or target is None:
        return False
    try:
        folder.mkdir(parents=True, exist_ok=True)
        lock = open(folder / "lock", "w")  # noqa: SIM115 (held until the copy is kept)
    except OSError:
        return False
    fcntl.flock(lock, fcntl.LOCK_EX)
    kept = folder / f"{_name()}.sqlite3"
    if kept.exists():
        _copy(kept, target)
        lock.close()
        return True
    _held.update(lock=lock, kept=kept, target=target)
    return False


def migrated_database_keep() -> None:
    """After this process migrated its test database: keep a copy for the next, delete the
    older ones, and let the next process go on."""
    lock = _held.pop("lock", None)
    if lock is None:
        return
    kept, target = _held.pop("kept"), _held.pop("target")
    try:
        partial = kept.with_suffix(".partial")
        _copy(target, partial)
        partial.replace(kept)
        for old in kept.parent.glob("*.sqlite3"):
            if old != kept:
                old.unlink(missing_ok=True)
    except OSError:
        pass
    finally:
        lock.close()


def _copy(source: Path, target: Path) -> None:
    """A whole, consistent copy through SQLite's backup API (not a file copy mid-write)."""
    with sqlite3.connect(source) as reading, sqlite3.connect(target) as writing:
        reading.backup(writing)
    reading.close()
    writing.close()
