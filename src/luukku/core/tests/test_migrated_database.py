"""The migrated SQLite test database kept for the next test process (core/testing/database.py):
kept once, copied whole, named after the migrations so that a changed one is migrated again."""

import sqlite3

import pytest

from luukku.core.testing import database


@pytest.fixture
def kept(tmp_path, monkeypatch):
    """A project of one migration, the kept copies in their own folder, and this process's
    test database where `target` says."""
    root = tmp_path / "src"
    (root / "cases" / "migrations").mkdir(parents=True)
    (root / "cases" / "migrations" / "0001_initial.py").write_text("# one\n")
    monkeypatch.setattr(database, "ROOT", root)
    monkeypatch.setenv("LUUKKU_TEST_DB_CACHE", str(tmp_path / "kept"))
    target = {"path": tmp_path / "first.sqlite3"}
    monkeypatch.setattr(database, "_test_database", lambda: target["path"])
    return tmp_path, root, target


def _migrate(path, table="migrated"):
    with sqlite3.connect(path) as connection:
        connection.execute(f"CREATE TABLE {table} (id integer)")
    connection.close()


def _tables(path) -> set[str]:
    connection = sqlite3.connect(path)
    names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    connection.close()
    return names


def test_the_first_process_migrates_and_the_next_copies_what_it_kept(kept):
    folder, _root, target = kept
    assert database.migrated_database_restore() is False
    _migrate(target["path"])
    database.migrated_database_keep()
    copies = list((folder / "kept").glob("*.sqlite3"))
    assert len(copies) == 1

    target["path"] = folder / "second.sqlite3"
    assert database.migrated_database_restore() is True
    assert "migrated" in _tables(target["path"])
    database.migrated_database_keep()  # nothing held: nothing written
    assert list((folder / "kept").glob("*.sqlite3")) == copies


def test_a_changed_migration_is_migrated_again_and_the_old_copy_deleted(kept):
    folder, root, target = kept
    database.migrated_database_restore()
    _migrate(target["path"])
    database.migrated_database_keep()
    (old,) = (folder / "kept").glob("*.sqlite3")

    (root / "cases" / "migrations" / "0002_more.py").write_text("# two\n")
    target["path"] = folder / "second.sqlite3"
    assert database.migrated_database_restore() is False
    _migrate(target["path"], table="migrated_again")
    database.migrated_database_keep()
    (new,) = (folder / "kept").glob("*.sqlite3")
    assert new != old
    assert _tables(new) == {"migrated_again"}


def test_turned_off_it_keeps_nothing(kept, monkeypatch):
    folder, _root, target = kept
    monkeypatch.setenv("LUUKKU_TEST_DB_CACHE", "off")
    assert database.migrated_database_restore() is False
    _migrate(target["path"])
    database.migrated_database_keep()
    assert not (folder / "kept").exists()
