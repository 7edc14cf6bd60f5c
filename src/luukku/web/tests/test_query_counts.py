"""Exact query counts for every staff and citizen page, opened by the role that uses it, on
the authorisation matrix's fixed objects (factories, the clock frozen): one table, PAGES, so
that a page that gets dearer or cheaper by one statement shows in review (docs/benchmarks.md,
"Queries per page and per write").

Each page is opened twice in a savepoint that is rolled back: the first reads what a server
process keeps (core.reference) and what the session holds, the second is counted, as a
page a member of staff opens the second time in a working day. The main lists are counted
again with twice the rows (`test_a_list_costs_the_same_with_twice_the_rows`): a list that
reads once per row fails there.

Every URL pattern of web/urls.py and public/urls.py is a page here or an action in ACTIONS
(answers only POST; its work is counted with the writes, `test_write_query_counts.py`).
"""

import datetime as dt
from types import SimpleNamespace

import pytest
import time_machine
from django.db import transaction
from django.test import Client, override_settings
from django.urls import URLPattern, reverse
from django.utils import timezone

from luukku.appointments.models import AvailabilityRule, BookableService, MeetingType
from luukku.appointments.selectors import free_slots
from luukku.cases.models import Attachment, Case
from luukku.cases.services import case_customer_message, case_reply
from luukku.cases.tests.factories import make_case
from luukku.core.testing.queries import exact_queries
from luukku.customers.tests.factories import CustomerFactory
from luukku.feedback.survey_models import Survey
from luukku.keys.tests.factories import counted_register
from luukku.organisation.models import ServicePoint
from luukku.organisation.tests.factories import OrganisationFactory
from luukku.public import urls as public_urls
from luukku.web import urls as web_urls

from .query_world import chat, course, reservation, sales, segment, walk_in_queue
from .test_authorisation_matrix import ARGUMENTS, NOW, QUERIES, world  # noqa: F401

pytestmark = pytest.mark.django_db

PG = "postgresql"

