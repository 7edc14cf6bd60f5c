"""The citizens' private links that the whole-demo smoke test opens (test_demo_smoke.py):
the walk-in ticket's pages and the chat's. When the demo has no chat, one is started and
answered for the test (rolled back with it), so that the chat's pages are opened too; so is
a builder's package ordered when the demo has none, for the order pages. And the staff's
pages' arguments: the package order's, the sale pages' and the invoice pages'."""

import datetime as dt
from decimal import Decimal

from django.utils import timezone

from luukku.bookings.models import Application, Course, Registration, Reservation
from luukku.bookings.services.registrations import (
    Registrant,
    registration_start,
    registration_submit,
)
from luukku.cases.models import Case, Status
from luukku.catalogue.models import Service
from luukku.chat.models import ChatQueue, ChatSession
from luukku.chat.services.agents import chat_accept, chat_availability_set
from luukku.chat.services.sessions import chat_start
from luukku.commerce.models import Order, Price, Product, ProductPart, RegisterDay, VatRate
from luukku.commerce.services.packages import package_order
from luukku.commerce.services.shop import online_order_place
from luukku.feedback.models import Feedback
from luukku.feedback.situation_models import HardSituation
from luukku.feedback.survey_models import Survey
from luukku.keys.models import AccessRight, Key, Loan, LockChange
from luukku.organisation.models import ServicePoint, Team, User
from luukku.relationships.models import Announcement, CustomerPlan, Delivery, MeetingSeries, Segment
from luukku.relationships.selectors import series_meetings

# The invoice pages: the demo has no invoices yet, so they are opened for ones not there.
INVOICE_ARGUMENTS = {
    "sale_invoice_new": lambda d: {"number": "T-1999-000000"},
    **{
        name: lambda d: {"number": 999999}
        for name in ("sale_invoice", "sale_invoice_pdf", "sale_invoice_finvoice")
    },
    "sale_bank_payment_match": lambda d: {"pk": 999999},
}

CHAT_PAGES = (
    "chat",
    "chat_state",
    "chat_send",
    "chat_seen",
    "chat_still_here",
    "chat_leave",
    "chat_transcript",
)


def demo_chat() -> ChatSession:
    """The demo's first chat, or one about its first service, answered by Aino."""
    found = ChatSession.objects.order_by("pk").first()
    if found is not None:
        return found
    queue = ChatQueue.objects.filter(is_active=True).first() or ChatQueue.objects.create(
        name="Chat", team=Team.objects.order_by("pk").first()
    )
    aino = User.objects.get(username="aino")
    queue.team.members.add(aino)
    chat_availability_set(user=aino, available=True, max_chats=8)
    session = chat_start(
        service=Service.objects.filter(is_published=True, internal=False).order_by("code")[0],
        topic="Pysäköintilupa",
        text="Hei, onko lupa siirrettävissä?",
        client_id="smoke-0001",
    )
    return chat_accept(agent=aino, session=session)


def demo_package_order() -> Order:
    """The demo's first document package order, or a builder's package ordered by Aino on
    the demo's last open case, its one part for the case's department."""
    found = Order.objects.filter(parts__isnull=False).order_by("pk").first()
    if found is not None:
        return found
    case = Case.objects.filter(status=Status.OPEN, department__isnull=False).order_by("-pk")[0]
    product = Product.objects.create(
        code="SMOKE-RAK",
        name_fi="Rakentajapaketti",
        name_sv="Byggarpaket",
        name_en="Builder's package",
        kind=Product.Kind.PACKAGE,
        service=case.service,
    )
    Price.objects.create(
        product=product, group="resident", amount_cents=9000, valid_from=dt.date(2020, 1, 1)
    )
    VatRate.objects.create(product=product, percent=Decimal("25.5"), valid_from=dt.date(2020, 1, 1))
    ProductPart.objects.create(
        product=product,
        name_fi="Karttaote",
        name_sv="Kartutdrag",
        name_en="Map extract",
        department=case.department,
        days=3,
    )
    aino = User.objects.get(username="aino")
    return package_order(product=product, by=aino, case=case)


# The staff's pages of the package order, and ordering one on the demo's case.
ORDER_ARGUMENTS = {
    "case_package_order": lambda d: {"reference": d.case.reference},
    "order": lambda d: {"number": demo_package_order().number},
    "order_deliver": lambda d: {"number": demo_package_order().number},
    "order_part_ready": lambda d: {
        "number": demo_package_order().number,
        "part_id": demo_package_order().parts.first().pk,
    },
}


def demo_sale() -> Order:
    """The demo's latest paid sale at the counter (one of today's)."""
    return Order.objects.filter(channel="counter", status="paid").order_by("-paid_at").first()


def demo_online_order() -> Order:
    """The demo's first online order, or one placed for the test."""
    found = Order.objects.filter(channel="online").order_by("pk").first()
    if found is not None:
        return found
    product = Product.objects.filter(sold_online=True, active=True).order_by("pk").first()
    return online_order_place(
        quantities={product.pk: 1}, first_name="Maija", last_name="M", email="m@example.fi"
    )


