"""Small things that pages read on every request, kept in each server process: the services
that take requests (the web form, Open311); for staff pages the staff and teams for the
handler select, departments, services, routing rules, service-level targets, bookable
services, and the service centre's business hours.

Each is declared once, next to the selectors of the app that owns it, and kept for
CATALOGUE_CACHE_SECONDS (or its own `seconds`). A save or delete of any model it is read from
clears it at once in the process that made the change; other processes read it again within
that time. What is kept is shared by the requests of a process: read it, never change it. A
form that validates a choice still asks the database (`queryset`), so a value withdrawn
meanwhile is refused, never accepted from a stale list.
"""

import threading
import time
from collections.abc import Callable

from django.conf import settings
from django.db.models import QuerySet
from django.db.models.signals import post_delete, post_save


class Kept:
    """The value `read` returns, kept; a save or delete of one of `models` clears it."""

    declared: list["Kept"] = []

    def __init__(self, name: str, read: Callable, *, models=(), seconds: int | None = None):
        self.name = name
        self.read = read
        self.seconds = seconds
        self._value = None
        self._until = 0.0
        self._lock = threading.Lock()
        for model in set(models):
            for signal in (post_save, post_delete):
                signal.connect(self.forget, sender=model, weak=False, dispatch_uid=f"kept:{name}")
        Kept.declared.append(self)

    def get(self):
        if time.monotonic() >= self._until:
            with self._lock:
                if time.monotonic() >= self._until:
                    self._value = self.read()
                    seconds = self.seconds or settings.CATALOGUE_CACHE_SECONDS
                    self._until = time.monotonic() + seconds
        return self._value

    def forget(self, **kwargs) -> None:
        self._until = 0.0

    @classmethod
    def forget_all(cls) -> None:
        for kept in cls.declared:
            kept.forget()


class ReferenceList(Kept):
    """The rows of `queryset`, which also validates; only the fields in `only` if given. A
    save or delete of its model, or of one of `models` (those it joins), clears it."""

    def __init__(self, name: str, queryset: QuerySet, *, only=(), models=()):
        self.queryset = queryset
        self.only = only
        self._indexes: dict[str, tuple[list, dict]] = {}
        super().__init__(name, self._read, models=(queryset.model, *models))

    def _read(self) -> list:
        return list(self.queryset.only(*self.only) if self.only else self.queryset.all())

    def all(self) -> list:
        return self.get()

    def by(self, attribute: str) -> dict:
        """The list as a dict by one of its attributes (a code, say), made once a reading."""
        objects = self.all()
        made_from, index = self._indexes.get(attribute, (None, None))
        if made_from is not objects:
            index = {getattr(obj, attribute): obj for obj in objects}
            self._indexes[attribute] = (objects, index)
        return index

    def attach(self, instances, *fields: str) -> None:
        """Fill the instances' foreign keys `fields` from the list instead of a join. Those
        not in it (say, a handler since deactivated) are read with one query for them all."""
        instances = list(instances)
        by_pk = dict(self.by("pk"))
        wanted = []
        for field in fields:
            key = instances[0]._meta.get_field(field) if instances else None
            wanted += [(instance, key, getattr(instance, key.attname)) for instance in instances]
        missing = {pk for _, _, pk in wanted if pk is not None and pk not in by_pk}
        if missing:
            others = self.queryset.model._base_manager.filter(pk__in=missing)
            by_pk |= {obj.pk: obj for obj in (others.only(*self.only) if self.only else others)}
        for instance, key, pk in wanted:
            if pk in by_pk:
                key.set_cached_value(instance, by_pk[pk])
