"""The inbox as a work queue: taking a case, one action on several cases at once (all or
nothing), and the saved views of the inbox (docs/architecture.md, "Work queues")."""

from collections.abc import Sequence
from urllib.parse import parse_qsl, urlencode

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from luukku.core.locks import in_transaction, rows_lock
from luukku.organisation.models import Team, User

from ..models import OPEN_STATUSES, Case, SavedView
from .handling import case_add_note, case_assign, case_change_status

BULK_LIMIT = 100  # the longest page of the inbox
# Not kept in a saved view: where the list was paged to.
SAVED_VIEW_DROPPED = {"page", "csrfmiddlewaretoken"}


@in_transaction
def case_take(*, case: Case, by: User, context: str = "case_take") -> Case:
    """The signed-in handler takes the case: it is assigned to them in its team, with the
    timeline event an assignment writes."""
    if case.status not in OPEN_STATUSES:
        raise ValidationError({"assignee": _("Only an open case can be taken.")})
    return case_assign(case=case, actor=by, assignee=by, team=case.team, context=context)


def _bulk_cases(cases: Sequence[Case], actor: User) -> list[Case]:
    """The chosen cases locked (by key, in the locks' order), each one the actor may change
    as on its own page; otherwise nothing is done."""
    from ..selectors import cases_visible_to

    if not cases:
        raise ValidationError({"cases": _("Choose at least one case.")})
    if len(cases) > BULK_LIMIT:
        raise ValidationError(
            {"cases": _("Choose at most %(limit)s cases at a time.") % {"limit": BULK_LIMIT}}
        )
    keys = {case.pk for case in cases}
    visible = set(cases_visible_to(user=actor).filter(pk__in=keys).values_list("pk", flat=True))
    refused = sorted(case.reference for case in cases if case.pk not in visible)
    if refused:
        raise ValidationError(
            {
                "cases": _("You may not change these cases: %(references)s. Nothing was changed.")
                % {"references": ", ".join(refused)}
            }
        )
    return rows_lock(Case.objects.filter(pk__in=keys))


def _each(cases: list[Case], action) -> list[Case]:
    """Run `action` on each case; the first refusal names its case and undoes them all."""
    done = []
    for case in cases:
        try:
            done.append(action(case))
        except ValidationError as error:
            messages = " ".join(error.messages)
            raise ValidationError(
                {
                    "cases": _("%(reference)s: %(error)s Nothing was changed.")
                    % {"reference": case.reference, "error": messages}
                }
            ) from error
    return done


@in_transaction
def cases_bulk_assign(
    *,
    cases: Sequence[Case],
    actor: User,
    assignee: User | None,
    team: Team | None,
    context: str = "inbox_bulk",
) -> list[Case]:
    """Give several cases to one handler (and team) at once: all of them or none."""
    locked = _bulk_cases(cases, actor)
    return _each(
        locked,
        lambda case: case_assign(
            case=case, actor=actor, assignee=assignee, team=team, context=context
        ),
    )


@in_transaction
def cases_bulk_change_status(
    *, cases: Sequence[Case], actor: User, status: str, context: str = "inbox_bulk"
) -> list[Case]:
    """Move several cases to one status at once: all of them or none."""
    locked = _bulk_cases(cases, actor)
    return _each(
        locked,
        lambda case: case_change_status(case=case, actor=actor, status=status, context=context),
    )


@in_transaction
def cases_bulk_add_note(
    *, cases: Sequence[Case], actor: User, body: str, context: str = "inbox_bulk"
) -> list[Case]:
    """The same internal note on several cases at once: all of them or none."""
    locked = _bulk_cases(cases, actor)
    _each(locked, lambda case: case_add_note(case=case, actor=actor, body=body, context=context))
    return locked


def saved_view_query(query: str) -> str:
    """The inbox's query string as a view keeps it: without the page it was on."""
    pairs = [(key, value) for key, value in parse_qsl(query) if key not in SAVED_VIEW_DROPPED]
    return urlencode(pairs)[:1000]


def _name_clean(name: str, *, owner: User, team: Team | None, exclude: int | None) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError({"name": _("Give the view a name.")})
    if len(name) > 80:
        raise ValidationError({"name": _("The name can be at most 80 characters long.")})
    same = (
        SavedView.objects.filter(team=team)
        if team is not None
        else SavedView.objects.filter(owner=owner, team__isnull=True)
    )
    if same.filter(name__iexact=name).exclude(pk=exclude).exists():
        raise ValidationError({"name": _("A view with this name already exists.")})
    return name


def _may_share(user: User, team: Team) -> bool:
    """A member of the team shares a view with it; a supervisor with any team."""
    return user.sees_everything or team.members.filter(pk=user.pk).exists()


def saved_view_create(*, owner: User, name: str, query: str, team: Team | None = None) -> SavedView:
    """Save the inbox's filters, sort and columns under a name, for oneself or a team."""
    if team is not None and not _may_share(owner, team):
        raise ValidationError({"team": _("You may share views only with your own teams.")})
    name = _name_clean(name, owner=owner, team=team, exclude=None)
    try:
        with transaction.atomic():
            return SavedView.objects.create(
                owner=owner, team=team, name=name, query=saved_view_query(query)
            )
    except IntegrityError as error:  # the same name saved at the same moment
        raise ValidationError({"name": _("A view with this name already exists.")}) from error


def _check_may_change(view: SavedView, user: User) -> None:
    from ..work_queues import saved_view_may_change

    if not saved_view_may_change(view=view, user=user):
        raise PermissionDenied


@in_transaction
def saved_view_rename(*, view: SavedView, by: User, name: str) -> SavedView:
    _check_may_change(view, by)
    view.name = _name_clean(name, owner=view.owner, team=view.team, exclude=view.pk)
    view.save(update_fields=["name"])
    return view


@in_transaction
def saved_view_delete(*, view: SavedView, by: User) -> None:
    _check_may_change(view, by)
    view.delete()
