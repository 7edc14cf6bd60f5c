"""Data-subject requests from the customer page (export, erasure) and the retention page."""

import datetime as dt
import io
import json
import zipfile

import pytest
import time_machine
from django.urls import reverse

from luukku.cases.tests.factories import make_case
from luukku.core.testing.clock import at, on
from luukku.customers.models import Customer
from luukku.privacy.models import AccessLogEntry, RetentionRule, RetentionRun, SubjectRequest
from luukku.privacy.tests.conftest import closed_case

pytestmark = pytest.mark.django_db

NOW = at(2026, 12, 1, 12, 0)
OLD = NOW - dt.timedelta(days=800)


@pytest.fixture
def default_rule(db):
    return RetentionRule.objects.create(
        cases_after_days=730,
        appointments_after_days=365,
        basis="Tiedonhallintasuunnitelma 00.01.00: neuvonta 2 v",
    )


@pytest.fixture
def maija(db):
    return Customer.objects.create(
        first_name="Maija", last_name="Virtanen", email="maija@example.fi", phone="+358401234567"
    )


def test_supervisors_are_offered_the_requests_and_agents_are_refused_them(
    client, agent, supervisor, maija
):
    client.force_login(supervisor)
    page = client.get(reverse("web:customer", args=[maija.pk])).content.decode()
    assert reverse("web:customer_export", args=[maija.pk]) in page
    assert reverse("web:customer_erase", args=[maija.pk]) in page
    client.force_login(agent)
    page = client.get(reverse("web:customer", args=[maija.pk])).content.decode()
    assert reverse("web:customer_export", args=[maija.pk]) not in page
    for name in ("customer_export", "customer_erase"):
        assert client.get(reverse(f"web:{name}", args=[maija.pk])).status_code == 403
        assert client.post(reverse(f"web:{name}", args=[maija.pk])).status_code == 403
    assert client.get(reverse("web:retention")).status_code == 403
    assert not SubjectRequest.objects.exists()


def test_the_export_downloads_the_archive_in_the_language_chosen(client, supervisor, maija):
    client.force_login(supervisor)
    page = client.get(reverse("web:customer_export", args=[maija.pk])).content.decode()
    assert "Asiakkaan tietojen luovutus" in page and "Sisäiset muistiinpanot ovat mukana" in page
    response = client.post(reverse("web:customer_export", args=[maija.pk]), {"language": "sv"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith(
        f'attachment; filename="luukku-customer-{maija.pk}-'
    )
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert json.loads(archive.read("data.json"))["customer"]["email"] == "maija@example.fi"
    assert "Dina uppgifter" in archive.read("summary.html").decode()
    assert AccessLogEntry.objects.filter(
        customer=maija, actor=supervisor, context="subject_export"
    ).exists()


def test_a_bad_language_gets_the_page_again_and_exports_nothing(client, supervisor, maija):
    client.force_login(supervisor)
    response = client.post(reverse("web:customer_export", args=[maija.pk]), {"language": "de"})
    assert response.status_code == 400
    assert (
        "Valitse oikea vaihtoehto. de ei ole vaihtoehtojen joukossa." in response.content.decode()
    )
    assert not AccessLogEntry.objects.filter(context="subject_export").exists()


def test_the_erasure_page_lists_what_goes_what_stays_and_why_it_is_refused(
    client, supervisor, maija, service
):
    case = on(NOW - dt.timedelta(days=2), make_case, service=service, customer=maija)
    client.force_login(supervisor)
    with time_machine.travel(NOW, tick=False):
        page = client.get(reverse("web:customer_erase", args=[maija.pk])).content.decode()
        response = client.post(
            reverse("web:customer_erase", args=[maija.pk]),
            {"reason": "Pyyntö 1.12.2026", "confirm": "on"},
        )
    assert "Tietoja ei voi poistaa nyt" in page
    assert f"Asia {case.reference} on vielä auki." in page
    assert "Mitä anonymisoidaan" in page and "Mitä säilytetään ja miksi" in page
    assert 'name="reason"' not in page
    assert response.status_code == 400
    maija.refresh_from_db()
    assert maija.anonymised_at is None


def test_erasing_from_the_page(client, supervisor, agent, maija, service, default_rule):
    case = closed_case(service=service, customer=maija, agent=agent, closed_at=OLD)
    client.force_login(supervisor)
    url = reverse("web:customer_erase", args=[maija.pk])
    with time_machine.travel(NOW, tick=False):
        missing = client.post(url, {"reason": "", "confirm": "on"})
        assert missing.status_code == 400
        response = client.post(url, {"reason": "Pyyntö 1.12.2026", "confirm": "on"})
    assert response.status_code == 302
    maija.refresh_from_db()
    case.refresh_from_db()
    assert maija.anonymised_at == NOW and case.anonymised_at == NOW
    page = client.get(response["Location"]).content.decode()
    assert "Anonymisoitu 1.12.2026" in page and "Maija" not in page


def test_the_retention_page_shows_the_rules_and_makes_a_dry_run(
    client, supervisor, agent, maija, service, default_rule
):
    case = closed_case(service=service, customer=maija, agent=agent, closed_at=OLD)
    client.force_login(supervisor)
    with time_machine.travel(NOW, tick=False):
        page = client.get(reverse("web:retention")).content.decode()
        response = client.post(reverse("web:retention_dry_run"), follow=True)
    assert "Tiedonhallintasuunnitelma 00.01.00" in page and "Ei vielä yhtään." in page
    assert "Koeajo tehty, mitään ei muutettu. Erääntyneitä asioita on 1" in (
        response.content.decode()
    )
    assert RetentionRun.objects.get().dry_run
    case.refresh_from_db()
    assert case.anonymised_at is None


def test_the_metrics_show_what_was_anonymised_by_month_and_what_is_due(
    client, supervisor, agent, maija, service, default_rule
):
    closed_case(service=service, customer=maija, agent=agent, closed_at=OLD)
    RetentionRun.objects.create(
        started_at=at(2026, 11, 3, 2, 0), cases_anonymised=7, appointments_anonymised=2
    )
    client.force_login(supervisor)
    with time_machine.travel(NOW, tick=False):
        page = client.get(reverse("web:dashboard") + "?preset=30&theme=retention").content.decode()
    assert "Anonymisoitavana nyt: 1 asiaa, 0 ajanvarausta ja takaisinsoittoa." in page
    assert '<th scope="row">marraskuu 2026</th><td>7</td><td>2</td>' in page