# Page: (who opens it, the answer, the statements it runs: a number, or one per database).
# Who: a persona of the authorisation matrix ("agent" of another department than the
# objects', "expert B" and "head of unit B" of theirs, "dpo") or "anonymous".
PAGES = {
    # -- the workspace --------------------------------------------------------------------
    "web:inbox": ("agent", 200, 10),
    "web:login": ("anonymous", 200, 0),
    "web:login_code": ("anonymous", 302, 0),
    "web:two_factor": ("agent", 200, 8),
    "web:requests": ("agent", 200, 8),
    "web:contact_new": ("agent", 200, 4),
    "web:case": ("agent", 200, 20),  # with its orders, packages one may order, feedback
    "web:case_next": ("agent", 302, 3),
    "web:cases_merge": ("agent", 200, 11),
    "web:case_mail": ("agent", 200, 11),
    "web:case_template_text": ("agent", 200, 7),
    "web:settings": ("agent", 200, 3),
    "web:help": ("agent", 200, 3),
    "web:attachment": ("agent", 200, 7),
    "web:consultation": ("expert B", 200, 18),  # with the package part it may ask for
    "web:order": ("agent", 200, 11),
    "web:customers": ("agent", 200, 3),
    "web:customer_new": ("agent", 200, 6),
    # orders, due, proofs, bookings, rounds, courses, keys, the timeline, the customer plan,
    # the announcements sent and whether the customer unsubscribed
    "web:customer": ("agent", 200, 24),
    "web:customer_edit": ("agent", 200, 11),
    "web:plan_edit": ("head of unit B", 200, 10),
    "web:plan_meeting_new": ("head of unit B", 200, 8),
    "web:plan_meeting": ("head of unit B", 404, 4),
    "web:annual_clock": ("agent", 200, 8),
    "web:customer_merge": ("agent", 200, 10),
    "web:quarantine": ("agent", 200, 8),
    "web:quarantine_detail": ("agent", 200, 7),
    "web:calendar": ("agent", 200, 15),
    "web:availability": ("agent", 200, 11),
    "web:appointment_book": ("agent", 200, 22),
    "web:appointment": ("agent", 200, 8),
    "web:callbacks": ("agent", 200, 10),
    "web:callback_new": ("agent", 200, 9),
    "web:callback": ("agent", 200, 9),
    "web:knowledge": ("agent", 200, 5),
    "web:article": ("agent", 200, 4),
    "web:templates": ("agent", 200, 5),
    "web:article_new": ("expert B", 200, 5),
    "web:article_edit": ("expert B", 200, 6),
    "web:template_new": ("expert B", 200, 4),
    "web:template_edit": ("expert B", 200, 5),
    "web:search_misses": ("head of unit B", 200, 5),
    "web:service_keywords": ("head of unit B", 200, 4),
    # The walk-in queue: the agent sits at a desk of the matrix's point.
    "web:queue_points": ("agent", 200, 5),
    "web:queue_point": ("agent", 200, 12),
    "web:queue_close": ("agent", 200, 7),
    "web:queue_appointments": ("agent", 200, 8),
    "web:queue_ticket_print": ("agent", 200, 4),
    "web:queue_desk": ("agent", 200, 18),
    "web:queue_desk_live": ("agent", 200, 16),
    "web:chat_console": ("agent", 200, 10),  # the waiting chat listed: 3 for its access log
    "web:chat_console_live": ("agent", 200, 9),
    "web:chat_messages": ("agent", 404, 4),  # no chat of the agent's
    # Sales at the counter: a register with its day open, a draft sale, a paid one's receipt.
    "web:sales": ("agent", 200, 5),
    "web:sale_register": ("agent", 200, 9),
    "web:sale_z_report": ("agent", 200, 5),
    "web:sale_order": ("agent", 200, 13),
    "web:sale_receipt": ("agent", 200, 4),
    # Reservations: a unit with a booking paid online and a request waiting (its day listed).
    "web:reservations": ("agent", 200, 9),
    "web:reservation_week": ("agent", 200, 8),
    "web:customer_reservations": ("agent", 200, 8),
    "web:reservation_unit": ("agent", 200, 13),  # the unit's priced groups
    "web:reservation": ("agent", 200, 7),
    "web:application_round": ("agent", 200, 10),
    "web:application_round_send": ("agent", 200, 9),  # what sending will do, access-logged
    "web:application_wish": ("agent", 200, 11),
    # Invoices: one partly paid by the bank's file, one payment of it left to match.
    "web:sale_invoices": ("agent", 200, 8),
    "web:sale_invoice": ("agent", 200, 9),
    "web:sale_invoice_pdf": ("agent", 200, 8),
    "web:sale_bank_files": ("agent", 200, 7),
    # -- supervisors ----------------------------------------------------------------------
    "web:dashboard": ("head of unit B", 200, 8),
    "web:satisfaction": ("head of unit B", 200, 9),  # the summary; the themes: METRICS_THEMES
    "web:dashboard_cases": ("head of unit B", 200, 10),
    "web:dashboard_export": ("head of unit B", 200, 3),  # one table's theme
    "web:sales_export": ("head of unit B", 200, 3),  # the closed days of a month
    # The key register: a key lent with its deposit, a card with its rights, a lost key.
    "web:feedback_list": ("agent", 200, 8),
    "web:feedback_topics": ("head of unit B", 200, 4),
    "web:keys": ("agent", 200, 11),
    "web:keys_out": ("agent", 200, 10),
    "web:key": ("agent", 200, 14),
    # with the deposit price of each kind of holder (3) and the lock changes waiting on its doors
    "web:key_lend": ("agent", 200, 15),
    "web:key_rights": ("agent", 200, 13),
    "web:key_holder": ("agent", 200, 8),
    # Documented hard situations (none in the matrix's world; feedback/tests open real ones).
    "web:situations": ("agent", 200, 9),  # whether a safety contact: for the list, the link
    "web:situation_new": ("agent", 200, 5),  # the service points and the staff to choose
    "web:situations_review": ("head of unit B", 200, 8),
    "web:situation": ("head of unit B", 404, 5),
    "web:staffing": ("head of unit B", 200, 8),  # with the walk-in queue's groups, chat queues
    "web:handlers": ("head of unit B", 200, 7),
    "web:signin_security": ("head of unit B", 200, 5),
    "web:security_log": ("head of unit B", 200, 4),
    "web:customer_log": ("head of unit B", 200, 9),
    "web:customer_export": ("head of unit B", 200, 8),
    "web:customer_erase": ("head of unit B", 200, 12),
    "web:retention": ("head of unit B", 200, 6),
    "web:access_log": ("dpo", 200, 7),
    # -- the citizens' pages ----------------------------------------------------------------
    "public:home": ("anonymous", 200, 1),
    "public:services": ("anonymous", 200, 1),
    "public:service": ("anonymous", 200, 22),  # 10 for the one point's queue, 3 for chat
    "public:request_create": ("anonymous", 200, 0),
    "public:booking": ("anonymous", 200, 19),
    "public:booking_details": ("anonymous", 200, 13),
    "public:callback": ("anonymous", 200, 6),
    "public:appointment": ("anonymous", 200, 1),
    "public:appointment_calendar": ("anonymous", 200, 1),
    "public:appointment_reschedule": ("anonymous", 200, 16),
    "public:article": ("anonymous", 200, 1),
    "public:private_link": ("anonymous", 200, 0),
    "public:case_status": ("anonymous", 200, 9),  # with the case's orders and notice
    "public:case_attachment": ("anonymous", 200, 2),
    "public:order_status": ("anonymous", 200, 3),
    "public:survey": ("anonymous", 200, 1),
    "public:accessibility": ("anonymous", 200, 0),
    # the citizen's own page: the form asking for a link; an unknown link's page
    "public:own_page": ("anonymous", 200, 0),
    "public:own_page_sign_in": ("anonymous", 404, 1),
    # the walk-in queue: the point's Kela group serves the service, one desk staffed
    "public:queue_point": ("anonymous", 200, 10),
    "public:queue_kiosk": ("anonymous", 200, 10),
    "public:queue_kiosk_groups": ("anonymous", 200, 10),
    "public:queue_kiosk_take": ("anonymous", 302, 1),
    "public:queue_display": ("anonymous", 200, 14),  # the calls now and the last ones
    "public:queue_display_calls": ("anonymous", 200, 14),
    "public:queue_ticket": ("anonymous", 200, 7),
    "public:queue_ticket_status": ("anonymous", 200, 7),
    # the chat: a queue for the service, its chat waiting (the page marks it seen)
    "public:chat_start": ("anonymous", 200, 5),
    "public:chat": ("anonymous", 200, 6),
    "public:chat_state": ("anonymous", 200, 4),
    # buying online (no payment provider in the tests: the return and callback are not found)
    "public:shop": ("anonymous", 200, 3),
    "public:shop_order": ("anonymous", 200, 3),
    "public:shop_return": ("anonymous", 404, 1),
    "public:shop_callback": ("anonymous", 404, 0),
    # booking a room: the units, a unit's day, the form, the booking's private link
    "public:reservation_units": ("anonymous", 200, 2),
    "public:reservation_unit": ("anonymous", 200, 6),
    "public:reservation_book": ("anonymous", 200, 9),
    "public:reservation": ("anonymous", 200, 3),
    "public:reservation_calendar": ("anonymous", 200, 1),
    "public:reservation_cancel": ("anonymous", 200, 1),
    "public:reservation_return": ("anonymous", 404, 1),
    "public:round_apply": ("anonymous", 200, 4),
    "public:round_application": ("anonymous", 200, 3),
    "public:round_application_withdraw": ("anonymous", 200, 2),
    # courses: one with a registration confirmed and a place held (docs/bookings.md)
    "web:courses": ("agent", 200, 5),
    "web:course": ("agent", 200, 9),
    "web:course_attendance": ("agent", 200, 9),
    "web:course_new": ("agent", 200, 5),  # the services and points to choose
    "web:course_edit": ("agent", 200, 7),
    "web:course_decision": ("agent", 200, 9),  # what the decision will do, access-logged
    "web:course_registration_cancel": ("agent", 200, 8),
    "public:courses": ("anonymous", 200, 2),
    # segments and announcements (docs/relationships.md)
    "web:segments": ("agent", 200, 8),  # one count per segment: each rule is its own query
    "web:segment": ("agent", 200, 13),
    "web:segment_new": ("head of unit B", 200, 5),
    "web:segment_edit": ("head of unit B", 200, 6),
    "web:segment_export": ("head of unit B", 200, 8),
    "web:announcement_new": ("head of unit B", 200, 4),
    "web:announcement": ("head of unit B", 200, 9),  # whom it reaches, access-logged
    "public:unsubscribe": ("anonymous", 200, 2),
    "public:course": ("anonymous", 200, 2),
    "public:course_registration": ("anonymous", 200, 2),
    "public:course_registration_return": ("anonymous", 404, 1),
}

