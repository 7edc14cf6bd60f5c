import datetime

from django import template
from django.conf import settings
from django.http import QueryDict
from django.urls import translate_url
from django.utils import translation
from django.utils.formats import date_format, number_format

from luukku.core.dates import on_day

register = template.Library()
register.filter("on_day", on_day)

LANGUAGE_NAMES = {"fi": "Suomeksi", "sv": "På svenska", "en": "In English"}


@register.inclusion_tag("luukku/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in the other languages; plain links, so they work without JavaScript."""
    request = context["request"]
    current = translation.get_language()
    path = request.get_full_path()
    links = [
        {
            "code": code,
            "name": LANGUAGE_NAMES[code],
            "url": _path_in(path, code, current),
            "current": code == current,
        }
        for code, _name in settings.LANGUAGES
    ]
    return {"links": links}


def _path_in(path: str, code: str, current: str) -> str:
    """The page in another language; for an address no page answers (an error page), the
    same address under that language's prefix, so that the error is read in it."""
    translated = translate_url(path, code)
    if translated != path or code == current:
        return translated
    prefix = translation.get_language_from_path(path)
    rest = path[len(prefix) + 1 :] if prefix else path
    return rest if code == settings.LANGUAGE_CODE else f"/{code}{rest}"


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if hasattr(mapping, "get") else None


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters changed (for sorting and paging links)."""
    return "?" + _changed(context["request"].GET.copy(), changes)


def _changed(params: QueryDict, changes: dict) -> str:
    """The query with some values replaced; None or "" drops one."""
    for key, value in changes.items():
        if value in (None, ""):
            params.pop(key, None)
        else:
            params[key] = str(value)
    return params.urlencode()


@register.filter
def isodatetime(value: str):
    """A datetime stored as ISO text (in event data) back as a datetime for `date`."""
    try:
        return datetime.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None


@register.filter
def metric(cell) -> str:
    """A dashboard cell in the reader's language: 1 234, 45,2 %, 3,5, 5.12.2026, joulukuu
    2026; a dash when empty."""
    value, kind = cell.value, cell.kind
    if value is None:
        return "–"
    if kind == "text":
        return str(value)
    if kind == "date":
        return date_format(value, "SHORT_DATE_FORMAT")
    if kind == "month":
        return date_format(value, "YEAR_MONTH_FORMAT")
    if kind == "percent":
        return f"{number_format(value * 100, 1)} %"
    if kind == "euros":
        return f"{number_format(value, 2, force_grouping=True)}\u00a0€"
    if kind in ("hours", "decimal"):
        return number_format(value, 1, force_grouping=True)
    return number_format(value, 0, force_grouping=True)


@register.simple_tag
def with_query(query: str, changes: dict | None) -> str:
    """A given query string (a dashboard figure's filters) with the drill-down's changes."""
    return _changed(QueryDict(query, mutable=True), changes or {})
