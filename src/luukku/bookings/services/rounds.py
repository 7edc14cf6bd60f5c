"""Seasonal application rounds (docs/bookings.md): an association or a resident applies for
weekly turns while the round is open, without signing in (a case for the contact given, a
confirmation to the address given, a private link to see and withdraw the application);
staff allocate each wished turn as a recurring booking through the season, or decline it
with a reason; then the results go to every applicant at once and the round is closed.

Validation in stages, every problem told at once and nothing written on any: the contact
and the application's fields first, then each wished turn against the round's units, the
unit's rules and its opening hours."""

import datetime as dt
import secrets

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from stdnum.fi import ytunnus

from luukku.cases.events import event_reservation
from luukku.cases.models import TRANSITIONS, Case, CaseEvent, Channel, Status
from luukku.cases.services.handling import case_change_status
from luukku.cases.services.intake import case_create_for_contact, reply_due
from luukku.commerce.models import CustomerGroup
from luukku.core.calendar import HELSINKI
from luukku.core.locks import in_transaction, row_created, row_lock
from luukku.customers.services import customer_for_organisation

from ..models import AgeGroup, Application, ApplicationRound, ApplicationWish, ReservationSeries
from ..selectors.reservations import unit_hours
from ..selectors.rounds import wish_time_errors
from .reservation_series import reservation_series_book

MAX_WISHES = 5


def _round_open(application_round: ApplicationRound, now) -> None:
    if application_round.state_at(now) != ApplicationRound.State.OPEN:
        raise ValidationError(_("The round is not open for applications."))


def _round_handling(application_round: ApplicationRound, now) -> None:
    """Staff change allocations only after the application period and before the results."""
    state = application_round.state_at(now)
    if state == ApplicationRound.State.RESULTS_SENT:
        raise ValidationError(_("The results have been sent; the round is closed for changes."))
    if state != ApplicationRound.State.HANDLING:
        raise ValidationError(_("Turns are allocated once the application period has ended."))


def business_id_error(business_id: str) -> str:
    """The business ID's problem, if any (empty when none was given); the form tells it with
    the others at once."""
    business_id = (business_id or "").strip()
    if business_id and not ytunnus.is_valid(business_id):
        return _("Enter a valid Finnish business ID (Y-tunnus), e.g. 0123456-7.")
    return ""


def wish_problems(unit, wish: dict, group_size=None) -> list[str]:
    """One wished turn's problems in a unit of the round, all of them: the priority, the
    group against the unit's capacity, the time against its rules and opening hours."""
    if wish.get("priority") not in (1, 2, 3):
        return [_("Choose a priority from 1 to 3.")]
    problems = []
    if isinstance(group_size, int) and unit.capacity and group_size > unit.capacity:
        problems.append(_("The unit holds %(n)s persons.") % {"n": unit.capacity})
    return problems + wish_time_errors(
        unit, wish["weekday"], wish["starts"], wish["ends"], hours=unit_hours(unit)
    )


def _applicant_errors(data: dict) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    if not data.get("contact_name", "").strip():
        errors["contact_name"] = [_("Give the contact person's name.")]
    if not data.get("email", "").strip():
        errors["email"] = [_("Give an e-mail address for the confirmation and the results.")]
    business_id_problem = business_id_error(data.get("business_id", ""))
    if business_id_problem:
        errors["business_id"] = [business_id_problem]
    if not data.get("purpose", "").strip():
        errors["purpose"] = [_("Tell what the turns are for.")]
    size = data.get("group_size")
    if not size or size < 1:
        errors["group_size"] = [_("Give the size of the group.")]
    if data.get("age_group") and data["age_group"] not in AgeGroup.values:
        errors["age_group"] = [_("Choose an age group from the list.")]
    return errors