# The main lists, and a page with a list in it, searched or not: (page, query, the count
# with the rows the matrix has and with as many again). The customers are the ones named
# "Sama" the test makes.
LISTS = {
    "work queue": ("web:inbox", "?per_page=50", PAGES["web:inbox"][2]),
    "case list of a customer": ("web:customer", "", PAGES["web:customer"][2]),
    "customer search": ("web:customers", "?q=Sama", 8),
    "citizen's case page": ("public:case_status", "", PAGES["public:case_status"][2]),
}

# Patterns that answer only POST: what they do is a write.
ACTIONS = {
    *(
        f"web:{name}"
        for name in (
            "customer_subscribe_again",
            "segment_member",
            "logout",
            "account_unlock",
            "two_factor_reset",
            "case_reply",
            "case_note",
            "case_status",
            "case_assign",
            "case_update",
            "case_contact",
            "case_feedback",
            "feedback_fate",
            "case_consult",
            "case_escalate",
            "case_forward",
            "case_package_order",
            "order_part_ready",
            "order_deliver",
            "case_take",
            "case_mail_resend",
            "case_merge_undo",
            "consultation_answer",
            "consultation_take_over",
            "consultation_withdraw",
            "escalation_close",
            "handlers_move",
            "absence_new",
            "absence_delete",
            "availability_delete",
            "calendar_feed_renew",
            "appointment_action",
            "article_reviewed",
            "customer_reveal",
            "customer_distinct",
            "retention_dry_run",
            "search_miss_add",
            "search_miss_dismiss",
            "case_take",
            "cases_bulk",
            "saved_view_new",
            "saved_view_change",
            "chat_availability",
            "chat_accept",
            "chat_send",
            "chat_use_template",
            "chat_note",
            "chat_transfer",
            "chat_end",
            "queue_open",
            "queue_sit",
            "queue_leave",
            "queue_ticket_new",
            "queue_check_in",
            "queue_call_next",
            "queue_ticket_action",
            "queue_ticket_transfer",
            "queue_visit_contact",
            "case_sale_new",
            "sale_day_open",
            "sale_day_close",
            "sale_new",
            "sale_customer",
            "sale_proof",
            "sale_line_add",
            "sale_line_remove",
            "sale_pay",
            "sale_cancel",
            "sale_refund",
            "sale_receipt_email",
            "sale_invoice_new",
            "sale_invoice_finvoice",
            "sale_bank_payment_match",
            "key_return",
            "key_lost",
            "key_due",
            "key_right_end",
            "lock_change_done",
            "situation_review",
            "course_register",
            "course_capacity",
            "course_message",
        )
    ),
    "public:shop_pay",
    "public:reservation_pay",
    *(
        f"web:reservation_{name}"
        for name in ("block", "book", "series", "approve", "deny", "cancel")
    ),
    "web:application_wish_allocate",
    "web:application_wish_decline",
    *(
        f"public:{name}"
        for name in (
            "course_register",
            "course_registration_cancel",
            "course_registration_accept",
            "course_registration_pay",
        )
    ),
    "public:appointment_cancel",
    "public:article_feedback",
    "public:own_page_sign_out",
    "public:case_resolved_notice",
    "public:queue_join",
    "public:queue_leave",
    *(f"public:chat_{name}" for name in ("send", "seen", "still_here", "leave", "transcript")),
}