def _register_pk(d) -> dict:
    return {"pk": RegisterDay.objects.order_by("-business_date").first().register_id}


# The counter's sales pages on the demo's register, its last closed day and today's sale.
SALE_ARGUMENTS = {
    **{name: _register_pk for name in ("sale_register", "sale_day_open", "sale_day_close")},
    "sale_new": _register_pk,
    "case_sale_new": lambda d: {"reference": d.case.reference},
    "sale_z_report": lambda d: {
        "pk": RegisterDay.objects.filter(closed_at__isnull=False).order_by("-pk").first().pk
    },
    **{
        name: lambda d: {"number": demo_sale().number}
        for name in (
            "sale_order",
            "sale_customer",
            "sale_proof",
            "sale_line_add",
            "sale_pay",
            "sale_cancel",
            "sale_refund",
        )
    },
    "sale_line_remove": lambda d: {
        "number": demo_sale().number,
        "line": demo_sale().lines.first().pk,
    },
    **{
        name: lambda d: {"number": demo_sale().receipts.first().number}
        for name in ("sale_receipt", "sale_receipt_email")
    },
}


def demo_loan(**filters) -> Loan:
    """The demo's first loan of the key register that is still out (of `filters`)."""
    return Loan.objects.filter(returned_at__isnull=True, lost_at__isnull=True, **filters).order_by(
        "pk"
    )[0]


def demo_reservation() -> Reservation:
    """The demo's booking request made online (the council chamber's)."""
    return Reservation.objects.filter(kind=Reservation.Kind.CUSTOMER, case__isnull=False).order_by(
        "pk"
    )[0]


# The key register's pages on the demo's chess club's loan, its card and its lock change.
KEY_ARGUMENTS = {
    "key": lambda d: {"pk": demo_loan(customer__isnull=False).key_id},
    "key_lend": lambda d: {"pk": Key.objects.filter(status="in_store").order_by("pk")[0].pk},
    "key_rights": lambda d: {"pk": demo_loan(key__series__kind="card").key_id},
    "key_holder": lambda d: {
        "kind": "customer",
        "pk": demo_loan(customer__isnull=False).customer_id,
    },
    **{
        name: lambda d: {"pk": demo_loan(customer__isnull=False).pk}
        for name in ("key_return", "key_lost", "key_due")
    },
    "key_right_end": lambda d: {"pk": AccessRight.objects.order_by("pk")[0].pk},
    "lock_change_done": lambda d: {"pk": LockChange.objects.order_by("pk")[0].pk},
}


def demo_application() -> Application:
    """The demo round's first application."""
    return Application.objects.order_by("pk")[0]


# The staff's reservation pages on the demo's sports hall and its booking request, and the
# demo's application round with its first wished turn.
RESERVATION_ARGUMENTS = {
    **{
        name: lambda d: {"pk": demo_application().round_id}
        for name in ("application_round", "application_round_send")
    },
    **{
        name: lambda d: {"pk": demo_application().wishes.order_by("pk")[0].pk}
        for name in (
            "application_wish",
            "application_wish_allocate",
            "application_wish_decline",
        )
    },
    **{
        name: lambda d: {"code": demo_reservation().unit.code}
        for name in (
            "reservation_unit",
            "reservation_block",
            "reservation_book",
            "reservation_series",
        )
    },
    **{
        name: lambda d: {"pk": demo_reservation().pk}
        for name in (
            "reservation",
            "reservation_approve",
            "reservation_deny",
            "reservation_cancel",
        )
    },
}


def demo_course() -> Course:
    """The demo's full course (with its waiting list), or one made for the test."""
    found = Course.objects.filter(code="KO-102").first() or Course.objects.order_by("pk").first()
    if found is not None:
        return found
    now = timezone.now()
    return Course.objects.create(
        code="SMOKE-1",
        name_fi="Kurssi",
        service=Service.objects.filter(is_published=True).order_by("code")[0],
        service_point=ServicePoint.objects.order_by("pk")[0],
        enrolment_opens=now - dt.timedelta(days=1),
        enrolment_closes=now + dt.timedelta(days=10),
        capacity=5,
    )


def demo_registration() -> Registration:
    """A registration sent in (the demo's first), or one made for the test."""
    found = Registration.objects.filter(submitted_at__isnull=False).order_by("pk").first()
    if found is not None:
        return found
    held = registration_start(course=demo_course(), channel=Registration.Channel.COUNTER)
    who = Registrant(first_name="Maija", last_name="M", email="m@example.fi")
    return registration_submit(registration=held, who=who)


def demo_held_registration() -> Registration:
    """A place (or waiting-list spot) held, its form not yet sent."""
    return registration_start(course=demo_course(), channel=Registration.Channel.COUNTER)


