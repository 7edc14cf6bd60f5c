"""The merge page, the case page's merge panel, and where merged cases lead."""

import datetime as dt

import pytest
import time_machine
from django.urls import reverse as reverse_fi
from django.utils import translation

from luukku.cases.models import CaseMerge, Status
from luukku.cases.services import cases_merge
from luukku.cases.tests.factories import make_case
from luukku.core.testing.queries import exact_queries
from luukku.customers.tests.factories import CustomerFactory
from luukku.organisation.tests.factories import TeamFactory

pytestmark = pytest.mark.django_db

MORNING = dt.datetime(2026, 12, 2, 8, 0, tzinfo=dt.UTC)
# "Merge with…" searched: the session, the case, both lists and their two log entries.
QUERIES_CHOOSER = 12


def reverse(name, args=None):
    """The English page (the texts the tests read are English)."""
    with translation.override("en"):
        return reverse_fi(name, args=args)


@pytest.fixture
def pair(service):
    customer = CustomerFactory(email="maija@example.fi")
    with time_machine.travel(MORNING - dt.timedelta(hours=2), tick=False):
        first = make_case(service=service, customer=customer, body="Valo ei pala.")
        second = make_case(service=service, customer=customer, body="Sama valo.")
    return first, second


def _url(*references):
    return reverse("web:cases_merge") + "?" + "&".join(f"cases={ref}" for ref in references)


@time_machine.travel(MORNING, tick=False)
def test_the_page_shows_the_cases_side_by_side_and_merges(client, agent, pair):
    first, second = pair
    client.force_login(agent)
    page = client.get(_url(first.reference, second.reference))
    assert page.status_code == 200
    assert "Valo ei pala." in page.text and "Sama valo." in page.text
    data = {"cases": [first.reference, second.reference], "survivor": second.reference}
    response = client.post(reverse("web:cases_merge"), data)
    assert response.status_code == 302
    assert response.url == reverse("web:case", args=[second.reference])
    first.refresh_from_db()
    assert first.status == Status.CLOSED
    case_page = client.get(reverse("web:case", args=[second.reference])).text
    assert f"Undo the merge of {first.reference}" in case_page
    assert f"from case {first.reference}" in case_page
    assert second.reference in client.get(reverse("web:case", args=[first.reference])).text


@pytest.mark.parametrize(
    "references, message",
    [
        (["LK-2026-999999", "second"], "No case LK-2026-999999"),
        (["LK-2026-999999"], "No case LK-2026-999999"),
    ],
)
@time_machine.travel(MORNING, tick=False)
def test_bad_choices_get_a_clear_error_and_change_nothing(client, agent, pair, references, message):
    first, second = pair
    named = {"one": first.reference, "second": second.reference}
    client.force_login(agent)
    response = client.get(_url(*[named.get(ref, ref) for ref in references]))
    assert response.status_code == 400
    assert message in response.text
    assert not CaseMerge.objects.exists()


@time_machine.travel(MORNING, tick=False)
def test_a_case_already_merged_is_refused_on_post(client, agent, pair, service):
    first, second = pair
    cases_merge(cases=[first, second], survivor=second, actor=agent)
    third = make_case(service=service, customer=first.customer)
    client.force_login(agent)
    data = {"cases": [first.reference, third.reference], "survivor": third.reference}
    response = client.post(reverse("web:cases_merge"), data)
    assert response.status_code == 400
    assert "already been merged" in response.text
    assert CaseMerge.objects.count() == 1


@time_machine.travel(MORNING, tick=False)
def test_different_customers_need_the_confirmation(client, agent, service, pair):
    first = pair[0]
    other = make_case(service=service, customer=CustomerFactory())
    client.force_login(agent)
    data = {"cases": [first.reference, other.reference], "survivor": first.reference}
    response = client.post(reverse("web:cases_merge"), data)
    assert response.status_code == 400
    assert "different customers" in response.text
    assert not CaseMerge.objects.exists()
    response = client.post(reverse("web:cases_merge"), data | {"customers_confirmed": "on"})
    assert response.status_code == 302
    assert CaseMerge.objects.count() == 1


@time_machine.travel(MORNING, tick=False)
def test_a_sensitive_case_is_not_offered_to_those_who_may_not_see_it(
    client, agent, service, sensitive_service
):
    customer = CustomerFactory()
    plain = make_case(service=service, customer=customer)
    sensitive = make_case(service=sensitive_service, customer=customer)
    client.force_login(agent)
    response = client.get(_url(plain.reference, sensitive.reference))
    assert response.status_code == 400
    assert sensitive.subject not in response.text


@time_machine.travel(MORNING, tick=False)
def test_undo_from_the_case_page_on_the_same_day_only(client, agent, pair):
    first, second = pair
    [merge] = cases_merge(cases=[first, second], survivor=second, actor=agent)
    client.force_login(agent)
    url = reverse("web:case_merge_undo", args=[second.reference, merge.pk])
    with time_machine.travel(MORNING + dt.timedelta(days=1), tick=False):
        client.force_login(agent)
        refused = client.post(url, follow=True)
    assert "only on the day" in refused.text
    merge.refresh_from_db()
    assert merge.undone_at is None
    client.force_login(agent)
    response = client.post(url)
    assert response.status_code == 302
    merge.refresh_from_db()
    first.refresh_from_db()
    assert merge.undone_at is not None and first.status != Status.CLOSED


@time_machine.travel(MORNING, tick=False)
def test_the_old_private_link_leads_to_the_surviving_case(client, agent, pair):
    first, second = pair
    cases_merge(cases=[first, second], survivor=second, actor=agent)
    response = client.get(reverse("public:case_status", args=[first.token]))
    assert response.status_code == 302
    assert response.url == reverse("public:case_status", args=[second.token])