PUBLIC_ARGUMENTS = {
    "public:service": lambda o: {"code": o.case.service.code},
    "public:request_create": lambda o: {"code": o.case.service.code},
    "public:booking": lambda o: {"code": o.case.service.code},
    "public:booking_details": lambda o: {"code": o.case.service.code},
    "public:callback": lambda o: {"code": o.case.service.code},
    "public:appointment": lambda o: {"token": o.appointment.token},
    "public:appointment_calendar": lambda o: {"token": o.appointment.token},
    "public:appointment_cancel": lambda o: {"token": o.appointment.token},
    "public:appointment_reschedule": lambda o: {"token": o.appointment.token},
    "public:article": lambda o: {"pk": o.shared.article.pk},
    "public:case_status": lambda o: {"token": o.case.token},
    "public:order_status": lambda o: {"token": o.order.token},
    "public:survey": lambda o: {"token": o.survey.token},
    "public:own_page_sign_in": lambda o: {"token": "unknown-token"},
    "public:case_resolved_notice": lambda o: {"token": o.case.token},
    "public:case_attachment": lambda o: {"token": o.case.token, "attachment_id": o.attachment.pk},
    **{
        f"public:queue_{name}": lambda o: {"point": o.queue_point.pk}
        for name in ("point", "kiosk", "kiosk_groups", "kiosk_take", "display", "display_calls")
    },
    "public:queue_ticket": lambda o: {"token": o.ticket.token},
    "public:queue_ticket_status": lambda o: {"token": o.ticket.token},
    "public:chat": lambda o: {"token": o.chat.token},
    "public:chat_state": lambda o: {"token": o.chat.token},
    "web:sale_register": lambda o: {"pk": o.sale.register.pk},
    "web:sale_z_report": lambda o: {"pk": o.sale.closed_day.pk},
    "web:sale_order": lambda o: {"number": o.sale.draft.number},
    "web:sale_receipt": lambda o: {"number": o.sale.receipt.number},
    "web:sale_invoice": lambda o: {"number": o.sale.invoice.number},
    "web:sale_invoice_pdf": lambda o: {"number": o.sale.invoice.number},
    "public:shop_order": lambda o: {"token": o.sale.online.token},
    "public:shop_return": lambda o: {"token": o.sale.online.token},
    "web:key": lambda o: {"pk": o.keys.lent.key_id},
    "web:key_lend": lambda o: {"pk": o.keys.in_store.pk},
    "web:key_rights": lambda o: {"pk": o.keys.card.pk},
    "web:key_holder": lambda o: {"kind": "customer", "pk": o.keys.lent.customer_id},
    **{
        name: lambda o: {"code": o.reservation.unit.code}
        for name in ("web:reservation_unit", "public:reservation_unit", "public:reservation_book")
    },
    "web:reservation": lambda o: {"pk": o.reservation.pk},
    **{
        f"public:reservation{name}": lambda o: {"token": o.reservation.token}
        for name in ("", "_calendar", "_cancel", "_return")
    },
    **{
        name: lambda o: {"pk": o.application.round_id}
        for name in ("web:application_round", "web:application_round_send", "public:round_apply")
    },
    **{
        name: lambda o: {"pk": o.application.wishes.get().pk}
        for name in (
            "web:application_wish",
            "web:application_wish_allocate",
            "web:application_wish_decline",
        )
    },
    **{
        name: lambda o: {"token": o.application.token}
        for name in ("public:round_application", "public:round_application_withdraw")
    },
    "web:course": lambda o: {"pk": o.course.pk},
    "web:course_attendance": lambda o: {"pk": o.course.pk},
    "web:course_edit": lambda o: {"pk": o.course.pk},
    "web:course_decision": lambda o: {"pk": o.course.pk},
    "web:course_registration_cancel": lambda o: {"pk": o.registration.pk},
    **{
        f"web:{name}": lambda o: {"pk": o.segment.pk}
        for name in ("segment", "segment_edit", "segment_export", "announcement_new")
    },
    "web:announcement": lambda o: {"pk": o.announcement.pk},
    "public:unsubscribe": lambda o: {"token": o.delivery.token},
    "public:course": lambda o: {"code": o.course.code},
    "public:course_registration": lambda o: {"token": o.registration.token},
    "public:course_registration_return": lambda o: {"token": o.registration.token},
}
PUBLIC_QUERIES = {
    "public:booking_details": lambda o: f"?slot={o.slot.key}",
    "public:chat_start": lambda o: f"?service={o.case.service.code}",
    "web:key_lend": lambda o: "?q=Shakkikerho",
    "web:reservation_unit": lambda o: f"?day={o.reservation.starts_at:%Y-%m-%d}",
    "web:reservation_week": lambda o: f"?day={o.reservation.starts_at:%Y-%m-%d}",
    "public:reservation_unit": lambda o: f"?day={o.reservation.starts_at:%Y-%m-%d}",
    "public:reservation_book": lambda o: "?start=2026-03-25T10%3A00%3A00%2B02%3A00&minutes=60",
    "web:course_decision": lambda o: "?runs=0",
    "web:segment_export": lambda o: "?format=csv",
}


