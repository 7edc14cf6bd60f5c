"""The citizen site and the staff workspace answer errors with their own pages, in the
language of the address (not Django's debug or plain pages); the 500 page needs no database;
the interfaces (/open311/, /api/) are left to their own formats."""

import pytest
from django.test import Client, RequestFactory
from django.utils import translation

from luukku import errors

TITLES = {
    404: {"fi": "Sivua ei löytynyt", "sv": "Sidan hittades inte", "en": "Page not found"},
    500: {"fi": "Jokin meni vikaan", "sv": "Något gick fel", "en": "Something went wrong"},
}
PREFIX = {"fi": "", "sv": "/sv", "en": "/en"}
STAFF_BRAND = "Luukku · "  # the staff workspace's header; the citizen site's is the centre's


def _page(response, status, language):
    assert response.status_code == status
    page = response.content.decode()
    assert f'<html lang="{language}">' in page
    assert f"<h1>{TITLES[status][language]}</h1>" in page
    assert "Traceback" not in page and "DEBUG" not in page
    return page


@pytest.mark.django_db
@pytest.mark.parametrize("language", PREFIX)
def test_a_citizen_404_is_the_sites_own_page_in_its_language(client, language):
    prefix = PREFIX[language]
    page = _page(client.get(f"{prefix}/ei-tallaista-sivua/"), 404, language)
    assert 'class="main-nav"' in page and STAFF_BRAND not in page
    assert f'href="{prefix}/requests/"' in page  # a lost private link can be asked for again
    # The language links lead to the same address in the other languages.
    for other, other_prefix in PREFIX.items():
        assert f'href="{other_prefix}/ei-tallaista-sivua/" lang="{other}"' in page
    # A page that says "not found" itself (a private link that does not exist) too.
    _page(client.get(f"{prefix}/requests/{'x' * 43}/"), 404, language)


@pytest.mark.django_db
@pytest.mark.parametrize("language", PREFIX)
def test_a_staff_404_is_in_the_staff_layout_with_the_signed_in_menu(client, agent, language):
    prefix = PREFIX[language]
    page = _page(client.get(f"{prefix}/staff/ei-tallaista/"), 404, language)
    assert STAFF_BRAND in page and "nav-user" not in page  # not signed in: no menu
    client.force_login(agent)
    page = _page(client.get(f"{prefix}/staff/cases/LK-2000-000000/"), 404, language)
    assert STAFF_BRAND in page and "nav-user" in page
    assert f'href="{prefix}/staff/"' in page  # the inbox


@pytest.fixture
def failing(settings):
    settings.ROOT_URLCONF = "luukku.public.tests.urls_failing"
    return Client(raise_request_exception=False)


@pytest.mark.django_db
@pytest.mark.parametrize("language", PREFIX)
def test_a_500_on_either_site_is_its_own_page_in_its_language(failing, agent, language):
    prefix = PREFIX[language]
    page = _page(failing.get(f"{prefix}/fail/"), 500, language)
    assert 'class="main-nav"' in page and STAFF_BRAND not in page
    failing.force_login(agent)
    page = _page(failing.get(f"{prefix}/staff/fail/"), 500, language)
    assert STAFF_BRAND in page
    assert "nav-user" not in page  # drawn without the session or the database


@pytest.mark.parametrize("path", ["/sv/services/", "/en/staff/inbox/"])
def test_the_500_page_needs_no_database(path):
    """No database access is allowed in this test: the handler must not touch it."""
    language = path.split("/")[1]
    request = RequestFactory().get(path)
    with translation.override(language):
        response = errors.server_error(request)
    assert response.status_code == 500
    assert TITLES[500][language] in response.content.decode()


@pytest.mark.django_db
def test_403_400_and_an_expired_form_get_the_sites_pages(client, agent):
    client.force_login(agent)
    response = client.get("/sv/staff/handlers/")  # supervisors only
    assert response.status_code == 403
    page = response.content.decode()
    assert "Du får inte öppna den här sidan" in page and STAFF_BRAND in page
    response = client.get("/en/services/", HTTP_HOST="not-allowed.example")
    assert response.status_code == 400
    assert "The request could not be read" in response.content.decode()
    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/requests/", {"reference": "LK-2026-042754", "email": "a@b.fi"})
    assert response.status_code == 403
    page = response.content.decode()
    assert "Lomake oli vanhentunut" in page and STAFF_BRAND not in page


@pytest.mark.django_db
def test_the_interfaces_keep_their_own_error_formats(client, failing):
    for response in (
        client.get("/open311/v2/no-such-thing.json"),
        client.get("/api/v1/no-such-thing/"),
        failing.get("/open311/v2/fail.json"),
    ):
        assert response.status_code in {404, 500}
        assert "site-header" not in response.content.decode()
