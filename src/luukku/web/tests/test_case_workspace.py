"""The case page laid out for the work (issue 27): the latest message and the reply box before
the timeline, the status sent with the reply, the list the case was opened from kept through
the forms, "Send and open next", a reply template's text fetched for the case without a
reload, and each person's choice to turn the keyboard shortcuts off."""

import datetime as dt
from urllib.parse import urlencode

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from luukku.cases.models import Case, Channel, Status
from luukku.cases.tests.factories import make_case
from luukku.channels.services import contact_log
from luukku.customers.tests.factories import CustomerFactory
from luukku.knowledge.tests.factories import ReplyTemplateFactory
from luukku.organisation.models import User
from luukku.organisation.tests.factories import UserFactory
from luukku.privacy.models import AccessLogEntry

pytestmark = pytest.mark.django_db

LIST = "status=open&sort=due"


@pytest.fixture
def case(service):
    customer = CustomerFactory(first_name="Maija", last_name="M", email="maija@example.fi")
    return make_case(service=service, customer=customer, body="Katuvalo on pimeänä.")


def test_latest_message_and_reply_box_come_before_the_timeline(client, agent, case):
    client.force_login(agent)
    page = client.get(reverse("web:case", args=[case.reference])).content.decode()
    message = page.index('id="latest-heading"')
    reply = page.index('id="reply-heading"')
    answers = page.index('id="answers-heading"')
    timeline = page.index('id="timeline-heading"')
    assert message < reply < answers < timeline
    assert page.index("Katuvalo on pimeänä.") < reply
    # The status is chosen in the reply form, next to the two ways to send.
    form = page[reply : page.index("</form>", reply)]
    assert 'name="reply-status_after"' in form
    assert 'name="and_next" value="1"' in form
    # The rarely used actions are folded, not gone.
    assert '<details class="panel fold" id="forward">' in page
    assert 'action="' + reverse("web:case_forward", args=[case.reference]) + '"' in page


def test_an_anonymous_contact_resolved_at_first_contact_folds_its_reply_form(
    client, agent, service, case
):
    counter = contact_log(
        actor=agent, channel=Channel.COUNTER, service=service, note="Neuvottu", resolved=True
    )
    client.force_login(agent)
    page = client.get(reverse("web:case", args=[counter.reference])).content.decode()
    # What matters shows: resolved at first contact, by the agent who logged it.
    assert "Ratkaistu ensikontaktissa" in page
    assert "Ei käsittelijää" not in page
    # The reply form is folded (closed), still there to open.
    assert '<details class="panel fold reply-panel" id="reply">' in page
    reply = page.index('id="reply-heading"')
    assert page.rindex("<details", 0, reply) > page.rindex("</details>", 0, reply)
    assert 'action="' + reverse("web:case_reply", args=[counter.reference]) + '"' in page
    # A case with a customer to reply to keeps its reply box open.
    page = client.get(reverse("web:case", args=[case.reference])).content.decode()
    assert '<section class="panel reply-panel" aria-labelledby="reply-heading">' in page
    assert 'id="reply"' not in page


def test_the_list_is_kept_in_the_links_and_forms(client, agent, case):
    client.force_login(agent)
    url = reverse("web:case", args=[case.reference])
    page = client.get(url, {"list": LIST}).content.decode()
    assert f'href="{reverse("web:inbox")}?status=open&amp;sort=due"' in page
    kept = urlencode({"list": LIST}).replace("&", "&amp;")
    assert f"{reverse('web:case_next', args=[case.reference])}?{kept}&amp;direction=next" in page
    assert page.count('<input type="hidden" name="list" value="status=open&amp;sort=due">') >= 5
    without = client.get(url).content.decode()
    assert 'name="list"' not in without
    assert f'href="{reverse("web:inbox")}"' in without


def test_reply_and_status_change_in_one_post_come_back_to_the_case_in_its_list(client, agent, case):
    client.force_login(agent)
    response = client.post(
        reverse("web:case_reply", args=[case.reference]),
        {"reply-body": "Korjataan huomenna.", "reply-status_after": Status.RESOLVED, "list": LIST},
    )
    assert response.status_code == 302
    assert response["Location"] == (
        reverse("web:case", args=[case.reference]) + "?" + urlencode({"list": LIST})
    )
    case.refresh_from_db()
    assert case.status == Status.RESOLVED
    assert case.events.filter(kind="message_out", body="Korjataan huomenna.").exists()


