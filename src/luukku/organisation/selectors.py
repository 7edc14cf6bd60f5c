import datetime as dt

from django.db.models import Q

from luukku.core.reference import ReferenceList

from .models import Absence, Department, Organisation, ServicePoint, Team, User

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
TEAMS = ReferenceList("teams", Team.objects.all())
PARTNERS = ReferenceList("partners", Organisation.objects.filter(is_own=False))


def need_to_know_department_ids(user: User) -> list[int]:
    """The departments whose sensitive matters the user needs for their work: their own, and
    the extra ones given to them in the admin (docs/privacy.md, "Who sees what")."""
    extra = User.extra_departments.through.objects.filter(user=user).values("department_id")
    return list(
        Department.objects.filter(Q(staff=user) | Q(pk__in=extra))
        .values_list("pk", flat=True)
        .distinct()
        .order_by("pk")
    )


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