COURSE_ARGUMENTS = {
    **{
        name: lambda d: {"pk": demo_course().pk}
        for name in (
            "course",
            "course_edit",
            "course_attendance",
            "course_register",
            "course_capacity",
            "course_decision",
            "course_message",
        )
    },
    "course_registration_cancel": lambda d: {"pk": demo_registration().pk},
}


# The demo's hard situation waiting for review (on the phone), seen by its author, their
# supervisor and the safety contact; everyone else is answered 404.
SITUATION_ARGUMENTS = {
    name: lambda d: {
        "pk": HardSituation.objects.filter(reviewed_at__isnull=True).order_by("pk")[0].pk
    }
    for name in ("situation", "situation_review")
}


def demo_plan_meeting() -> dict:
    """The first meeting of the demo's first recurring plan meeting (from a year back)."""
    series = MeetingSeries.objects.order_by("pk")[0]
    start = series.first_at - dt.timedelta(days=1)
    meeting = series_meetings(series, start, start + dt.timedelta(days=400))[0]
    return {"series_id": series.pk, "key": meeting.key}


# The customer plan pages on the demo's first key customer with a plan.
PLAN_ARGUMENTS = {
    **{
        name: lambda d: {"customer_id": CustomerPlan.objects.order_by("pk")[0].customer_id}
        for name in ("plan_edit", "plan_meeting_new")
    },
    "plan_meeting": lambda d: demo_plan_meeting(),
}


def demo_segment() -> Segment:
    """The demo's associations, the segment its announcement went to."""
    return Announcement.objects.select_related("segment").order_by("pk")[0].segment


# The segments' pages on the demo's associations and its announcement to them.
SEGMENT_ARGUMENTS = {
    **{
        name: lambda d: {"pk": demo_segment().pk}
        for name in ("segment", "segment_edit", "segment_export", "announcement_new")
    },
    "segment_member": lambda d: {
        "pk": demo_segment().pk,
        "customer_id": Delivery.objects.order_by("pk")[0].customer_id,
    },
    "announcement": lambda d: {"pk": Announcement.objects.order_by("pk")[0].pk},
}


FEEDBACK_ARGUMENTS = {
    "feedback_fate": lambda d: {
        "pk": Feedback.objects.filter(kind="idea").order_by("pk").values_list("pk", flat=True)[0]
    },
}

# Every staff pattern's arguments from here.
STAFF_LINK_ARGUMENTS = {
    **SITUATION_ARGUMENTS,
    **PLAN_ARGUMENTS,
    **SEGMENT_ARGUMENTS,
    **FEEDBACK_ARGUMENTS,
    **ORDER_ARGUMENTS,
    **SALE_ARGUMENTS,
    **INVOICE_ARGUMENTS,
    **KEY_ARGUMENTS,
    **RESERVATION_ARGUMENTS,
    **COURSE_ARGUMENTS,
}

PRIVATE_LINK_ARGUMENTS = {
    "unsubscribe": lambda d: [{"token": Delivery.objects.order_by("pk")[0].token}],
    **{
        name: lambda d: [{"token": demo_online_order().token}]
        for name in ("shop_order", "shop_pay", "shop_return")
    },
    "order_status": lambda d: [{"token": demo_package_order().token}],
    # An answered survey of the demo (an open one would be answered by the smoke's visit).
    "survey": lambda d: [
        {"token": Survey.objects.filter(status=Survey.Status.ANSWERED).order_by("pk")[0].token}
    ],
    # An unknown sign-in link: the page saying so (the demo mails no links).
    "own_page_sign_in": lambda d: [{"token": "unknown-token"}],
    "case_resolved_notice": lambda d: [{"token": d.public_attachment.case.token}],
    **{name: lambda d: [{"code": demo_course().code}] for name in ("course", "course_register")},
    "course_registration": lambda d: [
        {"token": demo_registration().token},
        {"token": demo_held_registration().token},
    ],
    **{
        name: lambda d: [{"token": demo_registration().token}]
        for name in (
            "course_registration_cancel",
            "course_registration_accept",
            "course_registration_pay",
            "course_registration_return",
        )
    },
    **{
        name: lambda d: [{"token": demo_reservation().token}]
        for name in (
            "reservation",
            "reservation_calendar",
            "reservation_pay",
            "reservation_return",
            "reservation_cancel",
        )
    },
    "round_apply": lambda d: [{"pk": demo_application().round_id}],
    **{
        name: lambda d: [{"token": demo_application().token}]
        for name in ("round_application", "round_application_withdraw")
    },
    **{
        name: lambda d: [{"code": code} for code in ("valtuustosali", "liikuntasali-a")]
        for name in ("reservation_unit", "reservation_book")
    },
    **{
        f"queue_{name}": lambda d: [{"token": d.queue_ticket.token}]
        for name in ("ticket", "ticket_status", "leave")
    },
    **{name: lambda d: [{"token": demo_chat().token}] for name in CHAT_PAGES},
}