@pytest.fixture(scope="module")
def pages(request, django_db_blocker):
    """The matrix's objects of department B that are not sensitive, with what the citizens'
    pages need besides: the service bookable at a service point, the attachment public."""
    matrix = request.getfixturevalue("world")
    objects = matrix.objects["plain"]
    with django_db_blocker.unblock(), transaction.atomic():
        service = objects.case.service
        BookableService.objects.create(
            service=service, duration_minutes=30, horizon_days=60, notice_hours=24
        )
        point = ServicePoint.objects.create(
            organisation=OrganisationFactory(), name="Kaupungintalo", post_office="Vuoksela"
        )
        rule = AvailabilityRule.objects.create(
            staff=objects.appointment.staff,
            weekday=2,
            starts=dt.time(9),
            ends=dt.time(12),
            meeting_type=MeetingType.SERVICE_POINT,
            service_point=point,
        )
        rule.services.set([service])
        Attachment.objects.filter(pk=objects.attachment.pk).update(public=True)
        objects.slot = free_slots(service=service, start=timezone.localdate(), days=14)[0]
        objects.queue_point, objects.ticket = walk_in_queue(point, service, objects)
        objects.chat = chat(service, objects)
        objects.sale = sales(point, service, objects)
        objects.keys = counted_register(point, service, objects.appointment.staff, NOW)
        objects.reservation = reservation(service, objects)
        objects.course, objects.registration = course(point, service)
        objects.segment, objects.announcement, objects.delivery = segment(objects)
        objects.survey = Survey.objects.create(
            case=objects.case, channel="web", status=Survey.Status.SENT, sent_at=NOW
        )
        yield SimpleNamespace(world=matrix, objects=objects)
        transaction.set_rollback(True)


