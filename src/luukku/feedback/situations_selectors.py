"""Who sees a documented hard situation, and the lists (docs/feedback.md, "Documented hard
situations").

The rule: the person who recorded it, the staff named in it as present, a supervisor (the
role) who shares a department with the person who recorded it, and the safety contacts. No
one else: not a colleague in the same team, not an administrator or the data protection
officer by their role alone. A situation one may not see is not found (404), so that its
existence is not revealed."""

from django.db.models import Exists, OuterRef, Q, QuerySet

from luukku.organisation.models import User

from .situation_models import HardSituation, SafetyContact

# The newest this many on a list (a team records a few a month).
LIST_SHOWN = 200


def is_safety_contact(user: User) -> bool:
    return bool(
        user.is_authenticated
        and user.is_active
        and SafetyContact.objects.filter(user_id=user.pk).exists()
    )


def _supervised(user: User) -> Q:
    """The situations recorded by someone in one of the supervisor's departments."""
    if user.role != User.Role.SUPERVISOR:
        return Q(pk__in=[])
    colleagues = User.departments.through.objects.filter(
        user_id=OuterRef("recorded_by_id"),
        department__in=user.departments.all(),
    )
    return Q(Exists(colleagues))


def situations_visible(*, user: User) -> QuerySet[HardSituation]:
    rows = HardSituation.objects.select_related("recorded_by", "service_point")
    if not (user.is_authenticated and user.is_active):
        return rows.none()
    if is_safety_contact(user):
        return rows
    involved = HardSituation.staff_involved.through.objects.filter(
        hardsituation_id=OuterRef("pk"), user_id=user.pk
    )
    return rows.filter(Q(recorded_by=user) | Q(Exists(involved)) | _supervised(user))


def may_review_situations(user: User) -> bool:
    """Supervisors and the safety contacts review the situations (the team review)."""
    return user.is_active and (user.role == User.Role.SUPERVISOR or is_safety_contact(user))


def situations_to_review(*, user: User) -> QuerySet[HardSituation]:
    """The situations the person may review and that wait for it: those they may see, not
    their own (someone else reviews those)."""
    if not may_review_situations(user):
        return HardSituation.objects.none()
    return (
        situations_visible(user=user)
        .filter(reviewed_at__isnull=True)
        .exclude(recorded_by=user)
        .order_by("occurred_at", "pk")
    )


def may_review(*, user: User, situation: HardSituation) -> bool:
    return (
        situation.reviewed_at is None
        and situation.recorded_by_id != user.pk
        and situations_to_review(user=user).filter(pk=situation.pk).exists()
    )


def situation_for_view(*, user: User, pk: int) -> HardSituation:
    """The situation with everything its page shows; DoesNotExist if the person may not see
    it (the view answers 404)."""
    return (
        situations_visible(user=user)
        .select_related("customer", "case", "reviewed_by")
        .prefetch_related("staff_involved")
        .get(pk=pk)
    )


def situations_own(*, user: User) -> list[HardSituation]:
    """What the person recorded or was named in, newest first."""
    involved = HardSituation.staff_involved.through.objects.filter(
        hardsituation_id=OuterRef("pk"), user_id=user.pk
    )
    rows = situations_visible(user=user).filter(Q(recorded_by=user) | Q(Exists(involved)))
    return list(rows[:LIST_SHOWN])


def staff_choices(*, exclude: User | None = None) -> QuerySet[User]:
    """The staff one may name as present."""
    rows = User.objects.filter(is_active=True).order_by("first_name", "last_name", "pk")
    return rows.exclude(pk=exclude.pk) if exclude is not None else rows
