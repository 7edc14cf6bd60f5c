"""Reading seasonal application rounds: the rounds open to applicants, a round's wished
turns by unit and weekday with the wishes that clash with each other (the same time in the
same unit or in a space it shares), whether a wished time keeps the unit's rules and opening
hours, and an application by its private link."""

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import Application, ApplicationRound, ApplicationWish, Unit
from .reservations import unit_hours, unit_spaces


def rounds_open(*, now=None) -> list[ApplicationRound]:
    """Rounds taking applications now, for the citizen's pages."""
    now = now or timezone.now()
    return list(
        ApplicationRound.objects.filter(
            opens_at__lte=now, closes_at__gt=now, results_sent_at__isnull=True
        ).order_by("closes_at", "pk")
    )


def rounds_all(*, limit: int = 50) -> list[ApplicationRound]:
    """The rounds for staff, newest season first."""
    return list(ApplicationRound.objects.order_by("-season_first_day", "pk")[:limit])


def round_units(application_round: ApplicationRound) -> list[Unit]:
    return list(
        application_round.units.select_related("service_point")
        .prefetch_related("service_point__opening_hours", "service_point__exceptional_hours")
        .order_by("sort_order", "code")
    )


def wish_time_errors(unit: Unit, weekday: int, starts: dt.time, ends: dt.time, *, hours=None):
    """Why a weekly turn does not fit the unit's rules and its opening hours on the weekday
    (empty: it fits)."""
    errors: list[str] = []
    day = dt.date(2001, 1, 1) + dt.timedelta(days=weekday)  # a Monday, then the weekday
    start, end = dt.datetime.combine(day, starts), dt.datetime.combine(day, ends)
    minutes = (end - start).total_seconds() / 60
    if minutes <= 0:
        return [_("The end must be after the start.")]
    if minutes < unit.min_minutes or minutes > unit.max_minutes:
        errors.append(
            _("A booking lasts from %(min)s to %(max)s minutes.")
            % {"min": unit.min_minutes, "max": unit.max_minutes}
        )
    if unit.product_id and unit.pricing == Unit.Pricing.HOUR and minutes % 60:
        errors.append(_("This unit is booked by whole hours."))
    periods = (hours or unit_hours(unit)).week.get(weekday, ())
    inside = [(o, c) for o, c in periods if o <= starts and ends <= c]
    if not inside:
        errors.append(_("The unit is not open at that time."))
    else:
        opened = dt.datetime.combine(day, inside[0][0])
        if (start - opened).total_seconds() % (unit.interval_minutes * 60):
            errors.append(
                _("Bookings start every %(minutes)s minutes from the opening time.")
                % {"minutes": unit.interval_minutes}
            )
    return errors


def application_by_token(token: str) -> Application | None:
    return (
        Application.objects.select_related("round")
        .prefetch_related(
            Prefetch("wishes", queryset=ApplicationWish.objects.select_related("unit"))
        )
        .filter(token=token)
        .first()
    )


@dataclass
class WishRow:
    wish: ApplicationWish
    clashing: list[ApplicationWish] = field(default_factory=list)


@dataclass
class UnitDay:
    unit: Unit
    weekday: int
    rows: list[WishRow] = field(default_factory=list)


def _spaces(units: dict[int, Unit]) -> dict[int, set[int]]:
    return {pk: {space.pk for space in unit_spaces(unit)} for pk, unit in units.items()}


def round_wishes(application_round: ApplicationRound) -> list[UnitDay]:
    """The round's wished turns of applications not withdrawn, by unit and weekday, each
    with the other wishes it clashes with (same weekday, times that meet, in the same unit or
    one sharing its space); declined wishes clash with nothing (personal data: the caller
    logs the access)."""
    wishes = list(
        ApplicationWish.objects.filter(
            application__round=application_round,
            application__state=Application.State.RECEIVED,
        )
        .select_related("unit", "application", "series")
        .prefetch_related("unit__parts__parts")
        .order_by("unit__sort_order", "unit__code", "weekday", "starts", "priority", "pk")
    )
    spaces = _spaces({w.unit_id: w.unit for w in wishes})
    days: dict[tuple[int, int], UnitDay] = {}
    for wish in wishes:
        day = days.setdefault((wish.unit_id, wish.weekday), UnitDay(wish.unit, wish.weekday))
        day.rows.append(WishRow(wish, _clashing(wish, wishes, spaces)))
    return list(days.values())


def _clashing(wish, wishes, spaces) -> list[ApplicationWish]:
    if wish.state == ApplicationWish.State.DECLINED:
        return []
    return [
        other
        for other in wishes
        if other.pk != wish.pk
        and other.application_id != wish.application_id
        and other.state != ApplicationWish.State.DECLINED
        and other.weekday == wish.weekday
        and other.starts < wish.ends
        and wish.starts < other.ends
        and spaces[other.unit_id] & spaces[wish.unit_id]
    ]


def round_applications(application_round: ApplicationRound) -> list[Application]:
    """The round's applications (personal data: logged by the caller)."""
    return list(application_round.applications.select_related("case").order_by("pk"))


def wish_for_staff(pk: int) -> ApplicationWish | None:
    return (
        ApplicationWish.objects.select_related(
            "application__round",
            "application__customer",
            "application__case",
            "unit__service_point",
            "series",
        )
        .filter(pk=pk)
        .first()
    )


def round_results_outcome(application_round: ApplicationRound) -> dict:
    """What sending the results will do, for its confirmation: the applicants told, the
    turns granted and declined in the messages, and the turns still waiting (none may)."""
    applications = application_round.applications.filter(state=Application.State.RECEIVED)
    told = Q(case__isnull=False) & ~Q(contact_email="")
    outcome = applications.aggregate(applicants=Count("pk"), mailed=Count("pk", filter=told))
    wishes = ApplicationWish.objects.filter(application__in=applications)
    states = {
        "granted": ApplicationWish.State.ALLOCATED,
        "declined": ApplicationWish.State.DECLINED,
        "waiting": ApplicationWish.State.WISHED,
    }
    outcome |= wishes.aggregate(
        **{name: Count("pk", filter=Q(state=state)) for name, state in states.items()}
    )
    return outcome


def customer_applications(customer, *, limit: int = 20) -> list[Application]:
    """The customer's applications for seasonal turns (an association's own, though their case
    is the contact person's), newest first, with their round and case."""
    applications = Application.objects.filter(customer=customer).select_related("round", "case")
    return list(applications.order_by("-created_at", "-pk")[:limit])
