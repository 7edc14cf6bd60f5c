"""Reads for choosing the case to merge one with: its likely duplicates, and the cases found
by what the handler types (a whole reference, the number at its end, three or more of its
digits, or words of the subject). Always through the viewer's access scope
(`cases_visible_to`), and each list is written to the access log, since it shows customers
and subjects (docs/architecture.md, "Merging duplicate cases")."""

import datetime as dt
import re

from django.db.models import BooleanField, ExpressionWrapper, Q, QuerySet

from luukku.organisation.models import User
from luukku.privacy.models import AccessLogEntry
from luukku.privacy.services import access_log_record

from .models import OPEN_STATUSES, Case, CaseMerge
from .selectors import cases_visible_to

# A case of the same service received this close to the case is a likely duplicate.
DUPLICATE_DAYS = 14
DUPLICATE_LIMIT = 5
FOUND_LIMIT = 20
# The number at the end of a reference ("123" of LK-2026-000123), with its year or not.
SHORT_NUMBER = re.compile(r"^(?:(?P<year>\d{4})-)?(?P<number>\d{1,8})$")
# Digits typed alone, three or more, are looked for anywhere in the references.
PART_OF_NUMBER = re.compile(r"^\d{3,}$")
# References are padded to six digits, or eight when a year is crowded.
REFERENCE_DIGITS = (6, 8)


def _others(*, case: Case, user: User) -> QuerySet[Case]:
    """The cases the user may see other than this one, not merged into another case."""
    return (
        cases_visible_to(user=user)
        .exclude(pk=case.pk)
        .exclude(pk__in=CaseMerge.objects.filter(undone_at__isnull=True).values("merged_id"))
        .select_related("customer", "service")
    )


def _duplicate_reasons(case: Case, other: Case, since: dt.datetime, until: dt.datetime):
    reasons = []
    if case.customer_id and other.customer_id == case.customer_id:
        reasons.append("customer")
    if case.contact_email and other.contact_email.lower() == case.contact_email.lower():
        reasons.append("email")
    if case.contact_phone and other.contact_phone == case.contact_phone:
        reasons.append("phone")
    if other.service_id == case.service_id and since <= other.created_at <= until:
        reasons.append("service")
    return reasons


def case_duplicate_candidates(
    *, case: Case, user: User, limit: int = DUPLICATE_LIMIT
) -> list[Case]:
    """The open cases the user may see that are likely the same matter as `case`, newest
    first: the same customer, the same reply e-mail or phone given by the sender, or the
    same service received within DUPLICATE_DAYS of it. Each has `duplicate_reasons` (codes:
    customer, email, phone, service). Shows personal data, so the list is logged."""
    since = case.created_at - dt.timedelta(days=DUPLICATE_DAYS)
    until = case.created_at + dt.timedelta(days=DUPLICATE_DAYS)
    alike = Q(service_id=case.service_id, created_at__range=(since, until))
    if case.customer_id:
        alike |= Q(customer_id=case.customer_id)
    if case.contact_email:
        alike |= Q(contact_email__iexact=case.contact_email)
    if case.contact_phone:
        alike |= Q(contact_phone=case.contact_phone)
    candidates = list(
        _others(case=case, user=user)
        .filter(alike, status__in=OPEN_STATUSES)
        .order_by("-created_at", "-pk")[:limit]
    )
    for other in candidates:
        other.duplicate_reasons = _duplicate_reasons(case, other, since, until)
    access_log_record(
        actor=user,
        action=AccessLogEntry.Action.LIST,
        context="cases_merge_duplicates",
        case=case,
        count=len(candidates),
    )
    return candidates


def _whole_number_condition(text: str) -> Q:
    """A whole reference, or the number at the end of one ("123", "2026-123")."""
    condition = Q(reference=text.upper())
    short = SHORT_NUMBER.match(text)
    if short:
        year = f"-{short['year']}" if short["year"] else ""
        for digits in REFERENCE_DIGITS:
            if len(short["number"]) <= digits:
                ending = f"{year}-{short['number'].zfill(digits)}"
                condition |= Q(reference__endswith=ending)
    return condition


def _search_condition(text: str) -> Q:
    """A whole reference, the number at the end of one, digits anywhere in one (three or
    more: "439" and "925" of LK-2026-439925), or words of the subject."""
    condition = _whole_number_condition(text) | Q(subject__icontains=text)
    if "@" in text:
        condition |= Q(contact_email__iexact=text)
    if PART_OF_NUMBER.match(text):
        condition |= Q(reference__contains=text)
    return condition


def cases_found_for_merge(
    *, case: Case, user: User, text: str, limit: int = FOUND_LIMIT
) -> list[Case]:
    """The cases the user may see (other than `case`, not merged already) that `text` names,
    those that it names whole first, then newest first. Shows personal data, so the search
    is logged with its words."""
    text = text.strip()
    found = []
    if text:
        found = list(
            _others(case=case, user=user)
            .filter(_search_condition(text))
            .order_by(
                ExpressionWrapper(_whole_number_condition(text), BooleanField()).desc(),
                "-created_at",
                "-pk",
            )[:limit]
        )
    access_log_record(
        actor=user,
        action=AccessLogEntry.Action.LIST,
        context="cases_merge_search",
        case=case,
        query={"q": text},
        count=len(found),
    )
    return found
