"""Reads of cases, always through the viewer's access scope."""

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core.cache import cache
from django.db.models import BooleanField, Count, ExpressionWrapper, F, Prefetch, Q, QuerySet
from django.utils import formats, timezone

from luukku.catalogue.models import Service
from luukku.catalogue.selectors import SERVICES, services_for_citizens
from luukku.core.expressions import InOnce
from luukku.core.reference import ReferenceList
from luukku.organisation.models import Organisation, User
from luukku.organisation.selectors import (
    DEPARTMENTS,
    STAFF,
    TEAMS,
    need_to_know_departments,
)
from luukku.privacy.services import access_log_record

from .merges import cases_merged_into_ids
from .models import (
    OPEN_STATUSES,
    Attachment,
    Case,
    CaseEvent,
    Consultation,
    OutboundMail,
    RoutingRule,
    Status,
)
from .panels import panels_present
from .registry import ACCESS_GRANTS, WORK_QUEUE_HOLDS, work_queue_held

SORTS = {
    "newest": ("-created_at", "-pk"),
    "oldest": ("created_at", "pk"),
    "due": (F("due_at").asc(nulls_last=True), "pk"),
    "priority": ("-priority", "due_at", "pk"),
    "updated": ("-updated_at", "-pk"),
    "service_level": (F("sla_due_at").asc(nulls_last=True), "pk"),
}
SERVICE_LEVEL_STATES = ("warning", "breached", "paused")

# Read for every case page and every case taken in (see core.reference).
ROUTING_RULES = ReferenceList(
    "routing-rules",
    RoutingRule.objects.filter(is_active=True).select_related("organisation", "service"),
    models=[Organisation, Service],
)