def _wish_errors(application_round, wishes: list[dict], group_size=None) -> list[str]:
    """Each wished turn's problems, numbered as on the form; a unit too small for the
    group is one."""
    if not wishes:
        return [_("Wish at least one turn.")]
    if len(wishes) > MAX_WISHES:
        return [_("Wish at most %(n)s turns.") % {"n": MAX_WISHES}]
    units = {u.pk: u for u in application_round.units.all()}
    errors = []
    for number, wish in enumerate(wishes, start=1):
        unit = units.get(getattr(wish.get("unit"), "pk", None))
        if unit is None:
            problems = [_("Choose one of the round's units.")]
        else:
            problems = wish_problems(unit, wish, group_size)
        errors += [_("Turn %(n)s: %(problem)s") % {"n": number, "problem": p} for p in problems]
    return errors


@in_transaction
def application_submit(
    *, application_round: ApplicationRound, wishes: list[dict], language="fi", now=None, **data
) -> Application:
    """An applicant applies for weekly turns in an open round. `data`: contact_name, email,
    phone, organisation_name, business_id, purpose, group_size, age_group; `wishes`: dicts of
    unit, weekday, starts, ends, priority."""
    now = now or timezone.now()
    application_round = row_lock(ApplicationRound, application_round.pk)
    _round_open(application_round, now)
    errors = _applicant_errors(data)
    wish_problems = _wish_errors(application_round, wishes, data.get("group_size"))
    if wish_problems:
        errors["wishes"] = wish_problems
    if errors:
        raise ValidationError(errors)
    application = _application_new(application_round, data, language=language, now=now)
    ApplicationWish.objects.bulk_create(
        ApplicationWish(
            application=application,
            **{k: wish[k] for k in ("unit", "weekday", "starts", "ends", "priority")},
        )
        for wish in wishes
    )
    application_event(
        application, "application_received", now=now, closes=application_round.closes_at.isoformat()
    )
    from .round_mail import application_notify

    application_notify(application, "received")
    return application


def _application_new(application_round, data: dict, *, language: str, now) -> Application:
    first, _space, last = data["contact_name"].strip().rpartition(" ")
    organisation = data.get("organisation_name", "").strip()[:200]
    case = case_create_for_contact(
        first_name=first or last,
        last_name=last if first else "",
        email=data["email"],
        phone=data.get("phone", ""),
        language=language,
        context="round_application",
        service=application_round.units.first().service,
        channel=Channel.WEB,
        subject=_("Application for seasonal turns: %(round)s") % {"round": application_round},
        body=data["purpose"],
        received_at=now,
        clocks_at=now,
        details_later=True,
    )
    business_id = data.get("business_id", "").strip()
    # An association's turns are the association's: its record by the business ID (the
    # messages still go to the contact person's address given here).
    organisation_customer = customer_for_organisation(
        business_id=business_id, name=organisation, context="round_application"
    )
    application = Application.objects.create(
        round=application_round,
        token=secrets.token_urlsafe(32),
        case=case,
        customer=organisation_customer or case.customer,
        organisation_name=organisation,
        business_id=ytunnus.format(business_id) if business_id else "",
        contact_name=data["contact_name"].strip()[:200],
        contact_email=case.contact_email,
        contact_phone=case.contact_phone,
        purpose=data["purpose"].strip()[:500],
        group_size=data["group_size"],
        age_group=data.get("age_group") or "",
        language=language,
    )
    row_created(application)
    _case_wait_for_round(case, application_round, now)
    return application


def round_case_due(application_round: ApplicationRound, service) -> dt.datetime:
    """An application's case is due the service's reply time after the application period
    closes, and at the latest when the season starts (never before the period closes)."""
    closes = application_round.closes_at
    season = dt.datetime.combine(application_round.season_first_day, dt.time(), tzinfo=HELSINKI)
    return max(closes, min(reply_due(service=service, received_at=closes), season))


def _case_wait_for_round(case: Case, application_round: ApplicationRound, now) -> None:
    """Nothing is to be done on the case while the round is open: it waits, its service-level
    clock paused as for any case waiting for the customer (`round_cases_resume` starts it
    again when the period closes, and its targets count from the close, as its service-level
    box shows while it waits), and its due date follows the round."""
    case.due_at = round_case_due(application_round, case.service)
    case.save(update_fields=["due_at"])
    case_change_status(
        case=case,
        actor=None,
        status=Status.WAITING_CUSTOMER,
        context="round_application",
        at=now,
        clocks_at=now,
        resumes_at=application_round.closes_at,
    )


