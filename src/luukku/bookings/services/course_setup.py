"""Setting up a course (docs/bookings.md, "Setting up a course"): its names, venue, sessions,
registration rules and fee saved in one write; weekly sessions laid out from a first day,
skipping Finnish public holidays (the business-hours calendar, `core.calendar`). A course's
places changed upward offer the new places to its waiting list (`course_capacity_set`)."""

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.commerce.models import CustomerGroup, Product
from luukku.commerce.services.products import fee_product_save
from luukku.core.calendar import HELSINKI, finnish_holidays
from luukku.core.locks import in_transaction, row_lock

from ..models import Course, CourseSession
from ..selectors.courses import REDUCED_GROUPS, CourseFee, course_fee
from .courses import course_capacity_set

Times = tuple[dt.datetime, dt.datetime]
# How many weekly sessions one course may be given at once.
MAX_SESSIONS = 60


@dataclass(frozen=True)
class WeeklySessions:
    sessions: list[Times]
    skipped: list[dt.date]


def weekly_sessions(
    *, first: dt.date, weekday: int, start: dt.time, minutes: int, count: int
) -> WeeklySessions:
    """`count` sessions once a week on `weekday` (0 = Monday) from the first such day on or
    after `first`, each `minutes` long, local time; a week whose day is a Finnish public
    holiday is skipped (the course runs a week longer) and listed in `skipped`."""
    if not 1 <= count <= MAX_SESSIONS:
        raise ValidationError(
            {"count": _("Give between 1 and %(n)s sessions.") % {"n": MAX_SESSIONS}}
        )
    if minutes < 1:
        raise ValidationError({"minutes": _("A session lasts at least a minute.")})
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7)
    sessions, skipped = [], []
    while len(sessions) < count:
        if day in finnish_holidays(day.year):
            skipped.append(day)
        else:
            begins = dt.datetime.combine(day, start, HELSINKI)
            sessions.append((begins, begins + dt.timedelta(minutes=minutes)))
        day += dt.timedelta(weeks=1)
    return WeeklySessions(sessions, skipped)


def course_rule_errors(fields: dict, sessions: list[Times] | None) -> dict[str, str]:
    """Every rule of a course at once, by field (`sessions` None: not readable, its own
    rules left out): the form shows them with its other errors in one round."""
    errors = {}
    opens, closes = fields.get("enrolment_opens"), fields.get("enrolment_closes")
    if opens and closes and opens >= closes:
        errors["enrolment_closes"] = _("Registration must close after it opens.")
    low, high = fields.get("min_age"), fields.get("max_age")
    if low is not None and high is not None and low > high:
        errors["max_age"] = _("The maximum age cannot be below the minimum age.")
    if sessions is not None and not sessions:
        errors["sessions"] = _("Give at least one session.")
    elif sessions and any(begins >= ends for begins, ends in sessions):
        errors["sessions"] = _("A session must end after it starts.")
    first = min((begins for begins, _ends in sessions or ()), default=None)
    decision_date = fields.get("decision_date")
    if fields.get("minimum_participants") and decision_date is None:
        errors["decision_date"] = _("A course with a minimum needs the day it is decided on.")
    if first is not None and decision_date and decision_date >= first.astimezone(HELSINKI).date():
        errors["decision_date"] = _("Decide before the first session.")
    return errors


def _check(fields: dict, sessions: list[Times]) -> None:
    if errors := course_rule_errors(fields, sessions):
        raise ValidationError(errors)


def _sessions_replace(course: Course, sessions: list[Times]) -> None:
    course.sessions.all().delete()
    CourseSession.objects.bulk_create(
        CourseSession(course=course, starts_at=begins, ends_at=ends)
        for begins, ends in sorted(sessions)
    )


# The fee product's name after the course's, by language.
FEE_NAMES = {"fi": "%s – kurssimaksu", "sv": "%s – kursavgift", "en": "%s – course fee"}
# Where a commerce error on the fee is shown on the course form.
FEE_FIELDS = {"prices": "fee", "vat_percent": "fee_vat"}


def _fee_code(code: str) -> str:
    """The fee product's code: the course's, or with a number when a product has it."""
    candidate, n = code[:30], 1
    while Product.objects.filter(code=candidate).exists():
        n += 1
        candidate = f"{code[:26]}-{n}"
    return candidate


def _fee_product(course: Course, fee: CourseFee, day: dt.date) -> Product | None:
    """The course's fee product with the fee from `day` on (None: free of charge). Its own
    product is changed from the day; one shared with other courses is left to them and a
    new one made. An order already made keeps the price its line copied."""
    if fee.cents is None:
        return None
    if course.product_id and course_fee(course, day) == fee:
        return course.product
    product = course.product if course.product_id else None
    if (
        product is not None
        and Course.objects.filter(product=product).exclude(pk=course.pk).exists()
    ):
        product = None
    names = {
        lang: FEE_NAMES[lang] % (getattr(course, f"name_{lang}") or course.name_fi)
        for lang in FEE_NAMES
    }
    prices = {CustomerGroup.RESIDENT: fee.cents}
    prices |= {group: fee.reduced_cents for group in REDUCED_GROUPS}
    try:
        return fee_product_save(
            product=product,
            code=_fee_code(course.code),
            names=names,
            service=course.service,
            prices=prices,
            vat_percent=fee.vat_percent,
            on=day,
        )
    except ValidationError as error:
        raise ValidationError(
            {FEE_FIELDS.get(key, "__all__"): m for key, m in error.message_dict.items()}
        ) from error


@in_transaction
def course_create(
    *, fields: dict, sessions: list[Times], by, fee: CourseFee | None = None, now=None
) -> Course:
    """A new course or event with its sessions (`fee`: its fee product made from it)."""
    now = now or timezone.now()
    _check(fields, sessions)
    course = Course(**fields)
    if fee is not None:
        course.product = _fee_product(course, fee, timezone.localdate(now))
    course.kind = Course.Kind.EVENT if len(sessions) == 1 else Course.Kind.COURSE
    course.full_clean()
    course.save()
    _sessions_replace(course, sessions)
    return course


@in_transaction
def course_update(
    *, course: Course, fields: dict, sessions: list[Times], by, fee=None, now=None
) -> Course:
    """A course's details and sessions changed. Its places go through
    `course_capacity_set`: fewer than those taken is refused, more are offered to the
    waiting list at once. A decided course's rules of running stay as they were. `fee`
    (a `CourseFee`): its fee from today on, the orders made before as they were."""
    now = now or timezone.now()
    locked = row_lock(Course, course.pk)
    _check(fields, sessions)
    capacity = fields.pop("capacity")
    waiting = fields.pop("waiting_list_capacity")
    for name, value in fields.items():
        setattr(locked, name, value)
    if fee is not None:
        locked.product = _fee_product(locked, fee, timezone.localdate(now))
    locked.kind = Course.Kind.EVENT if len(sessions) == 1 else Course.Kind.COURSE
    locked.full_clean(exclude=["capacity", "waiting_list_capacity"])
    locked.save()
    _sessions_replace(locked, sessions)
    return course_capacity_set(
        course=locked, capacity=capacity, waiting_list_capacity=waiting, by=by, now=now
    )