def sees_all_cases(user: User) -> bool:
    """Administrators; supervisors too where the city has chosen so
    (SUPERVISORS_SEE_ALL_SENSITIVE)."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.role == User.Role.ADMINISTRATOR:
        return True
    return user.role == User.Role.SUPERVISOR and settings.SUPERVISORS_SEE_ALL_SENSITIVE


def _scope(user: User) -> Q | None:
    """The condition for cases a user may see; None when they see everything. The one rule
    of who sees which case: every page, list, search, attachment, API answer and drill-down
    goes through it (docs/privacy.md, "Who sees what").

    Non-sensitive cases are seen by all staff (the front line needs the whole picture);
    sensitive cases on a need-to-know basis: by the staff of the case's department (and
    those given it as an extra department), its handler, an expert consulted on it and a
    person at one of its escalation steps. Supervisors are no exception unless the city
    says so; administrators see everything.
    """
    if not user.is_authenticated or not user.is_active:
        return Q(pk__in=[])
    # The data protection officer reads the access log, not the cases (need to know).
    if user.role == User.Role.DPO:
        return Q(pk__in=[])
    if sees_all_cases(user):
        return None
    # An expert consulted and a person at an escalation step (registered by servicelevels,
    # `cases.registry`) see that case, sensitive or not.
    asked = Consultation.objects.filter(expert=user).values("case_id")
    scope = (
        Q(sensitive=False)
        | Q(InOnce(F("department_id"), need_to_know_departments(user)))
        | Q(assignee=user)
        | Q(pk__in=asked)
    )
    for grant in ACCESS_GRANTS:
        scope |= Q(pk__in=grant(user))
    return scope


def cases_visible_to(*, user: User) -> QuerySet[Case]:
    scope = _scope(user)
    cases = Case.objects.all()
    return cases if scope is None else cases.filter(scope)


def case_visible_to(*, case: Case, user: User) -> bool:
    return cases_visible_to(user=user).filter(pk=case.pk).exists()


@dataclass(frozen=True)
class InboxFilters:
    status: str = ""  # a status, "all_open" for all open ones, or "" for all
    service: int | None = None
    service_code: str = ""
    department: int | None = None
    assignee: str = ""  # "me", "none", a user id, or ""
    channel: str = ""
    overdue: bool = False
    service_level: str = ""  # "warning", "breached", "paused" or ""
    query: str = ""
    sort: str = "newest"
    queue: str = ""  # one of WORK_QUEUES, or "" for every case


# The work queues, each a set of cases the filters then narrow (docs/architecture.md,
# "Work queues"): "mine" is what the signed-in person works on next.
WORK_QUEUES = ("mine", "team", "all_open", "overdue")


def _queue_condition(queue: str, user: User) -> Q:
    open_cases = Q(status__in=OPEN_STATUSES)
    # The teams asked once: PostgreSQL reads their cases along `case_unassigned_team`.
    my_teams = Q(InOnce(F("team_id"), user.teams.values("pk")))
    my_teams_unassigned = Q(assignee__isnull=True) & my_teams
    if WORK_QUEUE_HOLDS:
        my_teams_unassigned &= ~work_queue_held()
    if queue == "mine":
        return open_cases & (Q(assignee_id=user.pk) | my_teams_unassigned)
    if queue == "team":
        return open_cases & my_teams_unassigned
    if queue == "all_open":
        return open_cases
    if queue == "overdue":
        return open_cases & Q(due_at__lt=timezone.now())
    return Q()


def inbox_condition(*, user: User, filters: InboxFilters) -> Q:
    """The filters as one condition, so that several lists are counted in one query."""
    condition = _queue_condition(filters.queue, user)
    if filters.status == "all_open":
        condition &= Q(status__in=OPEN_STATUSES)
    elif filters.status:
        condition &= Q(status=filters.status)
    if filters.service:
        condition &= Q(service_id=filters.service)
    if filters.service_code:
        condition &= Q(service__code=filters.service_code)
    if filters.department:
        condition &= Q(department_id=filters.department)
    if filters.assignee == "me":
        condition &= Q(assignee_id=user.pk)
    elif filters.assignee == "none":
        condition &= Q(assignee__isnull=True)
    elif filters.assignee.isdigit():
        condition &= Q(assignee_id=int(filters.assignee))
    if filters.channel:
        condition &= Q(channel=filters.channel)
    if filters.overdue:
        condition &= Q(status__in=OPEN_STATUSES, due_at__lt=timezone.now())
    if filters.service_level in SERVICE_LEVEL_STATES:
        condition &= Q(status__in=OPEN_STATUSES, sla_state=filters.service_level)
    query = filters.query.strip()
    if query:
        # References are upper case: an exact match reads the unique index.
        condition &= Q(reference=query.upper()) | Q(subject__icontains=query)
    return condition


def inbox_cases(
    *, user: User, filters: InboxFilters, visible: QuerySet[Case] | None = None
) -> QuerySet[Case]:
    """The staff inbox, filtered, to paginate (`visible`: the caller's `cases_visible_to`)."""
    visible = cases_visible_to(user=user) if visible is None else visible
    cases = visible.select_related("service", "customer", "assignee", "department", "team")
    cases = cases.filter(inbox_condition(user=user, filters=filters))
    order = SORTS.get(filters.sort, SORTS["newest"])
    if filters.queue == "mine" and filters.sort == "due":
        # My work: what needs action first, what waits for the customer (paused) after it.
        waiting = ExpressionWrapper(Q(status=Status.WAITING_CUSTOMER), BooleanField())
        order = (waiting.asc(), *order)
    return cases.order_by(*order)


def case_get_for_view(*, reference: str, viewer: User, context: str, present=()) -> Case:
    """One case for a member of staff; raises Case.DoesNotExist outside their scope. Read with
    it, whether it has rows in the relations `present` (`cases.panels`).

    Shows personal data, so the view is written to the privacy log.
    """
    cases = cases_visible_to(user=viewer).select_related("customer")
    case = cases.annotate(**panels_present(present)).get(reference=reference)
    SERVICES.attach([case], "service")
    STAFF.attach([case], "assignee")
    TEAMS.attach([case], "team")
    DEPARTMENTS.attach([case], "department")
    access_log_record(actor=viewer, action="view", case=case, context=context)
    return case


def case_timeline(
    *, case: Case, public_only: bool = False, merged_in: list | None = None, files=True, mails=True
) -> QuerySet[CaseEvent]:
    """The timeline; for the citizen only the public events and attachments. A case that
    others were merged into shows their entries too, in time order, each with
    `from_reference`, the case it was written on (for the citizen only those of cases of
    the same customer). `merged_in`: the standing merges into the case, if read already;
    `files`, `mails` false: the case is known to have no attachments, no outbound mail."""
    merged = cases_merged_into_ids(case=case, same_customer_only=public_only, merged_in=merged_in)
    events = case.events.all()
    if merged:
        events = CaseEvent.objects.filter(case_id__in=[case.pk, *merged]).select_related("case")
        events = events.annotate(from_reference=F("case__reference"))
    # Known to be empty: the lists are set empty without a query (`none()`).
    none = Attachment.objects.none(), OutboundMail.objects.none()
    attachments = Attachment.objects.order_by("pk") if files or merged else none[0]
    if public_only:
        # The author signs each reply (cases.replies); staff pages attach them from STAFF.
        events = events.filter(public=True).select_related("author")
        attachments = attachments.filter(public=True)
    events = events.prefetch_related(Prefetch("attachments", queryset=attachments))
    if not public_only:
        sent = OutboundMail.objects.defer("body") if mails or merged else none[1]
        events = events.prefetch_related(Prefetch("outbound_mail", queryset=sent))
    return events.order_by("at", "pk")


@dataclass(frozen=True)
class ConsultationContext:
    events: list[CaseEvent]
    may_open_case: bool
    show_contact: bool

    @property
    def opening(self) -> CaseEvent | None:
        """What the customer first said: their first message, or the agent's note of it."""
        return next((e for e in self.events if e.kind != CaseEvent.Kind.MESSAGE_OUT), None)

    @property
    def attachments(self) -> list[Attachment]:
        return [attachment for event in self.events for attachment in event.attachments.all()]


def consultation_context_for_view(
    *, consultation: Consultation, viewer: User
) -> ConsultationContext:
    """The question in its context for the expert: the customer's messages and the replies
    they got, and in a case opened at the counter or on the phone the agent's note of what
    the customer said (the case's first entry), with their attachments. A viewer who may
    open the case (whose page shows them too) also sees where messages about it go and who
    the customer is: personal data, so that view is logged."""
    case = consultation.case
    may_open_case = case_visible_to(case=case, user=viewer)
    conversation = Q(kind__in=[CaseEvent.Kind.MESSAGE_IN, CaseEvent.Kind.MESSAGE_OUT], public=True)
    opening_note = Q(kind=CaseEvent.Kind.NOTE, at=case.created_at)
    events = list(
        case.events.filter(conversation | opening_note)
        .prefetch_related(Prefetch("attachments", queryset=Attachment.objects.order_by("pk")))
        .order_by("at", "pk")
    )
    STAFF.attach(events, "author")
    show_contact = may_open_case and bool(
        case.customer_id or case.contact_email or case.contact_phone
    )
    if show_contact:
        access_log_record(
            actor=viewer,
            action="view",
            case=case,
            context="consultation_contact",
            fields=["name", "email", "phone"],
        )
    return ConsultationContext(
        events=events, may_open_case=may_open_case, show_contact=show_contact
    )


def case_timeline_for_staff(*, case: Case, merged_in: list | None = None, **known) -> list:
    """The whole timeline, read once, with who wrote each entry (`merged_in`, `known`: as
    for `case_timeline`)."""
    events = list(case_timeline(case=case, merged_in=merged_in, **known))
    STAFF.attach(events, "author")
    _mail_attach(events)
    return events


def _mail_attach(events: list[CaseEvent]) -> None:
    """Each notice that a message to the customer was sent (or failed) with the message,
    `mail`, so that the staff read on the timeline what the customer was told: the
    confirmations of bookings, registrations and key loans as well as the replies."""
    notices = [e for e in events if e.kind == CaseEvent.Kind.NOTIFICATION]
    wanted = {e.data.get("mail") for e in notices} - {None}
    mails = OutboundMail.objects.in_bulk(wanted) if wanted else {}
    for event in notices:
        event.mail = mails.get(event.data.get("mail"))


def cases_for_merge(*, references: list[str], viewer: User) -> list[Case]:
    """The cases named for a merge, in the order named, each with `excerpt` (the start of
    its first message); a ValidationError names a reference the viewer cannot change.
    Shows personal data side by side, so each is logged."""
    from django.core.exceptions import ValidationError
    from django.utils.translation import gettext as _

    wanted = list(dict.fromkeys(ref.strip().upper() for ref in references if ref.strip()))
    if len(wanted) < 2:
        raise ValidationError(_("Choose at least two cases to merge."))
    found = {
        case.reference: case
        for case in cases_visible_to(user=viewer)
        .filter(reference__in=wanted)
        .select_related("customer", "service", "assignee", "team")
    }
    unknown = [ref for ref in wanted if ref not in found]
    if unknown:
        raise ValidationError(
            _("No case %(references)s that you may change.") % {"references": ", ".join(unknown)}
        )
    cases = [found[ref] for ref in wanted]
    first_messages = CaseEvent.objects.filter(
        case__in=cases, kind=CaseEvent.Kind.MESSAGE_IN
    ).order_by("-at", "-pk")
    excerpts = {event.case_id: event.body for event in first_messages}
    for case in cases:
        case.excerpt = excerpts.get(case.pk, "")
        access_log_record(actor=viewer, action="view", case=case, context="cases_merge_page")
    return cases


def case_get_by_token(*, token: str) -> Case:
    """The case behind a citizen's private link."""
    if not token or len(token) < 32:
        raise Case.DoesNotExist
    return Case.objects.select_related("service").get(token=token)


def customer_cases_all_visible(*, customer_id: int, user: User) -> bool:
    """Whether the user may see every case of the customer: a data-subject export or erasure
    reaches them all, so it is for one who may (docs/privacy.md, "Data-subject requests")."""
    return not (
        Case.objects.filter(customer_id=customer_id)
        .exclude(pk__in=cases_visible_to(user=user).filter(customer_id=customer_id).values("pk"))
        .exists()
    )


def customer_cases(*, customer_id: int, user: User, limit: int = 50) -> QuerySet[Case]:
    """The customer's cases that the user may see: the whole situation on one screen."""
    return (
        cases_visible_to(user=user)
        .filter(customer_id=customer_id)
        .select_related("service", "assignee")
        .order_by("-created_at", "-pk")[:limit]
    )


def customer_other_cases(*, case: Case, user: User, limit: int = 50) -> list[Case]:
    """For the case page: the customer's other cases that the user may see, newest first."""
    if case.customer_id is None:
        return []
    cases = customer_cases(customer_id=case.customer_id, user=user, limit=limit + 1)
    others = cases.select_related(None).only("reference", "subject", "status")
    return [other for other in others if other.pk != case.pk][:limit]


def attachment_get_for_staff(*, attachment_id: int, viewer: User) -> Attachment:
    visible = cases_visible_to(user=viewer)
    attachment = Attachment.objects.select_related("case").get(pk=attachment_id, case__in=visible)
    access_log_record(
        actor=viewer, action="view", case=attachment.case, context=f"attachment:{attachment.pk}"
    )
    return attachment


def attachment_get_for_citizen(*, token: str, attachment_id: int) -> Attachment:
    case = case_get_by_token(token=token)
    return Attachment.objects.get(pk=attachment_id, case=case, public=True)


def _answer_shown(field, value: str) -> str:
    """A stored answer as its reader writes it: dates (stored ISO) and numbers localised."""
    try:
        if field.datatype == field.DataType.DATE:
            return formats.date_format(dt.date.fromisoformat(value), "SHORT_DATE_FORMAT")
        if field.datatype == field.DataType.NUMBER:
            return formats.number_format(Decimal(value))
    except (TypeError, ValueError, InvalidOperation):
        pass  # an answer stored before it was checked: as it was given
    return value


def case_answers(*, case: Case) -> list[dict]:
    """The answers to the service's request fields, labelled and written in the reader's
    language."""
    result = []
    if not case.answers:
        return result
    for field in case.service.request_fields.prefetch_related("options"):
        value = case.answers.get(field.code)
        if value in (None, "", []):
            continue
        labels = {option.key: option.label for option in field.options.all()}
        values = value if isinstance(value, list) else [value]
        shown = (labels.get(v) or _answer_shown(field, v) for v in values)
        result.append({"label": field.label, "value": ", ".join(shown)})
    return result


def routing_rules_for(
    *, case: Case, automatic: bool = False, events: list[CaseEvent] | None = None
) -> list[RoutingRule]:
    """The routing rules that match the case: its service, or a word at the start of a word
    in its subject or first message (so that "Kela" matches "Kelan" and "Kelasta").
    `automatic` keeps only the rules that forward at intake; `events`, the timeline in time
    order if the caller has read it."""
    rules = [
        rule
        for rule in ROUTING_RULES.all()
        if rule.service_id in (None, case.service_id) and (rule.automatic or not automatic)
    ]
    if not rules:
        return []  # the common case at intake: no message to read
    if events is None:
        messages = case.events.filter(kind=CaseEvent.Kind.MESSAGE_IN)
        first = messages.order_by("at", "pk").first()
    else:
        first = next((e for e in events if e.kind == CaseEvent.Kind.MESSAGE_IN), None)
    text = f"{case.subject} {first.body if first else ''}".lower()
    return [
        rule
        for rule in rules
        if not rule.words or any(re.search(rf"\b{re.escape(word)}", text) for word in rule.words)
    ]


def case_consultations(*, case: Case) -> list[Consultation]:
    consultations = list(case.consultations.all())
    STAFF.attach(consultations, "asked_by", "expert", "answered_by")
    DEPARTMENTS.attach(consultations, "department")
    return consultations


def _addressed_to(user: User) -> Q:
    """Consultations addressed to the expert, and to their departments' queues."""
    condition = Q(expert=user)
    if user.role == User.Role.EXPERT:
        condition |= Q(expert__isnull=True, department_id__in=user.departments.values("pk"))
    return condition


def consultations_for_expert(*, user: User, open_only: bool = True) -> QuerySet[Consultation]:
    """Consultations addressed to the expert and to their departments' queues."""
    consultations = Consultation.objects.filter(_addressed_to(user))
    if open_only:
        consultations = consultations.filter(status=Consultation.Status.OPEN)
    return consultations.select_related("case__service", "asked_by", "department").order_by(
        "due_at", "pk"
    )


def _waiting_around(consultation: Consultation, user: User) -> tuple[list[int], list[int]]:
    """The ids of the open consultations in the expert's list before and after this one,
    in one query (an expert's list is tens, not thousands)."""
    key = (consultation.due_at, consultation.pk)
    rows = consultations_for_expert(user=user).exclude(pk=consultation.pk)
    before, after = [], []
    for due_at, pk in rows.values_list("due_at", "pk"):
        (before if (due_at, pk) < key else after).append(pk)
    return before, after


def consultation_neighbours(
    *, consultation: Consultation, user: User
) -> tuple[int | None, int | None]:
    """The ids of the open consultations just before and just after this one in the
    expert's list (soonest due first), for "previous" and "next"; None at either end."""
    before, after = _waiting_around(consultation, user)
    return (before[-1] if before else None), (after[0] if after else None)


def consultation_next_for_expert(*, user: User, after: Consultation) -> int | None:
    """The id of the consultation to open after answering `after`: the next one in the
    expert's list, or when none follows it, the first one still waiting before it; None
    when no other waits."""
    waiting_before, waiting_after = _waiting_around(after, user)
    return next(iter(waiting_after + waiting_before), None)


def consultations_asked_by(*, user: User) -> QuerySet[Consultation]:
    """The agent's own consultations: open ones and answers not yet seen."""
    return (
        Consultation.objects.filter(asked_by=user)
        .filter(Q(status=Consultation.Status.OPEN) | Q(seen_at__isnull=True))
        .exclude(status=Consultation.Status.WITHDRAWN)
        .select_related("case", "expert", "department", "answered_by")
        .order_by("-answered_at", "due_at", "pk")
    )


def consultation_can_answer(*, consultation: Consultation, user: User) -> bool:
    """The expert asked, an expert of the queue's department, or a supervisor who may see
    the case (need to know: not every department's sensitive cases)."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.pk == consultation.expert_id:
        return True
    if user.sees_everything:
        return case_visible_to(case=consultation.case, user=user)
    return (
        consultation.expert_id is None
        and user.role == User.Role.EXPERT
        and user.departments.filter(pk=consultation.department_id).exists()
    )


def consultation_get_for_change(*, pk: int, viewer: User) -> Consultation:
    """One consultation for the expert (or the agent who asked, or a supervisor who may see
    the case); raises Consultation.DoesNotExist for anyone else, as for an id that does not
    exist. Shows nothing by itself, so it is not logged: the action or the page is."""
    consultation = Consultation.objects.select_related(
        "case__service", "case__department", "asked_by", "expert", "department", "answered_by"
    ).get(pk=pk)
    if not (
        consultation.asked_by_id == viewer.pk
        or consultation_can_answer(consultation=consultation, user=viewer)
    ):
        raise Consultation.DoesNotExist
    return consultation


def consultation_get_for_view(*, pk: int, viewer: User) -> Consultation:
    """One consultation for the expert (or the agent who asked, or a supervisor): the
    question and the case details the expert needs. Logged like a view of the case."""
    consultation = consultation_get_for_change(pk=pk, viewer=viewer)
    access_log_record(actor=viewer, action="view", case=consultation.case, context="consultation")
    return consultation


def _waiting_and_answers(user: User) -> tuple[Q, Q]:
    answers = Q(asked_by=user, answered_at__isnull=False, seen_at__isnull=True)
    if user.role == User.Role.AGENT:
        waiting = Q(pk__in=[])
    else:
        waiting = _addressed_to(user) & Q(status=Consultation.Status.OPEN)
    return waiting, answers


def consultation_counts(*, user: User) -> dict[str, int]:
    """For the navigation: consultations waiting for this expert, and answers this agent
    has not seen yet."""
    waiting, answers = _waiting_and_answers(user)
    counts = Consultation.objects.filter(waiting | answers).aggregate(
        waiting=Count("pk", filter=waiting), answers=Count("pk", filter=answers)
    )
    return {**counts, "total": counts["waiting"] + counts["answers"]}


def consultations_waiting_for(*, user: User) -> QuerySet[Consultation]:
    """What `consultation_counts` counts in all: questions waiting for this person and
    answers to their own not yet seen."""
    waiting, answers = _waiting_and_answers(user)
    return Consultation.objects.filter(waiting | answers)


MOST_ASKED_PERIOD = dt.timedelta(days=90)
MOST_ASKED_CACHE_SECONDS = 60 * 60


def services_most_asked(*, limit: int = 5, now: dt.datetime | None = None) -> list[Service]:
    """The citizens' services with the most cases in the last 90 days, most first: the way
    forward of a citizen's search that found nothing. Counted at most once an hour (the ids
    are cached; a page reads the services in one query)."""
    now = now or timezone.now()
    key = f"services-most-asked:{limit}:{now:%Y%m%d%H}"
    ids = cache.get(key)
    if ids is None:
        counted = (
            Case.objects.filter(
                created_at__gte=now - MOST_ASKED_PERIOD,
                created_at__lte=now,
                service__in=services_for_citizens(),
            )
            .values("service")
            .annotate(cases=Count("pk"))
            .order_by("-cases", "service")[:limit]
        )
        ids = [row["service"] for row in counted]
        cache.set(key, ids, MOST_ASKED_CACHE_SECONDS)
    services = services_for_citizens().in_bulk(ids)
    return [services[pk] for pk in ids if pk in services]
