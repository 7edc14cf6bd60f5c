"""A case's bookings and callbacks follow it when it is merged into another case, and go
back when the merge is undone (registered with `cases.registry` as a merge mover)."""

from luukku.cases.models import Case

from ..models import Appointment, Callback


def _move(model, *, merged: Case, survivor: Case) -> list[int]:
    ids = sorted(model.objects.filter(case=merged).values_list("pk", flat=True))
    model.objects.filter(pk__in=ids).update(case=survivor)
    return ids


def _restore(model, *, merged: Case, ids: list[int]) -> None:
    model.objects.filter(pk__in=ids).update(case=merged)


def appointments_merge_move(*, merged: Case, survivor: Case) -> list[int]:
    return _move(Appointment, merged=merged, survivor=survivor)


def appointments_merge_restore(*, merged: Case, ids: list[int]) -> None:
    _restore(Appointment, merged=merged, ids=ids)


def callbacks_merge_move(*, merged: Case, survivor: Case) -> list[int]:
    return _move(Callback, merged=merged, survivor=survivor)


def callbacks_merge_restore(*, merged: Case, ids: list[int]) -> None:
    _restore(Callback, merged=merged, ids=ids)
