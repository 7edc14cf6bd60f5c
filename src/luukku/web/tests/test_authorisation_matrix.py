"""Who may open what: every staff URL pattern and REST endpoint, as every kind of user, on
objects of another department, sensitive and not, with the answer each one must get.

The patterns are read from the URL configuration, so a new view without a row in EXPECTED
fails here; so does a new role (User.Role) without a persona in PERSONAS (the table is in
authorisation_table.py). Pages are opened
with GET and actions sent with POST with an empty form: one who may act gets the form's
errors (400) or the action done (302), one who may not gets 403, or 404 where the object is
one they may not see. A POST that is refused must change nothing, the access log included.
Every request runs in a savepoint that is rolled back, so one request does not change what
the next sees.

The rule checked is docs/privacy.md, "Who sees what": non-sensitive cases are open to all
staff; sensitive ones to their department (and those given it as an extra department),
their handler and those consulted or escalated on them; supervisors likewise, unless the
city sets SUPERVISORS_SEE_ALL_SENSITIVE; administrators see everything. A user who may not
see a case gets the same 404 as for an id that does not exist.
"""

import datetime as dt
import secrets
from email.message import EmailMessage
from types import SimpleNamespace

import pytest
import time_machine
from django.contrib import admin
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models, transaction
from django.test import Client, override_settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from luukku.appointments.models import Appointment, AvailabilityRule, MeetingType
from luukku.appointments.services import callback_create
from luukku.cases.models import OutboundMail, SavedView
from luukku.cases.services import consultation_ask
from luukku.cases.tests.factories import make_case
from luukku.catalogue.tests.factories import ServiceFactory
from luukku.channels.models import Mailbox
from luukku.channels.services import mail_receive
from luukku.commerce.services.packages import package_order
from luukku.commerce.tests.factories import builders_package
from luukku.core.testing.clock import at
from luukku.customers.models import Customer
from luukku.customers.tests.factories import CustomerFactory
from luukku.knowledge.tests.factories import ArticleFactory, ReplyTemplateFactory
from luukku.organisation.models import Absence, User
from luukku.organisation.tests.factories import DepartmentFactory, UserFactory
from luukku.queueing.models import TicketSource
from luukku.queueing.services.days import desk_session_start, queue_day_open
from luukku.queueing.services.tickets import ticket_issue
from luukku.queueing.tests.factories import DeskFactory, ServiceGroupFactory
from luukku.search.models import SearchMiss
from luukku.servicelevels.models import EscalationStep
from luukku.servicelevels.services import case_escalate

from .authorisation_arguments import ARGUMENTS, QUERIES, URL_PREFIX
from .authorisation_table import EXPECTED, PERSONAS, PUBLIC, REFUSED, WATCHED

pytestmark = pytest.mark.django_db

NOW = at(2026, 11, 23, 10, 0)

# -- the patterns ----------------------------------------------------------------------------


