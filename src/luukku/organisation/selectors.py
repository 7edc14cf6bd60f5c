import datetime as dt

from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Exists, Max, OuterRef, Q, QuerySet, Sum
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from luukku.core.calendar import BusinessHours
from luukku.core.reference import Kept, ReferenceList

from .models import (
    Absence,
    Department,
    ExceptionalOpeningHours,
    OpeningHours,
    Organisation,
    SecurityEvent,
    ServicePoint,
    Team,
    User,
)

# The choices of the staff pages' selects (see core.reference).
# The job title in each language: it signs a person's replies in the customer's language.
_NAMES = ("first_name", "last_name", "username", "title_fi", "title_sv", "title_en")
STAFF = ReferenceList(
    "staff", User.objects.filter(is_active=True).order_by("first_name", "last_name"), only=_NAMES
)
EXPERTS = ReferenceList(
    "experts",
    User.objects.filter(is_active=True, role=User.Role.EXPERT).order_by("first_name", "last_name"),
    only=_NAMES,
)
DEPARTMENTS = ReferenceList("departments", Department.objects.all())
SERVICE_POINTS = ReferenceList("service_points", ServicePoint.objects.all())
TEAMS = ReferenceList("teams", Team.objects.all())
PARTNERS = ReferenceList("partners", Organisation.objects.filter(is_own=False))


def need_to_know_departments(user: User) -> QuerySet[Department]:
    """The departments whose sensitive matters the user needs for their work: their own, and
    the extra ones given to them in the admin (docs/privacy.md, "Who sees what"), as their
    keys (`pk`) for a subquery: a page that asks who may see its cases reads them within
    its own statements, not apart."""
    extra = User.extra_departments.through.objects.filter(user=user).values("department_id")
    return Department.objects.filter(Q(staff=user) | Q(pk__in=extra)).values("pk")


def service_point_hours(
    *, service_point: ServicePoint, start: dt.date, days: int = 14
) -> list[dict]:
    """Opening hours day by day from `start`, with exceptions applied."""
    regular: dict[int, list] = {}
    for row in service_point.opening_hours.all():
        regular.setdefault(row.weekday, []).append((row.opens, row.closes))
    end = start + dt.timedelta(days=days)
    exceptions = {
        row.date: row for row in service_point.exceptional_hours.all() if start <= row.date < end
    }
    result = []
    for offset in range(days):
        day = start + dt.timedelta(days=offset)
        exception = exceptions.get(day)
        if exception is not None:
            periods = [] if exception.is_closed else [(exception.opens, exception.closes)]
            result.append({"date": day, "periods": periods, "reason": exception.reason})
        else:
            result.append({"date": day, "periods": regular.get(day.weekday(), []), "reason": ""})
    return result


def user_absent_on(*, user: User, day: dt.date) -> bool:
    return Absence.objects.filter(user=user, starts_on__lte=day, ends_on__gte=day).exists()


def absences_current(*, today: dt.date) -> list[Absence]:
    """Absences that have not ended, soonest first."""
    return list(Absence.objects.filter(ends_on__gte=today).select_related("user"))


def service_centre() -> ServicePoint | None:
    """The service point that is the service centre (at most one)."""
    return ServicePoint.objects.filter(is_service_centre=True).first()


# -- staff sign-in security (see organisation.signin) -----------------------------------------


EXCEPTIONS_FROM = dt.timedelta(days=400)


def business_hours() -> BusinessHours:
    """The service centre's business hours: its service point's opening hours and exceptions
    (Finnish holidays closed), or Monday to Friday 8–16 when none is set up. Kept in each
    process for five minutes (every new case and every case page asks); a change to the
    hours clears it (see core.reference)."""
    return BUSINESS_HOURS.get()


def _business_hours_read() -> BusinessHours:
    point = service_centre()
    rows = list(point.opening_hours.all()) if point else []
    if not rows:
        return BusinessHours()
    week: dict[int, list] = {}
    for row in rows:
        week.setdefault(row.weekday, []).append((row.opens, row.closes))
    since = timezone.localdate() - EXCEPTIONS_FROM
    exceptions = {
        row.date: () if row.is_closed else ((row.opens, row.closes),)
        for row in point.exceptional_hours.filter(date__gte=since)
    }
    return BusinessHours(
        week={day: tuple(periods) for day, periods in week.items()}, exceptions=exceptions
    )


BUSINESS_HOURS = Kept(
    "business-hours",
    _business_hours_read,
    models=[ServicePoint, OpeningHours, ExceptionalOpeningHours],
    seconds=300,
)


def locked_accounts() -> list[dict]:
    """Accounts locked by failed sign-ins now: username, failures, the last attempt and when
    the lock ends by itself (None: only when someone unlocks it)."""
    attempts = AccessAttempt.objects.all()
    cool_off = settings.AXES_COOLOFF_TIME
    if cool_off:
        attempts = attempts.filter(attempt_time__gte=timezone.now() - cool_off)
    rows = (
        attempts.values("username")
        .annotate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
        .filter(failures__gte=settings.AXES_FAILURE_LIMIT)
        .order_by("-last")
    )
    users = {u.username: u for u in User.objects.filter(username__in=[r["username"] for r in rows])}
    return [
        {
            "username": row["username"],
            "user": users.get(row["username"]),
            "failures": row["failures"],
            "last": row["last"],
            "until": row["last"] + cool_off if cool_off else None,
        }
        for row in rows
    ]


def staff_two_factor() -> list[tuple[User, bool]]:
    """Active staff with whether each has a confirmed authenticator."""
    enrolled = TOTPDevice.objects.filter(user=OuterRef("pk"), confirmed=True)
    staff = (
        User.objects.filter(is_active=True)
        .annotate(enrolled=Exists(enrolled))
        .order_by("first_name", "last_name", "username")
    )
    return [(user, user.enrolled) for user in staff]


def security_events(*, username: str = ""):
    """The security log, newest first; optionally one username's (as tried or as the user)."""
    events = SecurityEvent.objects.select_related("user", "actor")
    if username:
        events = events.filter(Q(username__iexact=username) | Q(user__username__iexact=username))
    return events
