"""The inbox as a work queue in the browser's terms: queue links with counts, case links that
carry the list, next and previous, take, bulk actions and saved views (without JavaScript)."""

import datetime as dt
from urllib.parse import quote, urlencode

import pytest
import time_machine
from django.contrib.messages import get_messages
from django.urls import reverse

from luukku.cases.models import Case, CaseEvent, SavedView, Status
from luukku.cases.tests.factories import make_case
from luukku.organisation.tests.factories import TeamFactory

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def clock():
    with time_machine.travel(NOW, tick=False):
        yield


def _mine(service, agent, days):
    case = make_case(service=service)
    Case.objects.filter(pk=case.pk).update(assignee=agent, due_at=NOW + dt.timedelta(days=days))
    return case


def _messages(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


def test_the_inbox_opens_on_my_work_with_a_count_on_each_queue(client, agent, service):
    mine = _mine(service, agent, 1)
    other = make_case(service=service)
    client.force_login(agent)
    page = client.get(reverse("web:inbox")).content.decode()
    assert mine.reference in page and other.reference not in page
    assert 'aria-current="page">Omat työt <span class="queue-count">1</span>' in page
    assert 'Kaikki avoimet <span class="queue-count">2</span>' in page
    link = reverse("web:case", args=[mine.reference]) + "?list=" + quote("queue=mine", safe="")
    assert f'href="{link}" data-shortcut="j"' in page  # j on the list opens the first case
    assert 'data-shortcut="/"' in page


def test_next_and_previous_keep_the_list(client, agent, service):
    first, second = _mine(service, agent, 1), _mine(service, agent, 2)
    client.force_login(agent)
    url = reverse("web:case_next", args=[first.reference])
    response = client.get(url, {"list": "queue=mine", "direction": "next"})
    assert response.url == reverse("web:case", args=[second.reference]) + "?list=queue%3Dmine"
    response = client.get(
        reverse("web:case_next", args=[second.reference]),
        {"list": "queue=mine", "direction": "previous"},
    )
    assert response.url == reverse("web:case", args=[first.reference]) + "?list=queue%3Dmine"
    response = client.get(
        reverse("web:case_next", args=[second.reference]), {"list": "queue=mine&sort=due"}
    )
    assert response.url == reverse("web:inbox") + "?queue=mine&sort=due"
    assert _messages(response) == ["Tässä listassa ei ole enempää asioita."]


def test_take_assigns_the_case_and_returns_to_it_with_the_list(client, agent, service):
    case = make_case(service=service)
    client.force_login(agent)
    response = client.post(reverse("web:case_take", args=[case.reference]), {"list": "queue=team"})
    assert response.url == reverse("web:case", args=[case.reference]) + "?list=queue%3Dteam"
    case.refresh_from_db()
    assert case.assignee == agent


def _bulk(client, **data):
    return client.post(reverse("web:cases_bulk"), {"list": "queue=all_open", **data})


def test_bulk_status_change_works_without_javascript(client, agent, service):
    cases = [make_case(service=service) for _ in range(3)]
    client.force_login(agent)
    response = _bulk(
        client, cases=[c.reference for c in cases[:2]], action="status", status=Status.OPEN
    )
    assert response.url == reverse("web:inbox") + "?queue=all_open"
    assert _messages(response) == ["2 asiaa muutettiin."]
    assert list(Case.objects.order_by("pk").values_list("status", flat=True)) == [
        Status.OPEN,
        Status.OPEN,
        Status.NEW,
    ]


def test_select_all_on_the_page_takes_every_case_of_the_page(client, agent, service):
    cases = [make_case(service=service) for _ in range(2)]
    client.force_login(agent)
    _bulk(
        client,
        all_on_page="on",
        page_cases=[c.reference for c in cases],
        action="note",
        body="Sama vastaus kaikille",
    )
    assert CaseEvent.objects.filter(kind=CaseEvent.Kind.NOTE).count() == 2


def test_a_refused_bulk_action_changes_nothing_and_says_why(
    client, agent, service, sensitive_service
):
    plain, secret = make_case(service=service), make_case(service=sensitive_service)
    client.force_login(agent)
    events = CaseEvent.objects.count()
    response = _bulk(
        client, cases=[plain.reference, secret.reference], action="status", status=Status.OPEN
    )
    (message,) = _messages(response)
    assert secret.reference in message and "Mitään ei muutettu" in message
    assert CaseEvent.objects.count() == events
    assert set(Case.objects.values_list("status", flat=True)) == {Status.NEW}
    response = _bulk(client, action="status", status=Status.OPEN)
    assert _messages(response)[-1] == "Valitse vähintään yksi asia."


def test_bulk_merge_goes_to_the_merge_page_with_the_cases(client, agent, service):
    first, second = make_case(service=service), make_case(service=service)
    client.force_login(agent)
    response = _bulk(client, cases=[first.reference, second.reference], action="merge")
    query = urlencode([("cases", first.reference), ("cases", second.reference)])
    assert response.url == reverse("web:cases_merge") + "?" + query


def test_a_view_is_saved_shared_and_a_duplicate_refused(client, agent):
    team = TeamFactory()
    team.members.add(agent)
    client.force_login(agent)
    url = reverse("web:saved_view_new")
    response = client.post(url, {"name": "Puhelut", "query": "queue=all_open&channel=phone"})
    assert response.url == reverse("web:inbox") + "?queue=all_open&channel=phone"
    client.post(url, {"name": "Puhelut", "team": team.pk, "query": "channel=phone"})
    response = client.post(url, {"name": "puhelut", "query": "queue=mine"})
    assert _messages(response)[-1] == "Samanniminen näkymä on jo olemassa."
    assert SavedView.objects.count() == 2
    page = client.get(reverse("web:inbox")).content.decode()
    assert "Puhelut" in page and f"({team.name})" in page


def test_only_the_maker_renames_or_deletes_a_view(client, agent, supervisor):
    view = SavedView.objects.create(owner=supervisor, name="Esihenkilön", query="queue=")
    client.force_login(agent)
    url = reverse("web:saved_view_change", args=[view.pk])
    assert client.post(url, {"action": "delete"}).status_code == 404
    client.force_login(supervisor)
    response = client.post(url, {"action": "rename", "name": ""})
    assert _messages(response) == ["Anna näkymälle nimi."]
    client.post(url, {"action": "rename", "name": "Kaikki"})
    assert SavedView.objects.get().name == "Kaikki"
    client.post(url, {"action": "delete"})
    assert not SavedView.objects.exists()


@pytest.mark.parametrize("missing", [[], ["XX-2026-999999"]])
def test_a_case_outside_my_scope_fails_the_whole_bulk_action_like_a_missing_one(
    client, agent, service, sensitive_service, missing
):
    """The bulk action reads only the person's visible cases: a sensitive case of another
    department is answered as a reference that does not exist (it tells nothing of the case),
    and nothing of the others is changed."""
    plain, secret = make_case(service=service), make_case(service=sensitive_service)
    client.force_login(agent)
    events = CaseEvent.objects.count()
    chosen = [plain.reference, secret.reference, *missing]
    response = _bulk(client, cases=chosen, action="status", status=Status.OPEN)
    named = ", ".join([secret.reference, *missing])
    assert _messages(response) == [
        f"Asiaa {named} ei löydy, tai sinulla ei ole oikeutta muuttaa sitä. Mitään ei muutettu."
    ]
    assert CaseEvent.objects.count() == events
    assert set(Case.objects.values_list("status", flat=True)) == {Status.NEW}


def test_the_bulk_bar_is_above_the_list_with_a_live_count(client, agent, service):
    """The actions are reached before the rows, and the count of the chosen cases is read
    out politely in the person's language (the script fills the number in)."""
    make_case(service=service)
    client.force_login(agent)
    page = client.get(reverse("web:inbox"), {"queue": "all_open"}).content.decode()
    bar, count, table = (
        page.index('<details class="bulk" id="bulk-actions">'),
        page.index('id="bulk-count"'),
        page.index('<table class="inbox">'),
    )
    assert bar < count < table
    assert page.index('id="id_all_on_page"') < table
    assert (
        '<span class="bulk-count" id="bulk-count" aria-live="polite" data-none="Ei valittuja'
        ' asioita" data-one="%(count)s asia valittu" data-many="%(count)s asiaa valittu"></span>'
    ) in page
    assert '<script src="/static/web/inbox.js" defer></script>' in page


def test_the_filters_and_bulk_actions_are_folded_until_needed(client, agent, service):
    """The list is on the first screen: the filters are folded while only the queue is
    chosen, open with a filter set and say which are on; the bulk actions are folded too,
    the search stays at hand."""
    make_case(service=service)
    client.force_login(agent)
    page = client.get(reverse("web:inbox"), {"queue": "all_open"}).content.decode()
    assert '<details class="filters-fold">' in page
    assert '<details class="bulk" id="bulk-actions">' in page
    assert page.index('id="id_q"') < page.index('<details class="filters-fold">')
    assert page.index('id="id_queue"') > page.index('<details class="filters-fold">')

    query = {"queue": "all_open", "status": Status.NEW, "service": service.pk}
    page = client.get(reverse("web:inbox"), query).content.decode()
    assert '<details class="filters-fold" open>' in page
    assert f"Tila: Uusi · Palvelu: {service.name}" in page
    searched = client.get(reverse("web:inbox"), {"queue": "mine", "q": "valo"})
    assert '<details class="filters-fold">' in searched.content.decode()


def test_my_work_puts_the_cases_waiting_for_the_customer_last(client, agent, service):
    """The first rows of My work need action (and `j` opens one of them): a case waiting for
    the customer stays in the queue and its count, after the others; next follows it."""
    waiting, later = _mine(service, agent, 1), _mine(service, agent, 2)
    Case.objects.filter(pk=waiting.pk).update(status=Status.WAITING_CUSTOMER)
    client.force_login(agent)
    page = client.get(reverse("web:inbox")).content.decode()
    assert 'aria-current="page">Omat työt <span class="queue-count">2</span>' in page
    assert page.index(later.reference) < page.index(waiting.reference)
    link = reverse("web:case", args=[later.reference]) + "?list=" + quote("queue=mine", safe="")
    assert f'href="{link}" data-shortcut="j"' in page
    response = client.get(reverse("web:case_next", args=[later.reference]), {"list": "queue=mine"})
    assert response.url == reverse("web:case", args=[waiting.reference]) + "?list=queue%3Dmine"
    # Sorted otherwise by choice, the list keeps that order alone.
    page = client.get(reverse("web:inbox"), {"queue": "mine", "sort": "oldest"})
    assert page.content.decode().index(waiting.reference) < page.content.decode().index(
        later.reference
    )
