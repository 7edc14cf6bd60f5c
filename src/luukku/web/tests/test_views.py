import pytest
from django.core import mail
from django.urls import reverse

from luukku.cases.models import Case, Status
from luukku.cases.tests.factories import make_case
from luukku.core.testing.queries import exact_queries
from luukku.core.testing.samples import PDF
from luukku.customers.models import Customer
from luukku.customers.tests.factories import CustomerFactory
from luukku.organisation.tests.factories import UserFactory
from luukku.privacy.models import AccessLogEntry

pytestmark = pytest.mark.django_db


def test_workspace_requires_sign_in(client):
    response = client.get(reverse("web:inbox"))
    assert response.status_code == 302
    assert reverse("web:login") in response["Location"]


def test_sign_in_with_wrong_password_is_refused(client, agent):
    response = client.post(reverse("web:login"), {"username": agent.username, "password": "wrong"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_inbox_lists_visible_cases_only(client, agent, service, sensitive_service):
    visible = make_case(service=service)
    hidden = make_case(service=sensitive_service)
    client.force_login(agent)
    page = client.get(reverse("web:inbox"), {"queue": ""}).content.decode()
    assert visible.reference in page
    assert hidden.reference not in page


# The work queue, whatever its page size: the session and user, the page's cases with what
# it shows of them, their count, the access-log entry (three: see CASE_PAGE_QUERIES), the
# saved views, the count of every queue and view (the viewer's departments within it), the
# teams, and the navigation's count of what waits for the viewer.
INBOX_QUERIES = 11


def _inbox(client, per_page):
    with exact_queries(INBOX_QUERIES):
        response = client.get(reverse("web:inbox"), {"per_page": per_page, "status": "all_open"})
    assert response.status_code == 200


def test_inbox_query_count_does_not_grow_with_page_size(client, agent, service):
    for index in range(30):
        make_case(service=service, customer=CustomerFactory(), subject=f"Asia {index}")
    client.force_login(agent)
    _inbox_first = client.get(reverse("web:inbox"), {"status": "all_open"})
    assert _inbox_first.status_code == 200  # reads the kept lists (services, staff) once
    _inbox(client, 25)
    _inbox(client, 50)


def test_a_large_inbox_is_counted_only_up_to_the_cap(client, agent, service, monkeypatch):
    monkeypatch.setattr("luukku.core.pagination.COUNT_CAP", 4)
    cases = [make_case(service=service, subject=f"Asia {index}") for index in range(7)]
    client.force_login(agent)
    page = client.get(reverse("web:inbox"), {"per_page": 25, "queue": ""}).content.decode()
    assert "Yli 4 asiaa" in page
    assert all(case.reference in page for case in cases)  # the page itself is whole
    page = client.get(reverse("web:inbox"), {"per_page": 25, "channel": "phone"}).content
    assert "Yli 4 asiaa" not in page.decode()  # a filtered inbox under the cap: exact count


def test_case_page_shows_timeline_and_customer_situation_and_logs_the_view(client, agent, service):
    customer = CustomerFactory()
    case = make_case(service=service, customer=customer, body="Valot pimeänä")
    earlier = make_case(service=service, customer=customer, subject="Aiempi asia")
    client.force_login(agent)
    page = client.get(reverse("web:case", args=[case.reference])).content.decode()
    assert "Valot pimeänä" in page
    assert earlier.reference in page
    assert AccessLogEntry.objects.filter(actor=agent, case=case, action="view").exists()


def test_case_outside_scope_is_not_found(client, other_expert, sensitive_service):
    case = make_case(service=sensitive_service)
    client.force_login(other_expert)
    assert client.get(reverse("web:case", args=[case.reference])).status_code == 404
    response = client.post(reverse("web:case_note", args=[case.reference]), {"note-body": "x"})
    assert response.status_code == 404
    assert not case.events.filter(kind="note").exists()


def test_reply_from_case_page_mails_customer(client, agent, service, run_tasks):
    case = make_case(service=service, customer=CustomerFactory(email="asiakas@example.fi"))
    client.force_login(agent)
    response = client.post(
        reverse("web:case_reply", args=[case.reference]),
        {"reply-body": "Korjataan huomenna.", "reply-status_after": Status.RESOLVED},
    )
    run_tasks()
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.status == Status.RESOLVED
    assert mail.outbox[0].to == ["asiakas@example.fi"]


def test_empty_reply_shows_error_and_changes_nothing(client, agent, service):
    case = make_case(service=service)
    client.force_login(agent)
    response = client.post(reverse("web:case_reply", args=[case.reference]), {"reply-body": ""})
    assert response.status_code == 400
    assert 'id="error-summary"' in response.content.decode()
    assert not case.events.filter(kind="message_out").exists()


def test_status_assign_update_and_note_actions(client, agent, expert, service):
    case = make_case(service=service)
    client.force_login(agent)
    client.post(
        reverse("web:case_status", args=[case.reference]), {"status-status": Status.WAITING_EXPERT}
    )
    client.post(reverse("web:case_assign", args=[case.reference]), {"assign-assignee": expert.pk})
    client.post(
        reverse("web:case_update", args=[case.reference]),
        {"update-service": service.pk, "update-priority": 3},
    )
    client.post(
        reverse("web:case_note", args=[case.reference]), {"note-body": "Kysytty asiantuntijalta"}
    )
    case.refresh_from_db()
    assert (case.status, case.assignee, case.priority) == (Status.WAITING_EXPERT, expert, 3)
    assert list(case.events.values_list("kind", flat=True))[2:] == [
        "status",
        "assignment",
        "update",
        "note",
    ]


def test_refused_transition_from_form_is_explained(client, agent, service):
    case = make_case(service=service)
    Case.objects.filter(pk=case.pk).update(status=Status.CLOSED)
    client.force_login(agent)
    response = client.post(
        reverse("web:case_status", args=[case.reference]), {"status-status": Status.OPEN}
    )
    assert response.status_code == 400
    case.refresh_from_db()
    assert case.status == Status.CLOSED


def test_quick_contact_log_resolved_at_first_contact(client, agent, service):
    customer = CustomerFactory()
    client.force_login(agent)
    response = client.post(
        reverse("web:contact_new"),
        {
            "channel": "counter",
            "service": service.pk,
            "customer": customer.pk,
            "note": "Kysyi senioripassin hintaa",
            "resolved": "on",
        },
    )
    assert response.status_code == 302
    case = Case.objects.get()
    assert (case.channel, case.status, case.first_contact_resolution, case.customer) == (
        "counter",
        Status.RESOLVED,
        True,
        customer,
    )


def test_quick_contact_log_without_note_is_refused(client, agent, service):
    client.force_login(agent)
    response = client.post(
        reverse("web:contact_new"), {"channel": "phone", "service": service.pk, "note": ""}
    )
    assert response.status_code == 400
    assert not Case.objects.exists()


def test_customer_create_flags_duplicate_then_allows_confirmation(client, agent):
    CustomerFactory(email="sama@example.fi")
    client.force_login(agent)
    data = {
        "kind": "person",
        "first_name": "Uusi",
        "last_name": "Asiakas",
        "email": "sama@example.fi",
        "preferred_language": "fi",
        "preferred_channel": "email",
    }
    response = client.post(reverse("web:customer_new"), data)
    assert response.status_code == 400
    assert Customer.objects.count() == 1
    response = client.post(reverse("web:customer_new"), {**data, "confirm_duplicate": "on"})
    assert response.status_code == 302
    assert Customer.objects.count() == 2


def test_customer_page_masks_identity_code_until_revealed_and_logs_both(client, agent, service):
    customer = CustomerFactory(identity_code="131052-308T")
    case = make_case(service=service, customer=customer)
    Case.objects.filter(pk=case.pk).update(assignee=agent)
    client.force_login(agent)
    page = client.get(reverse("web:customer", args=[customer.pk])).content.decode()
    assert "131052-****" in page and "308T" not in page
    client.post(reverse("web:customer_reveal", args=[customer.pk]))
    page = client.get(reverse("web:customer", args=[customer.pk])).content.decode()
    assert "131052-308T" in page
    actions = list(
        AccessLogEntry.objects.filter(customer=customer).values_list("action", flat=True)
    )
    assert actions.count("reveal") == 1 and actions.count("view") == 2


def _reveal_allowed(client, user, customer) -> bool:
    """Whether the page offers the reveal, checked against what the server does with it."""
    client.force_login(user)
    page = client.get(reverse("web:customer", args=[customer.pk])).content.decode()
    offered = reverse("web:customer_reveal", args=[customer.pk]) in page
    response = client.post(reverse("web:customer_reveal", args=[customer.pk]))
    assert response.status_code == (302 if offered else 403)
    return offered


def test_identity_code_is_revealed_only_to_those_who_need_it(
    client, agent, expert, other_expert, supervisor, other_department, sensitive_service
):
    """Need to know: the case's handler, experts and supervisors of its department, the named
    handler and administrators; not any member of staff."""
    customer = CustomerFactory(identity_code="131052-308T")
    handler = UserFactory(role="agent")
    case = make_case(service=sensitive_service, customer=customer)
    Case.objects.filter(pk=case.pk).update(assignee=handler)
    named = UserFactory(role="agent")
    Customer.objects.filter(pk=customer.pk).update(handler=named)
    allowed = {
        "handler of a case": handler,
        "named handler": named,
        "expert of the department": expert,
        "supervisor of the department": supervisor,
        "administrator": UserFactory(role="administrator"),
    }
    refused = {
        "agent": agent,
        "expert of another department": other_expert,
        "supervisor of another department": UserFactory(
            role="supervisor", departments=[other_department]
        ),
    }
    for name, user in allowed.items():
        assert _reveal_allowed(client, user, customer), name
    for name, user in refused.items():
        assert not _reveal_allowed(client, user, customer), name
    reveals = AccessLogEntry.objects.filter(customer=customer, action="reveal")
    assert sorted(reveals.values_list("actor_id", flat=True)) == sorted(
        user.pk for user in allowed.values()
    )


def test_a_forged_reveal_is_refused_in_the_readers_language_and_shows_nothing(client, agent):
    customer = CustomerFactory(identity_code="131052-308T")
    client.force_login(agent)
    response = client.post("/sv" + reverse("web:customer_reveal", args=[customer.pk]))
    assert response.status_code == 403
    assert "Du har inte behörighet" in response.content.decode()
    page = client.get(reverse("web:customer", args=[customer.pk])).content.decode()
    assert "131052-****" in page and "308T" not in page
    assert not AccessLogEntry.objects.filter(customer=customer, action="reveal").exists()


def test_edit_form_keeps_the_identity_code_from_those_who_may_not_see_it(client, agent):
    customer = CustomerFactory(identity_code="131052-308T", first_name="Ville")
    client.force_login(agent)
    url = reverse("web:customer_edit", args=[customer.pk])
    page = client.get(url).content.decode()
    assert "131052-****" in page and "308T" not in page
    data = {
        "kind": customer.kind,
        "first_name": "Ville",
        "last_name": customer.last_name,
        "identity_code": "010101-123N",
        "preferred_language": customer.preferred_language,
        "preferred_channel": customer.preferred_channel,
    }
    client.post(url, data)
    customer.refresh_from_db()
    assert customer.identity_code == "131052-308T"


def test_customer_list_never_shows_identity_code(client, agent):
    CustomerFactory(first_name="Hetu", identity_code="131052-308T")
    client.force_login(agent)
    page = client.get(reverse("web:customers"), {"q": "Hetu"}).content.decode()
    assert "Hetu" in page and "131052" not in page


def test_access_log_is_for_supervisors_only(client, agent, supervisor):
    customer = CustomerFactory()
    client.force_login(agent)
    assert client.get(reverse("web:customer_log", args=[customer.pk])).status_code == 403
    client.force_login(supervisor)
    client.get(reverse("web:customer", args=[customer.pk]))
    page = client.get(reverse("web:customer_log", args=[customer.pk])).content.decode()
    assert "<td>Asiakkaan sivu</td>" in page and "customer_page" not in page


def test_customer_edit_with_bad_phone_changes_nothing(client, agent):
    customer = CustomerFactory(phone="+358401234567")
    client.force_login(agent)
    data = {
        "kind": "person",
        "first_name": "Matti",
        "last_name": customer.last_name,
        "phone": "nope",
        "preferred_language": "fi",
        "preferred_channel": "email",
    }
    response = client.post(reverse("web:customer_edit", args=[customer.pk]), data)
    assert response.status_code == 400
    customer.refresh_from_db()
    assert customer.phone == "+358401234567"


def test_staff_attachment_download_respects_scope(
    client, agent, other_expert, supervisor, other_department, sensitive_service
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    case = make_case(service=sensitive_service, files=[SimpleUploadedFile("a.pdf", PDF)])
    attachment = case.attachments.get()
    client.force_login(other_expert)
    assert client.get(reverse("web:attachment", args=[attachment.pk])).status_code == 404
    # Need to know: a supervisor of another department does not get it either.
    client.force_login(UserFactory(role="supervisor", departments=[other_department]))
    assert client.get(reverse("web:attachment", args=[attachment.pk])).status_code == 404
    client.force_login(supervisor)
    response = client.get(reverse("web:attachment", args=[attachment.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF


def test_case_page_has_no_duplicate_ids(client, agent, service):
    import re
    from collections import Counter

    case = make_case(service=service)
    client.force_login(agent)
    page = client.get(reverse("web:case", args=[case.reference])).content.decode()
    ids = Counter(re.findall(r'\sid="([^"]+)"', page))
    assert [name for name, count in ids.items() if count > 1] == []


# The staff case page of a case with a message and nothing else: the frame (the session, the
# user, and the navigation's count of what waits for the viewer), the case read with whether
# each panel from another table has rows (cases.panels; the viewer's departments within it),
# the access-log entry (three: the chain's head read, the entry, the head), the timeline (its
# attachments and mails known to be none), the suggestions' search for templates and
# articles together (two: the curated documents and the match), and the customer's other
# cases and possible duplicates. The document packages one may order, the feedback topics and
# the service points are kept in the process (core.reference).
CASE_PAGE_QUERIES = 12


def _case_page(client, case, queries):
    with exact_queries(queries):
        response = client.get(reverse("web:case", args=[case.reference]))
    assert response.status_code == 200


def test_case_page_query_count_does_not_grow_with_its_history(client, agent, expert, service):
    from luukku.cases.services import case_add_note, consultation_answer, consultation_ask

    customer = CustomerFactory()
    case = make_case(service=service, customer=customer)
    client.force_login(agent)
    client.get(reverse("web:case", args=[case.reference]))  # reads the kept lists
    _case_page(client, case, CASE_PAGE_QUERIES)
    # More entries by more people (one since gone), consultations answered and seen, other
    # cases of the same customer.
    leaver = UserFactory(is_active=False)
    for author in (agent, expert, leaver, UserFactory()):
        case_add_note(case=case, actor=author, body="Muistiinpano")
    for question in ("Kuka korjaa?", "Milloin?"):
        asked = consultation_ask(case=case, actor=agent, question=question, expert=expert)
        consultation_answer(consultation=asked, actor=expert, answer="Ensi viikolla.")
    for _ in range(5):
        make_case(service=service, customer=customer)
    client.get(reverse("web:case", args=[case.reference]))  # marks the answers seen, reads
    # the staff list again
    # Two more: the authors no longer in the staff list, read together, and the case's
    # consultations, now that it has some.
    _case_page(client, case, CASE_PAGE_QUERIES + 2)


# The customer search, however many it finds.
CUSTOMER_SEARCH_QUERIES = 8


def test_customer_search_query_count_does_not_grow_with_results(client, agent):
    client.force_login(agent)
    CustomerFactory(first_name="Sama")
    with exact_queries(CUSTOMER_SEARCH_QUERIES):
        client.get(reverse("web:customers"), {"q": "Sama"})
    for _ in range(20):
        CustomerFactory(first_name="Sama")
    with exact_queries(CUSTOMER_SEARCH_QUERIES):
        client.get(reverse("web:customers"), {"q": "Sama"})


def test_every_page_showing_a_customer_logs_the_view(client, agent):
    customer = CustomerFactory()
    client.force_login(agent)
    client.get(reverse("web:customer_edit", args=[customer.pk]))
    client.get(reverse("web:contact_new"), {"customer": customer.pk})
    contexts = set(
        AccessLogEntry.objects.filter(customer=customer, action="view").values_list(
            "context", flat=True
        )
    )
    assert contexts == {"customer_edit", "contact_log"}


def test_unknown_customer_pages_are_not_found(client, agent):
    client.force_login(agent)
    assert client.get(reverse("web:customer", args=[999999])).status_code == 404
    assert client.get(reverse("web:customer_edit", args=[999999])).status_code == 404
    assert client.post(reverse("web:customer_reveal", args=[999999])).status_code == 404
    assert client.get(reverse("web:contact_new"), {"customer": 999999}).status_code == 404
