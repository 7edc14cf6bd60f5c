"""Small tables that pages read on every request: the services that take requests (the web
form, Open311); for staff pages the staff and teams for the handler select, departments,
services, routing rules, service-level targets, bookable services.

Each list is declared once, next to the selectors of the app that owns it, and kept in each
server process for CATALOGUE_CACHE_SECONDS. A save or delete of any model it is read from
clears it at once in the process that made the change; other processes read it again within
that time. The objects are shared by the requests of a process: read them, never change them.
A form that validates a choice still asks the database (`queryset`), so a value withdrawn
meanwhile is refused, never accepted from a stale list.
"""

import threading
import time

from django.conf import settings
from django.db.models import QuerySet
from django.db.models.signals import post_delete, post_save


class ReferenceList:
    """`queryset` validates; the kept list is read from it, only the fields in `only` if
    given. A save or delete of its model, or of one of `models` (those it joins), clears it."""

    declared: list["ReferenceList"] = []

    def __init__(self, name: str, queryset: QuerySet, *, only=(), models=()):
        self.name = name
        self.queryset = queryset
        self.only = only
        self._objects: list = []
        self._indexes: dict[str, dict] = {}
        self._until = 0.0
        self._lock = threading.Lock()
        dispatch_uid = f"reference:{name}"
        for model in {queryset.model, *models}:
            for signal in (post_save, post_delete):
                signal.connect(self.forget, sender=model, weak=False, dispatch_uid=dispatch_uid)
        ReferenceList.declared.append(self)

    def all(self) -> list:
        if time.monotonic() >= self._until:
            with self._lock:
                if time.monotonic() >= self._until:
                    objects = self.queryset.only(*self.only) if self.only else self.queryset.all()
                    self._objects, self._indexes = list(objects), {}
                    self._until = time.monotonic() + settings.CATALOGUE_CACHE_SECONDS
        return self._objects

    def by(self, attribute: str) -> dict:
        """The list as a dict by one of its attributes (a code, say), made once a reading."""
        objects = self.all()
        index = self._indexes.get(attribute)
        if index is None:
            index = {getattr(obj, attribute): obj for obj in objects}
            self._indexes[attribute] = index
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

    def forget(self, **kwargs) -> None:
        self._until = 0.0

    @classmethod
    def forget_all(cls) -> None:
        for reference in cls.declared:
            reference.forget()