@time_machine.travel(MORNING, tick=False)
def test_open311_answers_a_merged_request_with_the_surviving_one(client, agent, pair, service):
    first, second = pair
    service.requests_public = True
    service.save(update_fields=["requests_public"])
    url = f"/open311/v2/requests/{first.reference}.json"
    assert client.get(url).json()[0]["service_request_id"] == first.reference
    cases_merge(cases=[first, second], survivor=second, actor=agent)
    assert client.get(url).json()[0]["service_request_id"] == second.reference


def _choose(client, case, text=None):
    query = {"cases": case.reference} | ({"q": text} if text is not None else {})
    return client.get(reverse("web:cases_merge"), query)


@time_machine.travel(MORNING, tick=False)
def test_merge_with_proposes_the_likely_duplicates_first(client, agent, pair, service):
    first, second = pair
    client.force_login(agent)
    page = _choose(client, first)
    assert page.status_code == 200
    compare = _url(first.reference, second.reference).replace("&", "&amp;")
    assert f'href="{compare}">Compare with {second.reference}</a>' in page.text
    assert "Same customer" in page.text


@time_machine.travel(MORNING, tick=False)
def test_merge_with_a_short_number_lists_the_cases_to_choose_from(client, agent, pair):
    first, second = pair
    number = second.reference.rsplit("-", 1)[1].lstrip("0") or "0"
    client.force_login(agent)
    page = _choose(client, first, number)
    assert page.status_code == 200
    assert f"Compare with {second.reference}" in page.text.split("Likely duplicates")[0]
    # A whole reference leads straight to the comparison.
    response = _choose(client, first, second.reference.lower())
    assert response.status_code == 302
    assert response.url == _url(first.reference, second.reference)


@time_machine.travel(MORNING, tick=False)
def test_merge_with_nothing_found_says_so_and_never_shows_a_hidden_case(
    client, agent, pair, sensitive_service
):
    first = pair[0]
    secret = make_case(service=sensitive_service, customer=first.customer, subject="Salainen")
    client.force_login(agent)
    for text in ("999999", secret.reference):
        page = _choose(client, first, text)
        assert page.status_code == 200
        assert f"No case that you may see matches “{text}”" in page.text
        assert f"Compare with {secret.reference}" not in page.text
        assert secret.subject not in page.text.split("Likely duplicates")[1]


@time_machine.travel(MORNING, tick=False)
def test_merge_with_costs_the_same_with_more_duplicates(client, agent, pair, service):
    """The chooser reads its lists in a fixed number of statements, however many rows."""
    first = pair[0]
    client.force_login(agent)
    _choose(client, first, "valo")  # what a server process keeps (core.reference)
    with exact_queries(QUERIES_CHOOSER):
        _choose(client, first, "valo")
    for _ in range(3):
        make_case(service=service, customer=first.customer)
    with exact_queries(QUERIES_CHOOSER):
        _choose(client, first, "valo")


@time_machine.travel(MORNING, tick=False)
def test_the_comparison_names_each_cases_handler_and_team(client, agent, pair):
    """Whose case each one is, side by side; the table scrolls as a labelled region that the
    keyboard reaches on a narrow screen."""
    first, second = pair
    team = TeamFactory(name="Katuvalotiimi")
    first.assignee, first.team = agent, team
    first.save(update_fields=["assignee", "team"])
    client.force_login(agent)
    page = client.get(_url(first.reference, second.reference)).text
    row = page[page.index('<th scope="row">Handler</th>') :]
    row = row[: row.index("</tr>")]
    assert f'<td>{agent} <span class="muted">(Katuvalotiimi)</span></td><td>–</td>' in row
    assert (
        '<div class="table-scroll" tabindex="0" role="region"'
        ' aria-label="The cases side by side">' in page
    )


@time_machine.travel(MORNING, tick=False)
def test_swedish_says_slå_samman_everywhere_and_english_an_ellipsis(client, agent, pair):
    first = pair[0]
    client.force_login(agent)
    case_page = client.get(reverse("web:case", args=[first.reference]))
    assert "Merge with…" in case_page.text and "Merge with..." not in case_page.text
    with translation.override("sv"):
        case_page = client.get(reverse_fi("web:case", args=[first.reference])).text
        inbox = client.get(reverse_fi("web:inbox"), {"queue": "all_open"}).text
    assert "Slå samman med…" in case_page
    assert ">Slå samman</button>" in inbox
    assert "ihop" not in case_page + inbox


@time_machine.travel(MORNING, tick=False)
def test_the_case_page_shows_the_timelines_of_merges_of_merges(client, agent, pair, service):
    """The merge panel's merges tell the timeline which cases were merged in; those merged
    into them are found too, and an undone merge leaves its case's entries out."""
    first, second = pair
    third = make_case(service=service, customer=first.customer, body="Kolmas viesti.")
    fourth = make_case(service=service, customer=first.customer, body="Neljäs viesti.")
    cases_merge(cases=[first, second], survivor=second, actor=agent)
    [undone] = cases_merge(cases=[fourth, third], survivor=third, actor=agent)
    cases_merge(cases=[second, third], survivor=third, actor=agent)
    client.force_login(agent)
    page = client.get(reverse("web:case", args=[third.reference])).text
    assert "Valo ei pala." in page and "Sama valo." in page and "Neljäs viesti." in page
    client.post(reverse("web:case_merge_undo", args=[third.reference, undone.pk]))
    page = client.get(reverse("web:case", args=[third.reference])).text
    assert "Valo ei pala." in page and "Sama valo." in page
    assert "Neljäs viesti." not in page