def _walk(patterns, namespace="", prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            if pattern.app_name == "admin":
                continue  # checked by test_the_django_admin_is_for_administrators_only
            inner = pattern.namespace or namespace
            yield from _walk(pattern.url_patterns, inner, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            name = pattern.name or ("<not found>" if prefix == "api/v1/" else "<unnamed>")
            yield f"{namespace}:{name}" if namespace else name


def url_names() -> list[str]:
    return list(dict.fromkeys(_walk(get_resolver().url_patterns)))


# -- the people and the objects --------------------------------------------------------------


def _b_objects(department, sensitive: bool, people) -> SimpleNamespace:
    """One case of department B and everything that hangs on it."""
    service = ServiceFactory(responsible_unit__department=department, sensitive=sensitive)
    customer = CustomerFactory(
        identity_code="131052-308T" if sensitive else "010203A123T",
        email=f"{'s' if sensitive else 'p'}@example.fi",
    )
    twin = CustomerFactory(first_name=customer.first_name, email=customer.email)
    # A key customer, who may have a plan (a person may not).
    club = CustomerFactory(kind=Customer.Kind.ORGANISATION, organisation_name="Shakkikerho ry")
    case = make_case(
        service=service,
        customer=customer,
        files=[SimpleUploadedFile("liite.pdf", b"%PDF-1.4 liite")],
    )
    address = f"{'arka' if sensitive else 'posti'}@vuoksela.example"
    Mailbox.objects.create(name=address, address=address, default_service=service)
    message = EmailMessage()
    message["From"] = "Maija <maija@example.fi>"
    message["To"] = address
    message["Subject"] = "Kysymys"
    message["Message-ID"] = f"<{address}>"
    message.set_content("Hei, kysyisin asiasta.")
    inbound = mail_receive(raw=message.as_bytes())
    mail = OutboundMail.objects.filter(case=inbound.case).first()
    OutboundMail.objects.filter(pk=mail.pk).update(status=OutboundMail.Status.FAILED, attempts=5)
    consultation = consultation_ask(
        case=case, actor=people["asker"], department=department, question="Miten?"
    )
    package = builders_package(
        service=service,
        parts=[("Karttaote", department, None, 3)],
        code=f"RAK-{'S' if sensitive else 'P'}",
    )
    order = package_order(product=package, by=people["asker"], case=case)
    escalation = case_escalate(case=case, actor=people["asker"], reason="Valitus")
    day = NOW + dt.timedelta(days=2 if sensitive else 1)
    appointment = Appointment.objects.create(
        token=secrets.token_urlsafe(24),
        uid=f"{secrets.token_hex(8)}@test",
        case=case,
        service=service,
        staff=people["holder"],
        meeting_type=MeetingType.PHONE,
        starts_at=day,
        ends_at=day + dt.timedelta(minutes=30),
        blocked_until=day + dt.timedelta(minutes=30),
    )
    callback = callback_create(
        actor=people["asker"],
        case=case,
        window_start=NOW + dt.timedelta(hours=1),
        window_end=NOW + dt.timedelta(hours=3),
        phone="040 1234567",
    )
    return SimpleNamespace(
        case=case,
        customer=customer,
        twin=twin,
        club=club,
        attachment=case.attachments.get(),
        mail_case=inbound.case,
        inbound=inbound,
        mail=mail,
        consultation=consultation,
        escalation=escalation,
        appointment=appointment,
        callback=callback,
        order=order,
        order_part=order.parts.get(),
    )


def _queue_objects(agent) -> SimpleNamespace:
    """A service point's walk-in queue, open, with a number waiting; the agent at a desk."""
    group = ServiceGroupFactory(name="Kela", prefix="K")
    desk = DeskFactory(service_point=group.service_point, number="1", groups=[group])
    queue_day_open(service_point=group.service_point, actor=agent)
    desk_session_start(desk=desk, agent=agent)
    ticket = ticket_issue(group=group, source=TicketSource.KIOSK)
    return SimpleNamespace(point=group.service_point, group=group, desk=desk, ticket=ticket)


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    """Two departments, a persona per column, and department B's objects, made once for the
    module and rolled back after it."""
    media = tmp_path_factory.mktemp("media")
    with (
        time_machine.travel(NOW, tick=False),
        django_db_blocker.unblock(),
        override_settings(
            MEDIA_ROOT=media,
            EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
            PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
        ),
        transaction.atomic(),
    ):
        departments = {"A": DepartmentFactory(), "B": DepartmentFactory()}
        users = {}
        for persona, spec in PERSONAS.items():
            if spec is not None:
                role, department = spec
                users[persona] = UserFactory(
                    role=role,
                    departments=[departments[department]] if department else [],
                    is_staff=role == "administrator",
                    is_superuser=role == "administrator",
                )
        # Who asked, and who holds the escalation step and the appointments: none of the
        # personas, so that what the personas get comes from the rule, not from a role.
        people = {
            "asker": UserFactory(role="agent", departments=[departments["B"]]),
            "holder": UserFactory(role="expert", departments=[departments["B"]]),
        }
        EscalationStep.objects.create(
            department=departments["B"],
            position=1,
            title="Esihenkilö",
            person=people["holder"],
            response_hours=4,
        )
        shared = SimpleNamespace(
            absence=Absence.objects.create(
                user=people["asker"], starts_on=NOW.date(), ends_on=NOW.date()
            ),
            rule=AvailabilityRule.objects.create(
                staff=people["holder"],
                weekday=0,
                starts=dt.time(9),
                ends=dt.time(10),
                meeting_type=MeetingType.PHONE,
            ),
            article=ArticleFactory(owner=people["holder"]),
            template=ReplyTemplateFactory(),
            quarantined=mail_receive(raw=b"Subject: no sender\r\n\r\nthis is not mail"),
            miss=SearchMiss.objects.create(query="lyhtypylväs", language="fi"),
            saved_view=SavedView.objects.create(
                owner=people["asker"], name="Aamun posti", query="queue=mine"
            ),
            queue=_queue_objects(users["agent"]),
        )
        objects = {}
        for variant in ("plain", "sensitive"):
            objects[variant] = _b_objects(departments["B"], variant == "sensitive", people)
            objects[variant].shared = shared
        yield SimpleNamespace(users=users, objects=objects, media=media)
        transaction.set_rollback(True)


def _fingerprint():
    def row(obj):
        return tuple(
            getattr(obj, f.attname)
            for f in obj._meta.concrete_fields
            if not isinstance(f, models.BinaryField)
        )

    return {model.__name__: [row(o) for o in model.objects.order_by("pk")] for model in WATCHED}


def _answer(world, persona: str, name: str, method: str, objects) -> tuple[str, str]:
    """The status one request gets, and what it changed when it was refused ("" if nothing)."""
    kwargs = ARGUMENTS[name](objects) if name in ARGUMENTS else {}
    query = QUERIES[name](objects) if name in QUERIES else ""
    url = URL_PREFIX[name] + query if name in URL_PREFIX else reverse(name, kwargs=kwargs) + query
    client = _client(world, persona)
    cache.clear()
    with override_settings(MEDIA_ROOT=world.media), transaction.atomic():
        before = _fingerprint() if method == "POST" else None
        if method == "GET":
            response = client.get(url)
        elif name.startswith("rest:"):
            response = client.post(url, {}, content_type="application/json")
        else:
            response = client.post(url, {})
        status = str(response.status_code)
        changed = ""
        refused = status in REFUSED or (persona == "anonymous" and status == "302")
        if method == "POST" and refused and _fingerprint() != before:
            changed = "changed the database"
        transaction.set_rollback(True)
    if persona == "anonymous" and status == "302":
        assert "/login/" in response["Location"], url
    return status, changed


@pytest.fixture
def world_clients(world):
    """The personas' browsers for one test: its sessions end with its transaction."""
    world.clients = {}
    return world


def _client(world, persona: str) -> Client:
    """The persona's browser, signed in once (and again after a request signed it out)."""
    client = world.clients.setdefault(persona, Client())
    cookie = client.cookies.get("sessionid")
    if persona != "anonymous" and not (cookie and cookie.value):
        client.force_login(world.users[persona])
    return client


def _expected_rows(entry) -> dict[str, list[str]]:
    rows = entry if isinstance(entry, dict) else {"plain": entry}
    return {variant: row.split() for variant, row in rows.items()}


# -- the tests -------------------------------------------------------------------------------


def test_every_role_has_a_persona():
    covered = {spec[0] for spec in PERSONAS.values() if spec}
    missing = [role for role in User.Role.values if role not in covered]
    assert not missing, (
        f"The role(s) {missing} have no persona in the authorisation matrix: add one to "
        f"PERSONAS in {__name__} and its expected answer to every row of EXPECTED."
    )
    for key, entry in EXPECTED.items():
        for variant, row in _expected_rows(entry).items():
            assert len(row) == len(PERSONAS), (
                f"{key} {variant}: {len(row)} answers for {len(PERSONAS)} personas "
                f"({', '.join(PERSONAS)})"
            )


def test_every_url_pattern_has_expected_answers():
    declared = {name for name, _method in EXPECTED}
    unknown = [n for n in url_names() if n not in declared and n not in PUBLIC]
    assert not unknown, (
        f"URL pattern(s) {unknown} have no row in the authorisation matrix: add the answer "
        f"each persona must get to EXPECTED in {__name__} (or, for a citizen page, the name "
        "to PUBLIC), and its arguments to ARGUMENTS."
    )
    gone = sorted(declared - set(url_names()))
    assert not gone, f"EXPECTED has rows for patterns that no longer exist: {gone}"


@pytest.mark.clock_set  # the world fixture sets the clock
def test_every_persona_gets_the_declared_answer(world_clients):
    world = world_clients
    problems = []
    for (name, method), entry in EXPECTED.items():
        for variant, row in _expected_rows(entry).items():
            for persona, expected in zip(PERSONAS, row, strict=True):
                status, changed = _answer(world, persona, name, method, world.objects[variant])
                if status != expected or changed:
                    problems.append(
                        f"{method} {name} [{variant}] as {persona}: "
                        f"{status} (expected {expected}) {changed}".rstrip()
                    )
    assert not problems, f"{len(problems)} answers differ:\n" + "\n".join(problems)


# Lists that show cases: the sensitive case is on them only for those who may see it.
LISTS = {
    "inbox": lambda o: reverse("web:inbox") + "?queue=",  # every case, not one's own work
    "REST case list": lambda o: reverse("rest:cases"),
    "customer's cases": lambda o: reverse("web:customer", args=[o.customer.pk]),
    "search": lambda o: reverse("web:inbox") + f"?q={o.case.reference}",
    "all callbacks": lambda o: reverse("web:callbacks") + "?scope=all",
}
SEES_SENSITIVE = {"expert B", "head of unit B", "admin"}
ALL_CASES = {"inbox", "REST case list", "all callbacks"}  # where the plain case is too
SEES_NO_CASES = {"dpo"}  # the data protection officer reads the access log, not cases


def _lists(case, page: str) -> bool:
    """Whether the page lists the case: a link to it, or its reference in the API's JSON
    (not the search box that repeats what was searched for)."""
    link = reverse("web:case", args=[case.reference])
    return any(f'href="{link}{end}' in page for end in ('"', "?")) or (
        f'"reference":"{case.reference}"' in page
    )


@pytest.mark.clock_set  # the world fixture sets the clock
def test_lists_show_a_sensitive_case_only_to_those_who_may_see_it(world_clients):
    world = world_clients
    sensitive, plain = world.objects["sensitive"], world.objects["plain"]
    problems = []
    for persona in PERSONAS:
        if persona == "anonymous":
            continue
        client = _client(world, persona)
        for name, url in LISTS.items():
            with override_settings(MEDIA_ROOT=world.media):
                page = client.get(url(sensitive)).content.decode()
            shown = _lists(sensitive.case, page)
            if shown != (persona in SEES_SENSITIVE):
                state = "shown" if shown else "missing"
                problems.append(f"{name} as {persona}: the sensitive case is {state}")
            if name in ALL_CASES and persona in SEES_NO_CASES and _lists(plain.case, page):
                problems.append(f"{name} as {persona}: the non-sensitive case is shown")
            elif (
                name in ALL_CASES and persona not in SEES_NO_CASES and not _lists(plain.case, page)
            ):
                problems.append(f"{name} as {persona}: the non-sensitive case is missing")
    assert not problems, "\n".join(problems)


@pytest.mark.clock_set  # the world fixture sets the clock
def test_the_django_admin_is_for_administrators_only(world):
    """Every model page of the admin: administrators only, everyone else to its sign-in."""
    urls = [reverse("admin:index")] + [
        reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        for model in admin.site._registry
    ]
    problems = []
    for persona in PERSONAS:
        client = Client()
        if persona != "anonymous":
            client.force_login(world.users[persona])
        for url in urls:
            response = client.get(url)
            expected = 200 if persona == "admin" else 302
            if response.status_code != expected or (
                expected == 302 and "/admin/login/" not in response["Location"]
            ):
                problems.append(f"{url} as {persona}: {response.status_code}")
    assert not problems, "\n".join(problems)


@pytest.mark.clock_set  # the world fixture sets the clock
def test_subject_request_buttons_only_for_one_who_may_use_them(world_clients):
    """The customer page offers export and erasure only to a supervisor who may see all the
    person's cases (the pages answer 403 to the others): a supervisor of another department
    does not get them for a person with a sensitive case, the department's head of unit does."""
    world = world_clients
    offered = {}
    for persona in ("agent", "supervisor A", "head of unit B", "admin", "dpo"):
        for variant in ("plain", "sensitive"):
            customer = world.objects[variant].customer
            with override_settings(MEDIA_ROOT=world.media):
                page = _client(world, persona).get(reverse("web:customer", args=[customer.pk]))
            export = reverse("web:customer_export", args=[customer.pk])
            offered[persona, variant] = f'href="{export}"' in page.content.decode()
    assert offered == {
        ("agent", "plain"): False,
        ("agent", "sensitive"): False,
        ("supervisor A", "plain"): True,
        ("supervisor A", "sensitive"): False,
        ("head of unit B", "plain"): True,
        ("head of unit B", "sensitive"): True,
        ("admin", "plain"): True,
        ("admin", "sensitive"): True,
        ("dpo", "plain"): False,
        ("dpo", "sensitive"): False,
    }