def round_cases_resume(*, now=None, batch: int = 200) -> int:
    """The worker's step: once a round's application period has closed, its applications'
    cases still waiting since before then are open again and their clocks run."""
    now = now or timezone.now()
    waiting = Application.objects.filter(
        state=Application.State.RECEIVED,
        round__closes_at__lte=now,
        round__results_sent_at__isnull=True,
        case__status=Status.WAITING_CUSTOMER,
    ).select_related("round")
    return sum(_case_resume(application, now) for application in waiting.order_by("pk")[:batch])


@in_transaction
def _case_resume(application: Application, now) -> int:
    case = row_lock(Case, application.case_id)
    last = case.events.filter(kind=CaseEvent.Kind.STATUS).order_by("-at", "-pk").first()
    # A case staff set waiting after the period closed waits for its customer still.
    if case.status != Status.WAITING_CUSTOMER or last is None:
        return 0
    if last.at > application.round.closes_at:
        return 0
    # Its clocks run from the close, however late the worker comes by.
    case_change_status(
        case=case,
        actor=None,
        status=Status.OPEN,
        context="round_application",
        at=application.round.closes_at,
        clocks_at=now,
    )
    return 1


def application_event(application: Application, action: str, *, by=None, now, public=True, **extra):
    """The application's step on its case."""
    if application.case_id is None:
        return None
    details = {"application": application.pk, "round": str(application.round), **extra}
    return event_reservation(
        application.case,
        actor=by,
        action=action,
        reservation_id=None,
        details=details,
        public=public,
        at=now,
    )


@in_transaction
def application_withdraw(*, application: Application, now=None) -> Application:
    """The applicant withdraws the application while the round is open."""
    now = now or timezone.now()
    row_lock(ApplicationRound, application.round_id)
    application = row_lock(Application, application.pk)
    if application.state == Application.State.WITHDRAWN:
        raise ValidationError(_("The application has been withdrawn already."))
    _round_open(application.round, now)
    application.state = Application.State.WITHDRAWN
    application.withdrawn_at = now
    application.save(update_fields=["state", "withdrawn_at", "updated_at"])
    application_event(application, "application_withdrawn", now=now)
    from .round_mail import application_notify

    application_notify(application, "withdrawn")
    _case_resolve(application, by=None, now=now)
    return application


def _case_resolve(application: Application, *, by, now) -> None:
    """The application's case is done once withdrawn or answered with the results; never a
    resolution at first contact (the round's handling is no front-line contact)."""
    case = application.case
    if case is not None and Status.RESOLVED in TRANSITIONS.get(case.status, ()):
        case = case_change_status(
            case=case,
            actor=by,
            status=Status.RESOLVED,
            context="round_application",
            at=now,
            clocks_at=now,
        )
        if case.first_contact_resolution:
            Case.objects.filter(pk=case.pk).update(first_contact_resolution=False)
            case.first_contact_resolution = False


def _wish_locked(wish: ApplicationWish, now) -> ApplicationWish:
    application = wish.application
    row_lock(ApplicationRound, application.round_id)
    row_lock(Application, application.pk)
    wish = ApplicationWish.objects.select_related("application__round", "unit").get(pk=wish.pk)
    _round_handling(wish.application.round, now)
    if wish.application.state == Application.State.WITHDRAWN:
        raise ValidationError(_("The application has been withdrawn."))
    if wish.state != ApplicationWish.State.WISHED:
        raise ValidationError(_("The turn has been handled already."))
    return wish