def _url(name: str, objects) -> str:
    arguments = {**ARGUMENTS, **PUBLIC_ARGUMENTS}
    queries = {**QUERIES, **PUBLIC_QUERIES}
    kwargs = arguments[name](objects) if name in arguments else {}
    return reverse(name, kwargs=kwargs) + (queries[name](objects) if name in queries else "")


def _client(pages, persona: str) -> Client:
    client = Client()
    if persona != "anonymous":
        client.force_login(pages.world.users[persona])
    return client


def _get(client: Client, url: str, expected=None):
    """The page, in a savepoint rolled back; its statements counted when `expected` is given
    (the savepoint's own are not)."""
    with transaction.atomic():
        if expected is None:
            response = client.get(url)
        else:
            with exact_queries(expected):
                response = client.get(url)
        transaction.set_rollback(True)
    return response


def _names(module, namespace: str) -> set[str]:
    return {f"{namespace}:{p.name}" for p in module.urlpatterns if isinstance(p, URLPattern)}


def test_every_pattern_is_a_page_or_an_action():
    patterns = _names(web_urls, "web") | _names(public_urls, "public")
    assert sorted(patterns - PAGES.keys() - ACTIONS) == [], "count these pages in PAGES"
    assert sorted((PAGES.keys() | ACTIONS) - patterns) == [], "these patterns are gone"
    assert not PAGES.keys() & ACTIONS


