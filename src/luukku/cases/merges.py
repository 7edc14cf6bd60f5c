"""Reads of merged cases: which cases were merged into which, the case that handles one now,
and until when a merge may be undone (docs/architecture.md, "Merging duplicate cases"). No
access scope here: the callers read cases through `cases.selectors` first."""

import datetime as dt
from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone

from .models import Case, CaseMerge


def cases_merged_into_ids(
    *, case: Case, same_customer_only: bool = False, merged_in: list[CaseMerge] | None = None
) -> list[int]:
    """The cases merged into this one (and into those, and so on), not undone.
    `merged_in`, the standing merges into this case as the caller read them
    (`case_merge_state`), spares reading them again."""
    found: list[int] = []
    frontier = [case.pk]
    if merged_in is not None:
        wanted = [m for m in merged_in if m.same_customer or not same_customer_only]
        frontier = [merge.merged_id for merge in wanted]
        found.extend(frontier)
    while frontier:
        merges = CaseMerge.objects.filter(survivor_id__in=frontier, undone_at__isnull=True)
        if same_customer_only:
            merges = merges.filter(same_customer=True)
        frontier = [pk for pk in merges.values_list("merged_id", flat=True) if pk not in found]
        found.extend(frontier)
    return found


def case_merged_into(*, case: Case) -> CaseMerge | None:
    """The merge that closed this case into another one, if it stands."""
    return (
        CaseMerge.objects.filter(merged=case, undone_at__isnull=True)
        .select_related("survivor")
        .first()
    )


def case_surviving(*, case: Case, same_customer_only: bool = False) -> Case:
    """The case that handles this one now: itself, or the case it was merged into (followed
    through merges of merges). `same_customer_only` stops at a merge into another
    customer's case (the citizen's private link must not lead there)."""
    seen = {case.pk}
    while (merge := case_merged_into(case=case)) is not None:
        if (same_customer_only and not merge.same_customer) or merge.survivor_id in seen:
            break
        case = merge.survivor
        seen.add(case.pk)
    return case


def merge_undo_until(merge: CaseMerge) -> dt.datetime:
    """Midnight Helsinki time after the merge: until then it may be undone."""
    day = timezone.localtime(merge.merged_at).date() + dt.timedelta(days=1)
    return timezone.make_aware(dt.datetime.combine(day, dt.time()))


@dataclass(frozen=True)
class MergeState:
    into: CaseMerge | None
    merged_in: list[CaseMerge]
    undo_until: dt.datetime | None


def case_merge_state(*, case: Case, now: dt.datetime | None = None) -> MergeState:
    """For the case page: where this case was merged, and the merges into it that stand
    (the ones still undoable today first)."""
    now = now or timezone.now()
    standing = list(
        CaseMerge.objects.filter(Q(survivor=case) | Q(merged=case), undone_at__isnull=True)
        .select_related("survivor", "merged")
        .order_by("merged_at", "pk")
    )
    merged_in = [merge for merge in standing if merge.survivor_id == case.pk]
    into = next((merge for merge in standing if merge.merged_id == case.pk), None)
    for merge in merged_in:
        merge.undoable = now < merge_undo_until(merge)
    undo_until = merge_undo_until(merged_in[-1]) if merged_in else None
    return MergeState(into=into, merged_in=merged_in, undo_until=undo_until)
