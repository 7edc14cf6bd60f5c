"""The whole demo city opened as everyone who uses it: every staff page as every demo role,
the case page of cases of every status, channel and kind of timeline event, and every
citizen page, in Finnish, Swedish and English. No page may fail (5xx), and none may show
text the reader of its language should not see (`untranslated.py`).

The pages are read from the URL patterns, so a new page is opened here without anyone
remembering to add it; a pattern whose arguments this module cannot fill fails the test.
Every request runs in a savepoint that is rolled back, so what one role's empty form does
(a withdrawn consultation, a cancelled appointment) does not change what the next one sees."""

import re
from http.cookies import SimpleCookie
from types import SimpleNamespace

import pytest
import time_machine
from django.apps import apps
from django.core.cache import cache
from django.db import models, transaction
from django.db.models import Count, Q
from django.test import Client, override_settings
from django.urls import Resolver404, URLPattern, reverse
from django.utils import timezone, translation
from modeltranslation.translator import NotRegistered, translator

from luukku.appointments.models import Appointment, AvailabilityRule, Callback
from luukku.appointments.selectors import free_slots
from luukku.cases.models import (
    Attachment,
    Case,
    CaseEvent,
    Channel,
    Consultation,
    OutboundMail,
    Status,
)
from luukku.catalogue.models import RequestField, Service
from luukku.channels.models import InboundMessage
from luukku.core.testing.clock import at
from luukku.customers.models import Customer
from luukku.customers.selectors import customer_possible_duplicates
from luukku.demo.loader import load_demo
from luukku.insights.selectors import DRILLABLE
from luukku.knowledge.models import Article, ReplyTemplate
from luukku.organisation.models import Absence, ServicePoint, User
from luukku.public import urls as public_urls
from luukku.queueing.selectors.queue import points_with_queue
from luukku.queueing.tests.factories import waiting_online_ticket
from luukku.search.models import SearchMiss
from luukku.servicelevels.models import Escalation
from luukku.web import urls as web_urls

from .smoke_links import PRIVATE_LINK_ARGUMENTS, STAFF_LINK_ARGUMENTS, demo_package_order
from .test_security_headers import PRIVATE_CITIZEN_PAGES, PRIVATE_SESSION_PAGES
from .untranslated import ISO_DATE, PageLanguageCheck, normalised

# The module sets the clock (NOW) for all its tests: `make test-dates` skips it.
pytestmark = [pytest.mark.django_db, pytest.mark.clock_set]

LANGUAGES = ("fi", "sv", "en")
CUSTOMER_PAGES = ["customer", "customer_edit", "customer_reveal", "customer_log", "customer_erase"]
CUSTOMER_PAGES += ["customer_reservations", "customer_export", "customer_subscribe_again"]
# Every demo role; None is a visitor who has not signed in.
ROLES = {
    None: "anonymous",
    "aino": "agent",
    "sari": "expert, City Development",
    "juha": "expert, Wellbeing",
    "liisa": "supervisor",
    "tuula": "head of unit, City Development",
    "marja": "head of unit, early education",
    "kalle": "city lawyer",
    "admin": "administrator",
    "paula": "data protection officer",
}

