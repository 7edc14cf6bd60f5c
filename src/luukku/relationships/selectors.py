"""Reads of segments and announcements: who is in a segment (the rule evaluated now), and
who of them an announcement would reach, by which channel and in which language."""

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from luukku.bookings.models import Registration, Reservation
from luukku.core.calendar import HELSINKI
from luukku.customers.models import Customer

from .models import Announcement, Delivery, Segment, SegmentMember, Unsubscription

Rule = Segment.Rule


def _year_start(now: dt.datetime) -> dt.datetime:
    local = timezone.localtime(now, HELSINKI)
    return dt.datetime(local.year, 1, 1, tzinfo=HELSINKI)


def _rule_filter(segment: Segment, now: dt.datetime) -> Q:
    """The segment's rule as a filter of customers."""
    if segment.rule == Rule.KIND:
        return Q(kind=segment.kind)
    if segment.rule == Rule.SECTOR:
        return Q(kind=Customer.Kind.ORGANISATION, sector=segment.sector)
    if segment.rule == Rule.DEPARTMENT:
        return Q(kind=Customer.Kind.INTERNAL, internal_department=segment.department_id)
    if segment.rule == Rule.HANDLER:
        return Q(handler=segment.handler_id)
    if segment.rule == Rule.LANGUAGE:
        return Q(preferred_language=segment.language)
    since = _year_start(now)
    if segment.rule == Rule.BOOKED_ROOM:
        booked = Reservation.objects.filter(
            customer=OuterRef("pk"),
            kind=Reservation.Kind.CUSTOMER,
            state__in=Reservation.ACTIVE,
            starts_at__gte=since,
            starts_at__lt=since.replace(year=since.year + 1),
        )
        return Q(Exists(booked))
    if segment.rule == Rule.COURSE:
        registered = Registration.objects.filter(
            customer=OuterRef("pk"),
            status__in=Registration.TAKES_PLACE,
            created_at__gte=since,
        )
        return Q(Exists(registered))
    picked = SegmentMember.objects.filter(segment=segment, customer=OuterRef("pk"))
    return Q(Exists(picked))


def segment_customers(segment: Segment, *, now: dt.datetime | None = None) -> QuerySet:
    """The segment's customers now: records in use (not merged, not anonymised)."""
    now = now or timezone.now()
    return (
        Customer.active.filter(anonymised_at__isnull=True)
        .filter(_rule_filter(segment, now))
        .order_by("last_name", "first_name", "organisation_name", "pk")
    )


def segments_for_staff() -> QuerySet:
    return Segment.objects.select_related("department", "handler").order_by("name", "pk")


def segment_announcements(segment: Segment) -> QuerySet:
    return segment.announcements.select_related("created_by", "sent_by")


def announcement_counts(announcement: Announcement) -> dict[str, int]:
    """The deliveries of a sent announcement by status and channel."""
    counts: Counter = Counter()
    for channel, status in announcement.deliveries.values_list("channel", "status"):
        counts[status] += 1
        counts[channel] += 1
        counts["total"] += 1
    return dict(counts)


def is_unsubscribed(customer: Customer) -> bool:
    return Unsubscription.objects.filter(customer=customer).exists()


def customer_announcements(customer: Customer) -> dict:
    """For the customer page: whether they unsubscribed, and their latest deliveries."""
    unsubscription = Unsubscription.objects.filter(customer=customer).first()
    deliveries = (
        Delivery.objects.filter(customer=customer)
        .select_related("announcement")
        .order_by("-created_at", "-pk")[:5]
    )
    return {"unsubscription": unsubscription, "deliveries": list(deliveries)}


# Why a segment's customer gets no announcement.
SKIP_REASONS = ("unsubscribed", "failing", "no_address")


@dataclass
class Recipient:
    customer: Customer
    channel: str
    address: str
    language: str


@dataclass
class Plan:
    """Who an announcement reaches and who it leaves out, and why."""

    recipients: list[Recipient] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SKIP_REASONS, 0))
    languages: dict[str, int] = field(default_factory=dict)
    channels: dict[str, int] = field(default_factory=dict)


def _reach(customer: Customer, unsubscribed: set[int]) -> tuple[str, str] | str:
    """(channel, address), or the reason the customer is left out."""
    if customer.pk in unsubscribed:
        return "unsubscribed"
    if customer.preferred_channel == Customer.ContactChannel.SMS and customer.phone:
        return Delivery.Channel.SMS, customer.phone
    if customer.email and customer.email_failing_since is None:
        return Delivery.Channel.EMAIL, customer.email
    if customer.email:
        return "failing"
    return "no_address"


def announcement_plan(announcement: Announcement, *, now: dt.datetime | None = None) -> Plan:
    """The recipients of the announcement's segment now, each with the channel, the address
    and the language they get it in (their own, or Finnish when it has no text in theirs)."""
    customers = list(segment_customers(announcement.segment, now=now))
    unsubscribed = set(
        Unsubscription.objects.filter(customer__in=[c.pk for c in customers]).values_list(
            "customer_id", flat=True
        )
    )
    plan = Plan()
    for customer in customers:
        reach = _reach(customer, unsubscribed)
        if isinstance(reach, str):
            plan.skipped[reach] += 1
            continue
        language = announcement.text_in(customer.preferred_language)[0]
        plan.recipients.append(Recipient(customer, reach[0], reach[1], language))
        plan.languages[language] = plan.languages.get(language, 0) + 1
        plan.channels[reach[0]] = plan.channels.get(reach[0], 0) + 1
    return plan
