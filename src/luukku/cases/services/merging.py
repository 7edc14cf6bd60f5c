"""Merging duplicate cases into one, and undoing it on the same day.

The timeline is append-only, so a merged case's events stay on it: the survivor's timeline
(`cases.selectors.case_timeline`) shows them with its own, in time order, each saying which
case it was written on. What is not history moves to the survivor: attachments,
consultations, and through `cases.registry` the rows of the apps above (appointments,
callbacks). The survivor keeps the earliest reply due time and the strictest service-level
state of the open cases. Reply addresses never change: each case keeps the address its
sender gave, and replies on the survivor go to the survivor's.

Undo, until midnight Helsinki time of the merge day, moves the rows back and restores the
fields the merge changed; entries written on the survivor since stay there.
"""

import datetime as dt

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.core.locks import in_transaction, rows_lock
from luukku.organisation.models import User
from luukku.privacy.services import access_log_record

from ..events import event_merge_undone, event_merged, event_status_changed
from ..merges import case_merged_into, merge_undo_until
from ..models import OPEN_STATUSES, Attachment, Case, CaseMerge, Consultation, Status
from ..registry import MERGE_MOVERS
from ..selectors import cases_visible_to
from .common import _service_level_refresh

# The worse a service-level state, the stricter: the survivor keeps the strictest.
SLA_STRICTNESS = {"breached": 4, "warning": 3, "running": 2, "paused": 1}
CASE_FIELDS = ("status", "resolved_at", "due_at", "sla_due_at", "sla_state", "sla_check_at")


def _fields(case: Case) -> dict:
    values = {name: getattr(case, name) for name in CASE_FIELDS}
    return {
        name: value.isoformat() if isinstance(value, dt.datetime) else value
        for name, value in values.items()
    }


def _fields_restore(case: Case, values: dict) -> None:
    for name in CASE_FIELDS:
        value = values.get(name)
        if name.endswith("_at") and value:
            value = dt.datetime.fromisoformat(value)
        setattr(case, name, value)
    case.save(update_fields=list(CASE_FIELDS))


def _same_customer(case: Case, survivor: Case) -> bool:
    if case.customer_id or survivor.customer_id:
        return case.customer_id == survivor.customer_id
    return case.contact_email.lower() == survivor.contact_email.lower()


def cases_merge_check(*, cases: list[Case], survivor: Case, actor: User) -> list[Case]:
    """The problems that stop a merge, as a ValidationError; else the cases to merge into
    the survivor. Whether the customers differ is the caller's to confirm
    (`cases_customers_differ`)."""
    if len({case.pk for case in cases}) < 2:
        raise ValidationError(_("Choose at least two cases to merge."))
    if survivor.pk not in {case.pk for case in cases}:
        raise ValidationError(_("Choose which of the cases stays."))
    visible = set(
        cases_visible_to(user=actor)
        .filter(pk__in=[case.pk for case in cases])
        .values_list("pk", flat=True)
    )
    hidden = [case.reference for case in cases if case.pk not in visible]
    if not actor.is_active or hidden:
        raise ValidationError(
            _("You may not change case %(references)s.") % {"references": ", ".join(hidden)}
        )
    for case in cases:
        if case_merged_into(case=case) is not None:
            raise ValidationError(
                _("Case %(reference)s has already been merged into another case.")
                % {"reference": case.reference}
            )
    survivor = next(case for case in cases if case.pk == survivor.pk)
    if survivor.status == Status.CLOSED:
        raise ValidationError(_("A closed case cannot take in other cases."))
    return [case for case in cases if case.pk != survivor.pk]


def cases_customers_differ(*, cases: list[Case]) -> bool:
    return any(not _same_customer(case, cases[0]) for case in cases[1:])


def _move_rows(merged: Case, survivor: Case) -> dict[str, list[int]]:
    moved = {}
    for name, model in (("attachments", Attachment), ("consultations", Consultation)):
        ids = sorted(model.objects.filter(case=merged).values_list("pk", flat=True))
        model.objects.filter(pk__in=ids).update(case=survivor)
        moved[name] = ids
    for name, (move, _restore) in MERGE_MOVERS.items():
        moved[name] = move(merged=merged, survivor=survivor)
    return moved


def _clocks_keep_earliest(survivor: Case, merged: list[Case]) -> None:
    """The survivor answers by the earliest reply due time, and carries the strictest
    service level, of the open cases merged into it."""
    open_cases = [case for case in [survivor, *merged] if case.status in OPEN_STATUSES]
    dues = [case.due_at for case in open_cases if case.due_at]
    sla_dues = [case.sla_due_at for case in open_cases if case.sla_due_at]
    checks = [case.sla_check_at for case in open_cases if case.sla_check_at]
    states = [case.sla_state for case in open_cases if case.sla_state]
    survivor.due_at = min(dues) if dues else survivor.due_at
    survivor.sla_due_at = min(sla_dues) if sla_dues else survivor.sla_due_at
    survivor.sla_check_at = min(checks) if checks else survivor.sla_check_at
    if states:
        survivor.sla_state = max(states, key=lambda state: SLA_STRICTNESS.get(state, 0))
    survivor.save(update_fields=["due_at", "sla_due_at", "sla_check_at", "sla_state"])


