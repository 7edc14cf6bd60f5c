"""Reads for the inbox as a work queue: the count on each list, the neighbouring case of a
list, and the saved views a person may use (docs/architecture.md, "Work queues")."""

from django.core.paginator import Page
from django.db.models import Count, F, Q, QuerySet

from luukku.catalogue.selectors import SERVICES
from luukku.core.pagination import CappedPaginator
from luukku.organisation.models import User
from luukku.organisation.selectors import STAFF

from .models import Case, SavedView
from .selectors import InboxFilters, cases_visible_to, inbox_cases, inbox_condition

# How far down a list "next" looks; a list longer than this is narrowed by its filters.
NEIGHBOUR_LIMIT = 5000


def inbox_counts(
    *, user: User, lists: dict[str, InboxFilters], visible: QuerySet[Case] | None = None
) -> dict[str, int]:
    """How many visible cases each list holds, all counted in one query: only the rows of
    one of the lists are read, each counted where its condition holds. `visible` is
    `cases_visible_to(user=user)` when the caller has it already."""
    if not lists:
        return {}
    conditions = {key: inbox_condition(user=user, filters=f) for key, f in lists.items()}
    any_list = Q()
    for condition in conditions.values():
        any_list |= condition
    visible = cases_visible_to(user=user) if visible is None else visible
    counts = visible.filter(any_list).aggregate(
        **{f"n{index}": Count("pk", filter=c) for index, c in enumerate(conditions.values())}
    )
    return {key: counts[f"n{index}"] or 0 for index, key in enumerate(conditions)}


def inbox_page(*, cases: QuerySet[Case], per_page: int, number) -> Page:
    """A page of the inbox's list, its rows read. Only their customers are joined: their
    services and handlers come from the lists each process keeps, since at a million cases
    PostgreSQL took 10 ms of the statement's 11 to plan the joins to five tables."""
    cases = cases.select_related(None).select_related("customer")
    page = CappedPaginator(cases, per_page).get_page(number)
    page.object_list = list(page.object_list)
    SERVICES.attach(page.object_list, "service")
    STAFF.attach(page.object_list, "assignee")
    return page


def inbox_neighbour(
    *, user: User, filters: InboxFilters, reference: str, direction: str
) -> str | None:
    """The reference of the case after (or before) `reference` in the list's own order, or
    None at its end. A case that has left the list (resolved, given to another) is followed
    by the list's first case: where the next case now stands."""
    references = list(
        inbox_cases(user=user, filters=filters)
        .select_related(None)
        .values_list("reference", flat=True)[:NEIGHBOUR_LIMIT]
    )
    if reference not in references:
        others = [other for other in references if other != reference]
        return others[0] if direction == "next" and others else None
    index = references.index(reference) + (1 if direction == "next" else -1)
    return references[index] if 0 <= index < len(references) else None


def cases_chosen(*, references: list[str], user: User) -> tuple[list[Case], list[str]]:
    """The chosen cases that the person may see, in the order chosen, and the references
    not among them. A case outside the person's scope is answered like a reference that
    does not exist, so that the answer tells nothing of it."""
    wanted = list(dict.fromkeys(references))
    found = {
        case.reference: case
        for case in cases_visible_to(user=user).filter(reference__in=wanted).order_by()
    }
    missing = [reference for reference in wanted if reference not in found]
    return [found[reference] for reference in wanted if reference in found], missing


def saved_views_for(*, user: User) -> QuerySet[SavedView]:
    """The person's own views and those shared with a team they belong to."""
    return (
        SavedView.objects.filter(
            Q(owner_id=user.pk, team__isnull=True) | Q(team_id__in=user.teams.values("pk"))
        )
        .select_related("team")
        .order_by(F("team_id").asc(nulls_first=True), "name", "pk")
    )


def saved_view_may_change(*, view: SavedView, user: User) -> bool:
    """Who renames or deletes a view: its maker; a team's view also a supervisor."""
    return view.owner_id == user.pk or (view.team_id is not None and user.sees_everything)
