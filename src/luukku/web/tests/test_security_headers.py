"""Security headers over the URL configurations: a strict Content-Security-Policy on every
answer, and Cache-Control: no-store on every answer that may show personal data (the staff
workspace, the admin, the REST API, a citizen's private links, answers to forms) while the
public catalogue stays cacheable."""

import base64
import hashlib
import html
import re
from pathlib import Path

import pytest
from django.urls import URLPattern, URLResolver, reverse

from luukku.api.models import ApiToken
from luukku.cases.tests.factories import make_case
from luukku.public import urls as public_urls
from luukku.web import urls as web_urls

from .test_case_mail import html_mail_case  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db

SOURCE = Path(__file__).resolve().parents[2]
# The citizens' pages reached only by a private link: never stored (the specification; the
# middleware's rule is the `token` argument).
PRIVATE_CITIZEN_PAGES = {
    "unsubscribe",
    "case_status",
    "case_attachment",
    "appointment",
    "appointment_calendar",
    "appointment_cancel",
    "appointment_reschedule",
    "queue_ticket",
    "queue_ticket_status",
    "queue_leave",
    "chat",
    "chat_state",
    "chat_send",
    "chat_seen",
    "chat_still_here",
    "chat_leave",
    "chat_transcript",
    "order_status",
    "survey",
    "shop_order",
    "shop_pay",
    "shop_return",
    "reservation",
    "reservation_calendar",
    "reservation_pay",
    "reservation_return",
    "reservation_cancel",
    "round_application",
    "round_application_withdraw",
    "course_registration",
    "course_registration_cancel",
    "course_registration_accept",
    "course_registration_pay",
    "course_registration_return",
    "own_page_sign_in",
    "case_resolved_notice",
}
# The citizen's own page, opened for a browser session by a one-time link: never stored.
PRIVATE_SESSION_PAGES = {"own_page", "own_page_sign_out"}


def _policy(response) -> dict[str, list[str]]:
    header = response.headers["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in header.split(";") if part.strip())
    }


def _not_stored(response) -> bool:
    return "no-store" in response.get("Cache-Control", "") and response.get("Pragma") == "no-cache"


def _patterns(module) -> list[URLPattern]:
    return [p for p in module.urlpatterns if isinstance(p, URLPattern | URLResolver)]


def test_the_policy_allows_no_inline_script_plugins_framing_or_foreign_forms(client):
    policy = _policy(client.get("/"))
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]  # no 'unsafe-inline', no nonce needed
    assert "'unsafe-inline'" not in policy["style-src"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]


def test_every_staff_and_citizen_page_without_arguments_has_the_policy(client, agent):
    client.force_login(agent)
    urls = [
        reverse(f"{namespace}:{p.name}")
        for namespace, module in (("web", web_urls), ("public", public_urls))
        for p in _patterns(module)
        if not p.pattern.converters
    ]
    urls += ["/en/staff/", "/sv/", "/no-such-page/", "/api/v1/cases/", "/open311/v2/services.json"]
    missing = [url for url in urls if "Content-Security-Policy" not in client.get(url).headers]
    assert len(urls) > 30 and missing == []


NEVER_SERVED = {"privacy/templates/privacy/subject_summary.html"}


def test_templates_carry_no_inline_script_event_handlers_or_style():
    """The policy would refuse them; the one <style> allowed (by its hash) is the mail frame's.
    Documents that are written into files and never served (the summary inside a data-subject
    export, opened from the archive on the person's own computer) carry their own style."""
    offending = []
    for template in SOURCE.glob("*/templates/**/*.html"):
        if template.relative_to(SOURCE).as_posix() in NEVER_SERVED:
            continue
        text = template.read_text()
        if template.name == "case_mail.html":
            text = text.replace("<style>{{ mail_frame_style }}</style>", "", 1)
        for found in re.finditer(
            r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/json\")[^>]*>"
            r"|\son[a-z]+\s*=|\sstyle\s*=|<style\b|javascript:",
            text,
        ):
            offending.append(f"{template.relative_to(SOURCE)}: {found.group(0).strip()}")
    assert offending == []


def test_the_mail_frame_s_own_style_is_allowed_by_its_hash(client, agent, html_mail_case):  # noqa: F811
    case, inbound = html_mail_case
    client.force_login(agent)
    response = client.get(reverse("web:case_mail", args=[case.reference, inbound.pk]))
    frame = html.unescape(re.search(r'srcdoc="([^"]*)"', response.text).group(1))
    styles = re.findall(r"<style>(.*?)</style>", frame, re.S)
    assert len(styles) == 1 and "<script" not in frame
    digest = base64.b64encode(hashlib.sha256(styles[0].encode()).digest()).decode()
    assert f"'sha256-{digest}'" in _policy(response)["style-src"]


def test_every_staff_page_is_never_stored(client, agent):
    client.force_login(agent)
    stored = [
        url
        for url in (
            reverse(f"web:{p.name}") for p in _patterns(web_urls) if not p.pattern.converters
        )
        if not _not_stored(client.get(url))
    ]
    assert stored == []
    assert _not_stored(client.get("/admin/"))
    case = make_case()
    assert _not_stored(client.get(reverse("web:case", args=[case.reference])))


def test_the_sign_in_page_and_a_sent_form_are_never_stored(client):
    assert _not_stored(client.get(reverse("web:login")))
    assert _not_stored(client.post(reverse("public:private_link"), {}))


def test_public_catalogue_pages_stay_cacheable(client, service):
    service.public = True
    service.save()
    public = [
        reverse(f"public:{p.name}")
        for p in _patterns(public_urls)
        if not p.pattern.converters and p.name not in PRIVATE_CITIZEN_PAGES | PRIVATE_SESSION_PAGES
    ]
    public.append(reverse("public:service", args=[service.code]))
    stored = [url for url in public if not _not_stored(client.get(url))]
    assert stored == public
    assert not _not_stored(client.get("/open311/v2/services.json"))
    for name in PRIVATE_SESSION_PAGES:
        assert _not_stored(client.get(reverse(f"public:{name}")))


def test_a_citizen_s_private_links_are_never_stored(client):
    case = make_case()
    names = {p.name for p in _patterns(public_urls) if "token" in p.pattern.converters}
    assert names == PRIVATE_CITIZEN_PAGES
    response = client.get(reverse("public:case_status", args=[case.token]))
    assert response.status_code == 200 and _not_stored(response)
    # An unknown token's 404 is not stored either.
    assert _not_stored(client.get(reverse("public:appointment", args=["unknown-token"])))


def test_rest_api_answers_are_never_stored(client, agent):
    token = ApiToken(user=agent, name="Puhelinjärjestelmä")
    key = token.issue()
    token.save()
    response = client.get("/api/v1/cases/", headers={"Authorization": f"Bearer {key}"})
    assert response.status_code == 200 and _not_stored(response)