@in_transaction
def wish_allocate(*, wish: ApplicationWish, by, now=None) -> ApplicationWish:
    """Allocate the wished turn: its free dates through the season booked as one recurring
    booking (the dates that clash left out, as listed before); the applicant hears with the
    results."""
    now = now or timezone.now()
    wish = _wish_locked(wish, now)
    series = season_book(wish, by=by, now=now)
    wish.state = ApplicationWish.State.ALLOCATED
    wish.series = series
    wish.handled_at, wish.handled_by = now, by
    wish.save(update_fields=["state", "series", "handled_at", "handled_by"])
    application_event(
        wish.application, "wish_allocated", by=by, now=now, public=False, **wish_details(wish)
    )
    return wish


def season_book(wish: ApplicationWish, *, by, now) -> ReservationSeries:
    """The one call of the recurring booking service: the wish's weekday and time through
    the round's season for the applicant (an association's price when it gave a name)."""
    application = wish.application
    application_round = application.round
    group = CustomerGroup.ASSOCIATION if application.organisation_name else CustomerGroup.RESIDENT
    return reservation_series_book(
        by=by,
        unit=wish.unit,
        weekday=wish.weekday,
        starts=wish.starts,
        ends=wish.ends,
        first_day=max(application_round.season_first_day, timezone.localdate(now)),
        last_day=application_round.season_last_day,
        contact_name=application.applicant,
        customer=application.customer,
        contact_email=application.contact_email,
        contact_phone=application.contact_phone,
        organisation_name=application.organisation_name,
        group=group,
        purpose=application.purpose,
        language=application.language,
        case=application.case,
        now=now,
    )


def wish_details(wish: ApplicationWish) -> dict:
    return {
        "unit": wish.unit.name,
        "weekday": wish.weekday,
        "starts": wish.starts.strftime("%H:%M"),
        "ends": wish.ends.strftime("%H:%M"),
    }


@in_transaction
def wish_decline(*, wish: ApplicationWish, by, reason: str, now=None) -> ApplicationWish:
    """Decline the wished turn with a reason the applicant reads in the results."""
    now = now or timezone.now()
    if not reason.strip():
        raise ValidationError({"reason": [_("Give the reason the applicant reads.")]})
    wish = _wish_locked(wish, now)
    wish.state = ApplicationWish.State.DECLINED
    wish.decline_reason = reason.strip()[:500]
    wish.handled_at, wish.handled_by = now, by
    wish.save(update_fields=["state", "decline_reason", "handled_at", "handled_by"])
    application_event(
        wish.application, "wish_declined", by=by, now=now, public=False, **wish_details(wish)
    )
    return wish


@in_transaction
def round_results_send(*, application_round: ApplicationRound, by, now=None) -> int:
    """Every applicant gets one message with the turns allocated and declined; the round
    is closed for changes after. Wishes still waiting are refused first. Returns how many
    messages were queued."""
    from .round_mail import application_notify

    now = now or timezone.now()
    application_round = row_lock(ApplicationRound, application_round.pk)
    _round_handling(application_round, now)
    applications = list(
        application_round.applications.filter(state=Application.State.RECEIVED).order_by("pk")
    )
    waiting = ApplicationWish.objects.filter(
        application__in=applications, state=ApplicationWish.State.WISHED
    ).count()
    if waiting:
        raise ValidationError(
            _("%(n)s wished turns are still waiting: allocate or decline them first.")
            % {"n": waiting}
        )
    # The round's lock keeps out withdrawals and allocations meanwhile.
    Application.objects.filter(pk__in=[a.pk for a in applications]).update(
        results_sent_at=now, updated_at=now
    )
    # Every case's lock first, in order: each step below writes the access log after it.
    for case_id in sorted({a.case_id for a in applications if a.case_id}):
        row_lock(Case, case_id)
    sent = 0
    for application in applications:
        application.results_sent_at = now
        application_event(application, "results_sent", by=by, now=now)
        sent += bool(application_notify(application, "results"))
        _case_resolve(application, by=by, now=now)
    application_round.results_sent_at, application_round.results_sent_by = now, by
    application_round.save(update_fields=["results_sent_at", "results_sent_by", "updated_at"])
    return sent