def _close_as_merged(case: Case, survivor: Case, actor: User, merge: CaseMerge) -> None:
    old = case.status
    if old != Status.CLOSED:
        case.status = Status.CLOSED
        case.save(update_fields=["status"])
        event_status_changed(case, actor=actor, old=old, new=Status.CLOSED)
    event_merged(case, actor=actor, merge_id=merge.pk, into=survivor.reference)
    _service_level_refresh(case)


@in_transaction
def cases_merge(
    *,
    cases: list[Case],
    survivor: Case,
    actor: User,
    customers_confirmed: bool = False,
    context: str = "cases_merge",
) -> list[CaseMerge]:
    """Merge the duplicate `cases` into `survivor`, all or nothing.

    Cases of different customers merge only when the handler has confirmed it
    (`customers_confirmed`). Each merged case is closed with an entry "merged into", the
    survivor gets "merged from"; both are changes of personal data, logged."""
    locked = rows_lock(Case.objects.filter(pk__in=[case.pk for case in cases]))
    merged = cases_merge_check(cases=locked, survivor=survivor, actor=actor)
    survivor = next(case for case in locked if case.pk == survivor.pk)
    if not customers_confirmed and cases_customers_differ(cases=[survivor, *merged]):
        raise ValidationError(
            _("The cases have different customers. Confirm that they are about the same matter.")
        )
    now = timezone.now()
    before = _fields(survivor)
    _clocks_keep_earliest(survivor, merged)
    merges = []
    for case in merged:
        merge = CaseMerge.objects.create(
            survivor=survivor,
            merged=case,
            merged_at=now,
            merged_by=actor,
            same_customer=_same_customer(case, survivor),
            before={"merged": _fields(case), "survivor": before},
            moved=_move_rows(case, survivor),
        )
        _close_as_merged(case, survivor, actor, merge)
        access_log_record(
            actor=actor, action="change", case=case, context=context, fields=["status"]
        )
        merges.append(merge)
    event_merged(
        survivor,
        actor=actor,
        merge_id=merges[0].pk,
        merged=[case.reference for case in merged],
    )
    access_log_record(actor=actor, action="change", case=survivor, context=context)
    return merges


@in_transaction
def case_merge_undo(*, merge: CaseMerge, actor: User, context: str = "cases_merge_undo") -> Case:
    """Undo one merge on its day: the merged case gets back its status and clocks, its
    rows move back, and both cases get an entry. Returns the merged case."""
    locked = rows_lock(Case.objects.filter(pk__in=[merge.survivor_id, merge.merged_id]))
    survivor = next(case for case in locked if case.pk == merge.survivor_id)
    merged = next(case for case in locked if case.pk == merge.merged_id)
    # The two case rows locked above guard their merges: this row is read under them.
    merge = CaseMerge.objects.get(pk=merge.pk)
    if merge.undone_at is not None:
        raise ValidationError(_("This merge has already been undone."))
    if timezone.now() >= merge_undo_until(merge):
        raise ValidationError(_("A merge can be undone only on the day it was made."))
    if cases_visible_to(user=actor).filter(pk__in=[survivor.pk, merged.pk]).count() != 2:
        raise ValidationError(_("You may not change these cases."))
    for name, ids in merge.moved.items():
        if name == "attachments":
            Attachment.objects.filter(pk__in=ids).update(case=merged)
        elif name == "consultations":
            Consultation.objects.filter(pk__in=ids).update(case=merged)
        elif name in MERGE_MOVERS:
            MERGE_MOVERS[name][1](merged=merged, ids=ids)
    old = merged.status
    _fields_restore(merged, merge.before["merged"])
    if merged.status != old:
        event_status_changed(merged, actor=actor, old=old, new=merged.status)
    if not survivor.merges_in.filter(undone_at__isnull=True).exclude(pk=merge.pk).exists():
        _fields_restore(survivor, merge.before["survivor"] | {"status": survivor.status})
    merge.undone_at = timezone.now()
    merge.undone_by = actor
    merge.save(update_fields=["undone_at", "undone_by"])
    for case in (merged, survivor):
        event_merge_undone(
            case,
            actor=actor,
            merge_id=merge.pk,
            survivor=survivor.reference,
            merged=merged.reference,
        )
        _service_level_refresh(case)
        access_log_record(actor=actor, action="change", case=case, context=context)
    return merged