# The demo is made relative to the moment it is loaded: the module runs on a Monday morning
# in late November whatever the date, so that what it opens does not depend on the day.
NOW = at(2026, 11, 23, 10, 0)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo city, loaded once for the module and rolled back after it."""
    media = tmp_path_factory.mktemp("media")
    with (
        time_machine.travel(NOW, tick=True),
        django_db_blocker.unblock(),
        override_settings(
            MEDIA_ROOT=media,
            EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
            PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
        ),
        transaction.atomic(),
    ):
        load_demo(cases=150, customers=40)
        demo_package_order()  # before the demo's texts are read (`_content`)
        yield _demo_objects(media)
        transaction.set_rollback(True)


def _possible_duplicate_pair() -> tuple[Customer, Customer]:
    record = Customer.active.filter(first_name="Aada").order_by("pk").first()
    return record, customer_possible_duplicates(customer=record)[0].customer


def _demo_objects(media) -> SimpleNamespace:
    inbound = InboundMessage.objects.filter(case__isnull=False).select_related("case")
    failed = OutboundMail.objects.filter(status=OutboundMail.Status.FAILED).select_related("case")
    public_attachment = Attachment.objects.filter(public=True).select_related("case").first()
    slot_service = Service.objects.get(code="digital-support")
    return SimpleNamespace(
        media=media,
        checks={
            language: PageLanguageCheck(language, _content(language)) for language in LANGUAGES
        },
        users={name: User.objects.get(username=name) for name in ROLES if name},
        case=Case.objects.filter(status=Status.OPEN).order_by("pk").first(),
        inbound=inbound.order_by("pk").first(),
        quarantined=InboundMessage.objects.filter(case__isnull=True).order_by("pk").first(),
        failed_mail=failed.order_by("pk").first(),
        consultation=Consultation.objects.filter(status=Consultation.Status.OPEN).first(),
        escalation=Escalation.objects.filter(closed_at__isnull=True).first(),
        absence=Absence.objects.first(),
        rule=AvailabilityRule.objects.first(),
        appointment=Appointment.objects.filter(status=Appointment.Status.BOOKED).first(),
        callback=Callback.objects.first(),
        article=Article.objects.order_by("pk").first(),
        public_article=Article.objects.filter(visibility="public").order_by("pk").first(),
        template=ReplyTemplate.objects.order_by("pk").first(),
        # A citizen's search that found nothing, as the search page counts it.
        miss=SearchMiss.objects.get_or_create(query="katulamppu", language="fi")[0],
        attachment=Attachment.objects.order_by("pk").first(),
        public_attachment=public_attachment,
        # A customer whose record has been read and changed: their access log has entries.
        customer=Customer.objects.annotate(entries=Count("access_log"))
        .order_by("-entries", "pk")
        .first(),
        # A record the matching rules did not join (a family member writing from the shared
        # address) and the record it is possibly the same person as.
        duplicate=_possible_duplicate_pair(),
        services=list(Service.objects.order_by("code")),
        slot_service=slot_service,
        slot=free_slots(service=slot_service, start=timezone.localdate(), days=30)[0],
        queue_point=points_with_queue().first() or ServicePoint.objects.first(),
        queue_ticket=waiting_online_ticket(),
    )


CODE = re.compile(r"[a-z]+(?:[_:][\w-]+)+")
# Fields that hold codes for the machine (the access log's context), not what people wrote.
CODE_FIELDS = {("privacy", "accesslogentry", "context")}


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict | list):
        for item in value.values() if isinstance(value, dict) else value:
            yield from _strings(item)


def _content(language: str) -> frozenset[str]:
    """What people wrote into the demo city (messages, articles, names, the free text of
    the timeline's data), in the form a page shows it: whole, or a line or paragraph of it.
    Of a field translated per language only the version a page in `language` shows, so that
    a Finnish service name on a Swedish page is still found."""
    texts = set()
    for app in apps.get_app_configs():
        if not app.name.startswith("luukku."):
            continue
        for model in app.get_models():
            try:
                translated = translator.get_options_for_model(model).all_fields
            except NotRegistered:
                translated = {}
            variants = {f"{name}_{code}" for name in translated for code in LANGUAGES}
            columns = []
            for field in model._meta.concrete_fields:
                if (app.label, model._meta.model_name, field.name) in CODE_FIELDS:
                    continue
                if field.choices or not isinstance(
                    field, models.CharField | models.TextField | models.JSONField
                ):
                    continue
                if field.name in translated:  # shown in the page's language, else in Finnish
                    columns.append((f"{field.name}_{language}", f"{field.name}_fi"))
                elif field.name not in variants:
                    columns.append((field.name, field.name))
            names = sorted({name for pair in columns for name in pair})
            for row in model._default_manager.values(*names) if names else ():
                for shown, fallback in columns:
                    for text in _strings(row[shown] or row[fallback]):
                        if CODE.fullmatch(text) or ISO_DATE.fullmatch(text):
                            continue  # kept for the machine: a page formats it for people
                        texts.add(normalised(text))
                        texts.update(normalised(line) for line in text.splitlines())
                        texts.update(normalised(part) for part in text.split("\n\n"))
    return frozenset(texts)


# -- the URL patterns' arguments -------------------------------------------------------------

CHAT_PAGES = ("messages", "send", "use_template", "note", "transfer", "end")  # a chat's pk
STAFF_ARGUMENTS = {
    "case_merge_undo": lambda d: {"reference": d.case.reference, "merge_id": 999999},
    "case_mail": lambda d: {"reference": d.inbound.case.reference, "message_id": d.inbound.pk},
    "case_mail_resend": lambda d: {
        "reference": d.failed_mail.case.reference,
        "mail_id": d.failed_mail.pk,
    },
    "consultation": lambda d: {"pk": d.consultation.pk},
    "consultation_answer": lambda d: {"pk": d.consultation.pk},
    "consultation_take_over": lambda d: {"pk": d.consultation.pk},
    "consultation_withdraw": lambda d: {"pk": d.consultation.pk},
    "escalation_close": lambda d: {"pk": d.escalation.pk},
    "absence_delete": lambda d: {"pk": d.absence.pk},
    "attachment": lambda d: {"attachment_id": d.attachment.pk},
    "availability_delete": lambda d: {"kind": "rule", "pk": d.rule.pk},
    "appointment": lambda d: {"pk": d.appointment.pk},
    "appointment_action": lambda d: {"pk": d.appointment.pk},
    "callback": lambda d: {"pk": d.callback.pk},
    "article": lambda d: {"pk": d.article.pk},
    "article_edit": lambda d: {"pk": d.article.pk},
    "article_reviewed": lambda d: {"pk": d.article.pk},
    "template_edit": lambda d: {"pk": d.template.pk},
    "case_template_text": lambda d: {"reference": d.case.reference, "template_id": d.template.pk},
    "quarantine_detail": lambda d: {"message_id": d.quarantined.pk},
    "search_miss_add": lambda d: {"pk": d.miss.pk},
    "search_miss_dismiss": lambda d: {"pk": d.miss.pk},
    "service_keywords": lambda d: {"code": d.case.service.code},
    **{  # the walk-in queue of the demo's city hall
        f"queue_{name}": lambda d: {"point_id": d.queue_point.pk}
        for name in ("point", "open", "close", "sit", "ticket_new", "appointments")
    },
    "queue_check_in": lambda d: {"point_id": d.queue_point.pk, "pk": d.appointment.pk},
    **{
        name: lambda d: {"pk": d.queue_ticket.pk}
        for name in ("queue_ticket_print", "queue_ticket_transfer", "queue_visit_contact")
    },
    "queue_ticket_action": lambda d: {"pk": d.queue_ticket.pk, "action": "recall"},
    **{f"chat_{name}": lambda d: {"pk": 999999} for name in CHAT_PAGES},  # no demo chat yet
    **{
        name: lambda d: {"customer_id": d.duplicate[0].pk, "other_id": d.duplicate[1].pk}
        for name in ("customer_merge", "customer_distinct")
    },
    **{name: lambda d: {"customer_id": d.customer.pk} for name in CUSTOMER_PAGES},
    **{
        name: lambda d: {"reference": d.case.reference}
        for name in (
            "case",
            "case_reply",
            "case_note",
            "case_status",
            "case_assign",
            "case_update",
            "case_consult",
            "case_escalate",
            "case_forward",
            "case_contact",
            "case_feedback",
            "case_next",
            "case_take",
        )
    },
    "saved_view_change": lambda d: {"pk": 1},  # none in the demo: not found, as it should be
    **STAFF_LINK_ARGUMENTS,
}
# Query strings that change what a page shows (filters, other views, downloads).
STAFF_QUERIES = {
    "inbox": [
        "?status=all_open&overdue=on&sort=due&per_page=50",
        "?q=katu&sort=service_level",
        "?queue=team&col=channel&col=received",
    ],
    "case_mail": ["?original=1"],
    "case": ["?list=status%3Dopen%26sort%3Ddue"],
    "dashboard": [
        "?start=2026-10-01&end=2026-10-31&channel=web",
        "?start=bad",
        "?theme=sales",
        "?theme=announcements",
    ],
    "dashboard_cases": [f"?measure={measure}" for measure in DRILLABLE] + ["?measure=open&age=1"],
    "dashboard_export": ["?format=csv&table=channels", "?format=xlsx"],
    "sales_export": ["?format=csv&start=2026-11-01&end=2026-11-30", "?format=xlsx&day=1"],
    "staffing": ["?format=csv", "?week=2026-13-45"],
    "segment_export": ["?format=csv", "?format=xlsx"],
    "segment": ["?q=ry", "?page=2"],
    "calendar": ["?view=day", "?scope=all"],
    "callbacks": ["?scope=all&status=done"],
    "customers": ["?q=a"],
    "knowledge": ["?q=katuvalo"],
    "templates": ["?q=katu"],
    "contact_new": ["?customer={customer}"],
    "appointment_book": ["?case={case}"],
    "callback_new": ["?case={case}"],
    "course_decision": ["?runs=0", "?runs=1"],
}

QUEUE_PAGES = ("point", "join", "kiosk", "kiosk_groups", "kiosk_take", "display", "display_calls")
PUBLIC_ARGUMENTS = {
    "service": lambda d: [{"code": s.code} for s in d.services],
    "request_create": lambda d: [{"code": s.code} for s in d.services],
    "booking": lambda d: [{"code": s.code} for s in d.services],
    "booking_details": lambda d: [{"code": s.code} for s in d.services],
    "callback": lambda d: [{"code": s.code} for s in d.services],
    "appointment": lambda d: [{"token": d.appointment.token}],
    "appointment_calendar": lambda d: [{"token": d.appointment.token}],
    "appointment_cancel": lambda d: [{"token": d.appointment.token}],
    "appointment_reschedule": lambda d: [{"token": d.appointment.token}],
    "article": lambda d: [{"pk": d.public_article.pk}],
    "article_feedback": lambda d: [{"pk": d.public_article.pk}],
    "case_status": lambda d: [{"token": d.public_attachment.case.token}],
    "case_attachment": lambda d: [
        {"token": d.public_attachment.case.token, "attachment_id": d.public_attachment.pk}
    ],
    **{f"queue_{name}": lambda d: [{"point": d.queue_point.pk}] for name in QUEUE_PAGES},
    **PRIVATE_LINK_ARGUMENTS,
}


# Query strings of citizen pages: (kwargs, query) a pattern is also opened with.
PUBLIC_QUERIES = {
    "booking_details": lambda d: [({"code": d.slot_service.code}, f"?slot={d.slot.key}")],
    "booking": lambda d: [
        ({"code": d.slot_service.code}, "?type=service_point&tz=America/New_York&week=2099-01-01")
    ],
    "services": lambda d: [({}, "?q=katuvalo"), ({}, "?q=gatlampa&topic=streets"), ({}, "?q=%00")],
    "case_status": lambda d: [({"token": d.public_attachment.case.token}, "?sent=1")],
}


def _patterns(module) -> list[URLPattern]:
    return [p for p in module.urlpatterns if isinstance(p, URLPattern)]


def _url(name: str, kwargs: dict, language: str) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


# -- opening pages ---------------------------------------------------------------------------


FORM = re.compile(r"<form\b([^>]*)>(.*?)</form>", re.IGNORECASE | re.DOTALL)
FILLED_IN = re.compile(
    r"<(?:textarea|select)\b|<input\b(?![^>]*type=\"(?:hidden|submit|button)\")", re.IGNORECASE
)


def _form_back(url: str, html: str) -> str:
    """What the page sends back to itself with POST: "fields" (a form a person fills in),
    "button" (an action, such as retrying a message) or ""."""
    kinds = []
    for attributes, inside in FORM.findall(html):
        action = re.search(r'action="([^"]*)"', attributes)
        if 'method="post"' in attributes.lower() and (not action or action.group(1) in ("", url)):
            kinds.append("fields" if FILLED_IN.search(inside) else "button")
    return "fields" if "fields" in kinds else (kinds[0] if kinds else "")


class Visitor:
    """One person's browser: opens pages, each in a savepoint that is rolled back, and
    keeps what is wrong with them."""

    def __init__(self, demo, username: str | None):
        self.client = Client()
        self.label = ROLES[username] + (f" ({username})" if username else "")
        if username:
            self.client.force_login(demo.users[username])
        self.problems: list[str] = []
        self.checks = demo.checks
        self.demo = demo

    def page(self, url: str, language: str) -> None:
        """Open the page, and send its form (or the address a form is sent to) empty: a form
        a person fills in must refuse it (400, or the page again with its errors)."""
        status, html = self.open("get", url, language)
        form = _form_back(url.split("?")[0], html)
        if status == 405 or form:
            status, html = self.open("post", url, language)
        if form == "fields" and status not in (200, 400, 409):
            self.problems.append(f"{self.label} POST {url}: an empty form was answered {status}")

    def open(self, method: str, url: str, language: str) -> tuple[int, str]:
        cookies = {key: morsel.value for key, morsel in self.client.cookies.items()}
        if method == "post":
            cache.clear()  # a citizen's form limit counts per address; every form is new here
        try:
            with transaction.atomic():
                response = getattr(self.client, method)(url, {})
                body = b"".join(response) if response.streaming else response.content
                transaction.set_rollback(True)
        except Exception as error:  # the test client re-raises the view's error
            self.problems.append(f"{self.label} {method.upper()} {url}: {error!r}")
            return 500, ""
        finally:
            self.client.cookies = SimpleCookie()
            for key, value in cookies.items():
                self.client.cookies[key] = value
        if response.status_code >= 500:
            self.problems.append(f"{self.label} {method.upper()} {url}: {response.status_code}")
        for problem in _header_problems(method, response):
            self.problems.append(f"{self.label} {method.upper()} {url}: {problem}")
        if not response.get("Content-Type", "").startswith("text/html"):
            return response.status_code, ""
        html = body.decode()
        for problem in self.checks[language].problems(html):
            self.problems.append(f"{self.label} {method.upper()} {url}: {problem}")
        return response.status_code, html


def _header_problems(method: str, response) -> list[str]:
    """Every answer carries the Content-Security-Policy; every staff or admin page, private
    citizen link and answer to a form sent is never stored; other citizen pages may be."""
    problems = []
    if "Content-Security-Policy" not in response.headers:
        problems.append("no Content-Security-Policy header")
    try:
        match = response.resolver_match
        namespaces, name = set(match.namespaces), match.url_name
    except Resolver404:
        namespaces, name = set(), None
    private = method == "post" or namespaces & {"web", "admin"} or name in PRIVATE_CITIZEN_PAGES
    private = private or name in PRIVATE_SESSION_PAGES  # the own page, whoever opens it
    stored = "no-store" not in response.get("Cache-Control", "")
    if private and (stored or response.get("Pragma") != "no-cache"):
        problems.append("personal data without Cache-Control: no-store and Pragma: no-cache")
    if not private and not stored:
        problems.append("a public page marked no-store")
    return problems


def _languages(*indexes: int) -> list[str]:
    """All three languages for the first role, and one, in turn, for each of the others:
    every page is read in every language, and every role meets every language."""
    if indexes[0] == 0:
        return list(LANGUAGES)
    return [LANGUAGES[sum(indexes) % len(LANGUAGES)]]


def _assert_clean(visitors) -> None:
    assert not any(v.problems for v in visitors), _report(visitors)


def _report(visitors) -> str:
    problems = [problem for visitor in visitors for problem in visitor.problems]
    return f"{len(problems)} problems:\n" + "\n".join(sorted(set(problems))[:300])


# -- the tests -------------------------------------------------------------------------------


def _event_shape(event: CaseEvent) -> tuple:
    """What a timeline entry's template meets: its kind and which data it carries."""
    extra = []
    if event.kind == CaseEvent.Kind.NOTIFICATION:
        extra.append(event.data.get("status"))
    if event.kind == CaseEvent.Kind.SERVICE_LEVEL:
        extra.append(event.data.get("alert"))
    if event.kind == CaseEvent.Kind.ESCALATION:
        extra.append(event.data.get("trigger"))
    return (event.kind, tuple(sorted(event.data)), *extra)


def _case_sample() -> list[Case]:
    """Few cases that between them have every status, channel, language, sensitivity, kind of
    timeline event in every shape its data comes in, answers of every type, and attachments
    (a greedy cover)."""
    datatypes = {
        (service, code): datatype
        for service, code, datatype in RequestField.objects.values_list(
            "service_id", "code", "datatype"
        )
    }
    features: dict[int, set] = {}
    for case in Case.objects.all():
        features[case.pk] = {
            ("status", case.status),
            ("channel", case.channel),
            ("language", case.language),
            ("sensitive", case.sensitive),
            *(("answer", datatypes.get((case.service_id, code))) for code in case.answers),
        }
    for event in CaseEvent.objects.all():
        features[event.case_id].add(_event_shape(event))
    for case_id, public in Attachment.objects.values_list("case_id", "public"):
        features[case_id].add(("attachment", public))
    for case_id in OutboundMail.objects.filter(status="failed").values_list("case_id", flat=True):
        features[case_id].add(("mail needs attention",))
    wanted = set().union(*features.values())
    chosen = []
    while wanted:
        best = max(features, key=lambda pk: (len(features[pk] & wanted), -pk))
        chosen.append(best)
        wanted -= features.pop(best)
    return list(Case.objects.filter(pk__in=chosen).order_by("pk"))


def test_the_demo_has_every_status_channel_event_kind_and_role(demo):
    cases = Case.objects.all()
    assert set(cases.values_list("status", flat=True)) == set(Status.values)
    assert set(cases.values_list("channel", flat=True)) == set(Channel.values)
    kinds = set(CaseEvent.objects.values_list("kind", flat=True))
    assert kinds == set(CaseEvent.Kind.values)
    answers = CaseEvent.objects.filter(kind=CaseEvent.Kind.CONSULTATION_ANSWER)
    assert answers.filter(data__taken_over=True).exists()
    assert answers.filter(data__withdrawn=True).exists()
    assert answers.exclude(Q(data__has_key="taken_over") | Q(data__has_key="withdrawn")).exists()
    notifications = CaseEvent.objects.filter(kind=CaseEvent.Kind.NOTIFICATION)
    assert {"sent", "failed"} <= set(n.data["status"] for n in notifications)
    assert Attachment.objects.filter(public=True).exists()
    assert Attachment.objects.filter(public=False).exists()
    assert {user.role for user in demo.users.values()} == set(User.Role.values)


def test_every_staff_page_opens_for_every_role_in_every_language(demo, settings):
    settings.MEDIA_ROOT = demo.media
    missing = [
        p.name
        for p in _patterns(web_urls)
        if p.pattern.converters and p.name not in STAFF_ARGUMENTS
    ]
    assert missing == [], "fill these patterns' arguments in STAFF_ARGUMENTS"
    visitors = []
    for role_index, username in enumerate(["liisa", *[u for u in ROLES if u != "liisa"]]):
        visitor = Visitor(demo, username)
        visitors.append(visitor)
        patterns = sorted(_patterns(web_urls), key=lambda p: p.name == "logout")
        for page_index, pattern in enumerate(patterns):
            kwargs = STAFF_ARGUMENTS.get(pattern.name, lambda d: {})(demo)
            for language in _languages(role_index, page_index):
                url = _url(f"web:{pattern.name}", kwargs, language)
                visitor.page(url, language)
                for query in STAFF_QUERIES.get(pattern.name, []):
                    query = query.format(customer=demo.customer.pk, case=demo.case.reference)
                    visitor.page(url + query, language)
        for language in LANGUAGES:
            visitor.open("get", _url("admin:index", {}, language), language)
    _assert_clean(visitors)


def test_case_pages_of_every_kind_open_for_every_role_in_every_language(demo, settings):
    settings.MEDIA_ROOT = demo.media
    sample = _case_sample()
    visitors = []
    for role_index, username in enumerate(["liisa", *[u for u in ROLES if u != "liisa"]]):
        visitor = Visitor(demo, username)
        visitors.append(visitor)
        for case_index, case in enumerate(sample):
            for language in _languages(role_index, case_index):
                url = _url("web:case", {"reference": case.reference}, language)
                visitor.open("get", url, language)
    assert len(sample) < 60, "the sample should stay small"
    _assert_clean(visitors)


def test_every_citizen_page_opens_in_every_language(demo, settings):
    settings.MEDIA_ROOT = demo.media
    missing = [
        p.name
        for p in _patterns(public_urls)
        if p.pattern.converters and p.name not in PUBLIC_ARGUMENTS
    ]
    assert missing == [], "fill these patterns' arguments in PUBLIC_ARGUMENTS"
    visitor = Visitor(demo, None)
    for page_index, pattern in enumerate(_patterns(public_urls)):
        # Every page in every language for the first service, in one language in turn for
        # the others: every service's page is read, and in every language by some service.
        arguments = PUBLIC_ARGUMENTS.get(pattern.name, lambda d: [{}])(demo)
        for kwargs_index, kwargs in enumerate(arguments):
            for language in _languages(kwargs_index, page_index):
                visitor.page(_url(f"public:{pattern.name}", kwargs, language), language)
        for language in LANGUAGES:
            for kwargs, query in PUBLIC_QUERIES.get(pattern.name, lambda d: [])(demo):
                visitor.page(_url(f"public:{pattern.name}", kwargs, language) + query, language)
    for case_index, case in enumerate(_case_sample()):
        for language in _languages(case_index):
            url = _url("public:case_status", {"token": case.token}, language)
            visitor.open("get", url, language)
    _assert_clean([visitor])


def test_a_callback_can_be_asked_on_every_service_s_page(demo, client):
    """What a call needs, and nothing else, whatever questions the service's requests ask."""
    refused = {}
    for service in [s for s in demo.services if not s.internal]:
        url = reverse("public:callback", args=[service.code])
        window = re.search(r'name="window" value="([^"]+)"', client.get(url).content.decode())
        details = {"first_name": "Maija", "last_name": "Mäki", "phone": "040 123 4567"}
        cache.clear()  # the forms' rate limit per address
        with transaction.atomic():
            response = client.post(
                url, {"window": window.group(1), "description": "Soittakaa.", **details}
            )
            transaction.set_rollback(True)
        if response.status_code != 302:
            refused[service.code] = response.context["form"].errors
    assert refused == {}
