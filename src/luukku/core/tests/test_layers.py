"""The models' relations keep the apps' layers too.

import-linter (`make lint`) checks the imports against the layers contract in
pyproject.toml; a foreign key written as a string ("cases.Case") is no import, so it checks
the relations here, through Django's app registry, against the same contract (read from
pyproject.toml, not written twice): no model refers to a model of a higher layer, nor of an
independent sibling (`|`), nor of another of the capability apps that stand apart (the
independence contract).
"""

import tomllib
from pathlib import Path

from django.apps import apps

import luukku

PYPROJECT = Path(luukku.__file__).resolve().parents[2] / "pyproject.toml"

# The only relations that point upward, and why: docs/decisions/0001-privacy-below-the-
# records-it-logs.md. The access log is written by every app, so privacy sits low; its
# foreign keys keep the log's referential integrity (PROTECT) and its schema as it is.
UPWARD_ALLOWED = {
    ("privacy.AccessLogEntry", "customer"): "customers.Customer",
    ("privacy.AccessLogEntry", "case"): "cases.Case",
    ("privacy.SubjectRequest", "customer"): "customers.Customer",
    ("privacy.RetentionRule", "service"): "catalogue.Service",
}


def _layers() -> list[tuple[list[str], bool]]:
    """The layers contract's layers, lowest first: (apps, whether they are independent)."""
    config = tomllib.loads(PYPROJECT.read_text())["tool"]["importlinter"]
    [contract] = [c for c in config["contracts"] if c["id"] == "layers"]
    layers = []
    for layer in reversed(contract["layers"]):
        independent = ":" not in layer
        names = [name.strip() for name in layer.replace(":", "|").split("|")]
        layers.append((names, independent))
    return layers


def _apart() -> set[str]:
    """The apps of the independence contract: none may refer to another."""
    config = tomllib.loads(PYPROJECT.read_text())["tool"]["importlinter"]
    [contract] = [c for c in config["contracts"] if c["id"] == "capabilities"]
    return {module.removeprefix("luukku.") for module in contract["modules"]}


def _levels() -> tuple[dict[str, int], set[int]]:
    levels, independent = {}, set()
    for level, (names, is_independent) in enumerate(_layers()):
        for name in names:
            levels[name] = level
        if is_independent:
            independent.add(level)
    return levels, independent


def _app(model) -> str | None:
    """The app's name in the contract (`cases`), or None for a model outside Luukku."""
    module = model._meta.app_config.name
    return module.split(".", 1)[1] if module.startswith("luukku.") else None


def _relations():
    """Every relation a Luukku model declares: (model label, field name, target label, the
    two apps)."""
    for model in apps.get_models():
        source = _app(model)
        if source is None:
            continue
        for field in model._meta.get_fields():
            if not field.is_relation or field.auto_created or field.related_model is None:
                continue
            target = _app(field.related_model)
            if target is not None and target != source:
                yield (
                    model._meta.label,
                    field.name,
                    field.related_model._meta.label,
                    source,
                    target,
                )


def _breaks_layers(source: str, target: str) -> bool:
    levels, independent = _levels()
    if levels[target] > levels[source]:
        return True
    if {source, target} <= _apart():
        return True
    return levels[target] == levels[source] and levels[source] in independent


def test_every_app_folder_is_an_installed_app():
    """A new app's folder with an AppConfig is in INSTALLED_APPS (else its models, templates
    and registrations are silently left out)."""
    source = Path(luukku.__file__).resolve().parent
    folders = {path.parent.name for path in source.glob("*/apps.py")}
    installed = {
        config.name.removeprefix("luukku.")
        for config in apps.get_app_configs()
        if config.name.startswith("luukku.")
    }
    assert folders - installed == set(), "add these to INSTALLED_APPS in settings.py"


def test_every_luukku_app_has_a_layer():
    levels, _independent = _levels()
    luukku_apps = {
        config.name.split(".", 1)[1]
        for config in apps.get_app_configs()
        if config.name.startswith("luukku.")
    }
    assert luukku_apps - set(levels) == set(), "add these to a layer in pyproject.toml"


def test_no_model_refers_to_a_higher_layer_or_an_independent_sibling():
    breaking = [
        f"{label}.{name} -> {target_label}"
        for label, name, target_label, source, target in _relations()
        if _breaks_layers(source, target) and (label, name) not in UPWARD_ALLOWED
    ]
    assert breaking == [], "these relations point upward or across the layers (pyproject.toml)"


def test_the_allowed_upward_relations_are_the_ones_that_exist():
    """An exception that no longer points upward (or no longer exists) leaves the list."""
    upward = {
        (label, name): target_label
        for label, name, target_label, source, target in _relations()
        if _breaks_layers(source, target)
    }
    assert {key: upward.get(key) for key in UPWARD_ALLOWED} == UPWARD_ALLOWED