@pytest.mark.parametrize("name", list(PAGES))
def test_page_runs_exactly_its_queries(pages, name):
    persona, status, expected = PAGES[name]
    client = _client(pages, persona)
    url = _url(name, pages.objects)
    with override_settings(MEDIA_ROOT=pages.world.media), time_machine.travel(NOW, tick=False):
        _get(client, url)
        response = _get(client, url, expected)
    assert response.status_code == status, url


# Each theme of the metrics counts only its own figures (the page cost 21 statements when it
# counted all of them at once).
METRICS_THEMES = {
    "summary": 8,
    "trend": 5,
    "channels": 5,
    "services": 5,
    "departments": 5,
    "service_points": 5,
    "handlers": 5,
    "backlog": 5,
    "keywords": 5,
    "queue": 7,  # groups, tickets, desk sessions (and the busy tickets when staffed)
    "chat": 6,  # queues, chats
    "situations": 10,  # the period's situations, counted per kind, severity, channel, point, month
    "sales": 10,  # orders, lines, refunds, payments (and, once sold, products and points)
    "satisfaction": 9,  # the total, four groups and their labels
    "catalogue": 7,
    "retention": 5,
    "announcements": 7,  # deliveries, unsubscriptions, the announcements
}


@pytest.mark.parametrize("theme", list(METRICS_THEMES))
def test_a_metrics_theme_runs_only_its_own_queries(pages, theme):
    client = _client(pages, "head of unit B")
    url = reverse("web:dashboard") + f"?theme={theme}"
    with override_settings(MEDIA_ROOT=pages.world.media), time_machine.travel(NOW, tick=False):
        _get(client, url)
        response = _get(client, url, METRICS_THEMES[theme])
    assert response.status_code == 200, url


def _more_rows(list_name: str, objects) -> None:
    """As many rows again as the list shows."""
    if list_name == "work queue":
        for index in range(Case.objects.count()):
            make_case(service=objects.case.service, subject=f"Katuvalo {index}")
    elif list_name == "case list of a customer":
        for index in range(Case.objects.filter(customer=objects.customer).count()):
            make_case(service=objects.case.service, customer=objects.customer, subject=f"{index}")
    elif list_name == "customer search":
        for _ in range(3):
            CustomerFactory(first_name="Sama")
    else:
        for index in range(objects.case.events.count()):
            case_reply(case=objects.case, actor=objects.appointment.staff, body=f"Vastaus {index}")
            case_customer_message(case=objects.case, body=f"Kiitos {index}")


@pytest.mark.parametrize("list_name", list(LISTS))
def test_a_list_costs_the_same_with_twice_the_rows(pages, list_name):
    name, query, expected = LISTS[list_name]
    persona = PAGES[name][0]
    client = _client(pages, persona)
    url = _url(name, pages.objects) + query
    with override_settings(MEDIA_ROOT=pages.world.media), time_machine.travel(NOW, tick=False):
        if list_name == "customer search":
            for _ in range(3):
                CustomerFactory(first_name="Sama")
        _get(client, url)
        _get(client, url, expected)
        _more_rows(list_name, pages.objects)
        _get(client, url)
        response = _get(client, url, expected)
    assert response.status_code == 200