MY_WORK = "queue=mine&sort=due"


def _my_work(service, agent) -> list:
    """Three cases of the agent's "My work", earliest due first."""
    cases = []
    for days in (1, 2, 3):
        made = make_case(service=service)
        Case.objects.filter(pk=made.pk).update(
            assignee=agent, due_at=timezone.now() + dt.timedelta(days=days)
        )
        cases.append(made)
    return cases


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_send_and_open_next_opens_the_case_after_the_resolved_one(client, agent, service, language):
    """The resolved case leaves "My work": the next case is still the one after it."""
    _first, second, third = _my_work(service, agent)
    client.force_login(agent)
    with translation.override(language):
        reply_url = reverse("web:case_reply", args=[second.reference])
        third_url = reverse("web:case", args=[third.reference])
    response = client.post(
        reply_url,
        {
            "reply-body": "Kiitos.",
            "reply-status_after": Status.RESOLVED,
            "list": MY_WORK,
            "and_next": "1",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == third_url + "?" + urlencode({"list": MY_WORK})
    second.refresh_from_db()
    assert second.status == Status.RESOLVED
    # The word on the next case names the case answered, not the one opened.
    page = client.get(response["Location"])
    shown = [str(message) for message in page.context["messages"]]
    saved = {
        "fi": f"Vastaus tallennettiin asiaan {second.reference}.",
        "sv": f"Svaret sparades i ärende {second.reference}.",
        "en": f"The reply was saved in case {second.reference}.",
    }
    assert shown == [saved[language]]


def test_change_and_open_next_opens_the_case_after_the_closed_one(client, agent, service):
    _first, second, third = _my_work(service, agent)
    client.force_login(agent)
    response = client.post(
        reverse("web:case_status", args=[second.reference]),
        {"status-status": Status.CLOSED, "list": MY_WORK, "and_next": "1"},
    )
    assert response["Location"] == (
        reverse("web:case", args=[third.reference]) + "?" + urlencode({"list": MY_WORK})
    )
    page = client.get(response["Location"])
    shown = [str(message) for message in page.context["messages"]]
    assert shown == [f"Asian {second.reference} tila muutettiin."]


def test_send_and_open_next_at_the_end_of_the_list_goes_back_to_the_list(client, agent, service):
    *_earlier, last = _my_work(service, agent)
    client.force_login(agent)
    response = client.post(
        reverse("web:case_reply", args=[last.reference]),
        {
            "reply-body": "Kiitos.",
            "reply-status_after": Status.RESOLVED,
            "list": MY_WORK,
            "and_next": "1",
        },
    )
    assert response["Location"] == reverse("web:inbox") + "?" + MY_WORK


def test_a_refused_reply_changes_nothing_and_keeps_the_text_and_the_list(client, agent, case):
    client.force_login(agent)
    response = client.post(
        reverse("web:case_reply", args=[case.reference]),
        {
            "reply-body": "x" * 20001,
            "reply-status_after": Status.RESOLVED,
            "list": LIST,
            "and_next": "1",
        },
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "x" * 20001 in page
    assert '<input type="hidden" name="list" value="status=open&amp;sort=due">' in page
    case.refresh_from_db()
    assert case.status != Status.RESOLVED


def test_template_text_is_filled_in_for_the_case_and_logged(client, agent, case):
    template = ReplyTemplateFactory(
        title="Katuvalon vika", body="Hei {customer_name}, tunnus {reference}.", language="fi"
    )
    client.force_login(agent)
    url = reverse("web:case_template_text", args=[case.reference, template.pk])
    response = client.get(url, {"rank": "2"}, headers={"HX-Request": "true"})
    assert response.status_code == 200
    page = response.content.decode()
    assert f"Hei Maija M, tunnus {case.reference}." in page
    assert f'data-template-id="{template.pk}" data-rank="2"' in page
    assert "<html" not in page  # a fragment, not a page
    assert AccessLogEntry.objects.filter(
        actor=agent, case=case, action="view", context="case_template"
    ).exists()


def test_template_text_is_refused_outside_the_persons_cases(
    client, case, sensitive_service, other_department
):
    template = ReplyTemplateFactory(body="Hei {customer_name}.")
    hidden = make_case(service=sensitive_service, customer=case.customer)
    outsider = UserFactory(role="agent", departments=[other_department])
    client.force_login(outsider)
    url = reverse("web:case_template_text", args=[hidden.reference, template.pk])
    assert client.get(url).status_code == 404
    assert not AccessLogEntry.objects.filter(actor=outsider, context="case_template").exists()
    inactive = ReplyTemplateFactory(is_active=False)
    client.force_login(UserFactory(role="agent"))
    missing = reverse("web:case_template_text", args=[case.reference, inactive.pk])
    assert client.get(missing).status_code == 404


def test_use_buttons_fetch_the_text_and_belong_to_the_reply_form(client, agent, case):
    template = ReplyTemplateFactory(title="Katuvalon vika", body="Hei.", service=case.service)
    client.force_login(agent)
    page = client.get(reverse("web:case", args=[case.reference]), {"list": LIST})
    page = page.content.decode()
    fragment = reverse("web:case_template_text", args=[case.reference, template.pk])
    assert f'hx-post="{fragment}?rank=1"' in page
    assert f'form="reply-form" name="use_template" value="{template.pk}:1"' in page
    assert "?template=" not in page


def test_template_text_posted_with_a_greeting_comes_without_its_own(client, agent, case):
    template = ReplyTemplateFactory(body="Hei {customer_name},\n\nKatuvalo korjataan.")
    client.force_login(agent)
    url = reverse("web:case_template_text", args=[case.reference, template.pk])
    response = client.post(url, {"reply-body": "Hei Maija,", "use_template": template.pk})
    page = response.content.decode()
    assert "<pre>Katuvalo korjataan.</pre>" in page
    empty = client.post(url, {"reply-body": ""}).content.decode()
    assert "<pre>Hei Maija M,\n\nKatuvalo korjataan.</pre>" in empty


def test_use_without_javascript_keeps_the_typed_text_and_sends_nothing(client, agent, case):
    template = ReplyTemplateFactory(
        title="Katuvalon vika", body="Hei {customer_name},\n\nKatuvalo korjataan.", language="fi"
    )
    client.force_login(agent)
    response = client.post(
        reverse("web:case_reply", args=[case.reference]),
        {
            "reply-body": "Hei Maija,\r\nKiitos viestistä.",
            "reply-status_after": Status.RESOLVED,
            "use_template": f"{template.pk}:2",
            "list": LIST,
        },
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Hei Maija,\nKiitos viestistä.\n\nKatuvalo korjataan.</textarea>" in page
    assert "Hei Maija M," not in page  # one greeting only
    assert f'name="reply-template" value="{template.pk}"' in page
    assert 'name="reply-suggested_rank" value="2"' in page
    assert f'<option value="{Status.RESOLVED}" selected>' in page
    assert '<input type="hidden" name="list" value="status=open&amp;sort=due">' in page
    case.refresh_from_db()
    assert case.status != Status.RESOLVED
    assert not case.events.filter(kind="message_out").exists()
    gone = client.post(
        reverse("web:case_reply", args=[case.reference]),
        {"reply-body": "Hei", "use_template": "999999"},
    )
    assert gone.status_code == 404
    assert not case.events.filter(kind="message_out").exists()


def test_keyboard_shortcuts_are_on_until_the_person_turns_them_off(client, agent, case):
    assert User.objects.get(pk=agent.pk).keyboard_shortcuts is True
    client.force_login(agent)
    case_url = reverse("web:case", args=[case.reference])
    assert "web/shortcuts.js" in client.get(case_url).content.decode()
    refused = client.post(reverse("web:settings"), {})
    assert refused.status_code == 400
    assert "Valitse, ovatko pikanäppäimet käytössä." in refused.content.decode()
    agent.refresh_from_db()
    assert agent.keyboard_shortcuts is True
    response = client.post(reverse("web:settings"), {"keyboard_shortcuts": "off"})
    assert response.status_code == 302
    agent.refresh_from_db()
    assert agent.keyboard_shortcuts is False
    page = client.get(case_url).content.decode()
    assert "web/shortcuts.js" not in page
    assert 'id="shortcut-help"' not in page
    client.post(reverse("web:settings"), {"keyboard_shortcuts": "on"})
    agent.refresh_from_db()
    assert agent.keyboard_shortcuts is True


def test_help_page_lists_the_shortcuts(client, agent):
    client.force_login(agent)
    page = client.get(reverse("web:help")).content.decode()
    for key in ("j", "k", "u", "t", "r", "n", "/", "?", "Ctrl+Enter", "Ctrl+Shift+Enter", "Esc"):
        assert f"<kbd>{key}</kbd>" in page
