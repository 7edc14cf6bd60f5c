"""The staff pages of segments and announcements, and the citizen's unsubscribe page: who
may do what, the access log of every list and export, bad input shown with nothing changed,
the unsubscribe link (a bad token not found, twice as good as once)."""

import io

import pytest
import time_machine
from django.urls import reverse
from openpyxl import load_workbook

from luukku.core.testing.clock import at
from luukku.customers.tests.factories import CustomerFactory
from luukku.organisation.tests.factories import UserFactory
from luukku.privacy.models import AccessLogEntry
from luukku.relationships.announcements import announcement_create, announcement_send
from luukku.relationships.models import Announcement, Delivery, Segment, Unsubscription
from luukku.relationships.services import segment_member_add, segment_save

pytestmark = pytest.mark.django_db

NOW = at(2026, 5, 12, 10, 0)


@pytest.fixture
def associations(supervisor):
    CustomerFactory(
        kind="organisation", organisation_name="Imatran Kamerat ry", sector="association"
    )
    CustomerFactory(
        kind="organisation", organisation_name="Vuoksen Soutajat ry", sector="association"
    )
    return segment_save(
        data={
            "name_fi": "Yhdistykset",
            "name_sv": "Föreningar",
            "rule": "sector",
            "sector": "association",
        },
        by=supervisor,
    )


def test_an_agent_sees_the_members_and_the_view_is_logged(client, agent, associations):
    client.force_login(agent)
    page = client.get(reverse("web:segments")).content.decode()
    assert "Yhdistykset" in page and reverse("web:segment_new") not in page
    page = client.get(reverse("web:segment", args=[associations.pk])).content.decode()
    assert "Imatran Kamerat ry" in page and "Vuoksen Soutajat ry" in page
    assert AccessLogEntry.objects.filter(actor=agent, context="segment_page", count=2).exists()
    assert client.get(reverse("web:segment_new")).status_code == 403
    export = reverse("web:segment_export", args=[associations.pk])
    assert client.get(export, {"format": "csv"}).status_code == 403


def test_an_expert_sees_no_segments(client, expert, associations):
    client.force_login(expert)
    assert client.get(reverse("web:segments")).status_code == 403
    assert client.get(reverse("web:segment", args=[associations.pk])).status_code == 403


def test_a_supervisor_makes_a_segment_and_a_bad_one_is_refused(client, supervisor):
    client.force_login(supervisor)
    bad = client.post(reverse("web:segment_new"), {"name_fi": "Sisäiset", "rule": "department"})
    assert bad.status_code == 400 and not Segment.objects.exists()
    assert "Tämä sääntö tarvitsee tämän valinnan." in bad.content.decode()
    made = client.post(
        reverse("web:segment_new"),
        {"name_fi": "Ruotsinkieliset", "rule": "language", "language": "sv"},
    )
    segment = Segment.objects.get()
    assert made.url == reverse("web:segment", args=[segment.pk])


def test_the_export_is_logged_and_holds_the_members(client, supervisor, associations):
    client.force_login(supervisor)
    url = reverse("web:segment_export", args=[associations.pk])
    csv = client.get(url, {"format": "csv"}).content.decode("utf-8-sig")
    assert "Imatran Kamerat ry" in csv.splitlines()[1]
    workbook = load_workbook(io.BytesIO(client.get(url, {"format": "xlsx"}).content))
    names = [row[0] for row in workbook.active.iter_rows(min_row=4, values_only=True)]
    assert names == ["Imatran Kamerat ry", "Vuoksen Soutajat ry"]
    assert AccessLogEntry.objects.filter(context="segment_export", count=2).count() == 2
    assert client.get(url, {"format": "pdf"}).status_code == 400


def test_hand_picking_from_the_search(client, supervisor):
    segment = segment_save(data={"name_fi": "Valitut", "rule": "hand_picked"}, by=supervisor)
    customer = CustomerFactory(first_name="Saara", last_name="Saimaa")
    client.force_login(supervisor)
    page = client.get(reverse("web:segment", args=[segment.pk]), {"q": "Saimaa"})
    action = reverse("web:segment_member", args=[segment.pk, customer.pk])
    assert f'action="{action}"' in page.content.decode()
    assert AccessLogEntry.objects.filter(context="segment_pick", count=1).exists()
    client.post(reverse("web:segment_member", args=[segment.pk, customer.pk]))
    assert segment.members.filter(customer=customer).exists()
    client.post(reverse("web:segment_member", args=[segment.pk, customer.pk]), {"remove": "1"})
    assert not segment.members.exists()


def test_write_confirm_and_send(client, supervisor, associations, run_tasks):
    client.force_login(supervisor)
    url = reverse("web:announcement_new", args=[associations.pk])
    bad = client.post(url, {"subject_fi": "", "body_fi": "Teksti"})
    assert bad.status_code == 400 and not Announcement.objects.exists()
    response = client.post(url, {"subject_fi": "Avustushaku", "body_fi": "Haku on auki."})
    announcement = Announcement.objects.get()
    confirm = client.get(response.url).content.decode()
    assert 'id="recipients">2<' in confirm and 'id="send"' in confirm
    assert AccessLogEntry.objects.filter(context="announcement_confirm", count=2).exists()
    client.post(response.url)
    assert Delivery.objects.count() == 2
    client.post(response.url)  # sent once: a message, nothing more
    assert Delivery.objects.count() == 2
    run_tasks()
    assert 'id="delivered">2<' in client.get(response.url).content.decode()
    announcement.refresh_from_db()
    assert announcement.sent_by == supervisor


def test_an_agent_may_not_send(client, agent, associations, supervisor):
    announcement = announcement_create(
        segment=associations, data={"subject_fi": "A", "body_fi": "B"}, by=supervisor
    )
    client.force_login(agent)
    assert client.post(reverse("web:announcement", args=[announcement.pk])).status_code == 403
    assert not Delivery.objects.exists()


def test_unsubscribe_without_signing_in(client, supervisor):
    customer = CustomerFactory()
    segment = segment_save(data={"name_fi": "Valitut", "rule": "hand_picked"}, by=supervisor)
    segment_member_add(segment=segment, customer=customer, by=supervisor)
    announcement = announcement_create(
        segment=segment, data={"subject_fi": "A", "body_fi": "B"}, by=supervisor
    )
    with time_machine.travel(NOW, tick=False):
        announcement_send(announcement=announcement, by=supervisor)
    delivery = Delivery.objects.get()
    url = reverse("public:unsubscribe", args=[delivery.token])
    assert f'action="{url}"' in client.get(url).content.decode()
    assert not Unsubscription.objects.exists()  # a look changes nothing
    assert client.get(reverse("public:unsubscribe", args=["x" * 43])).status_code == 404
    with time_machine.travel(NOW, tick=False):
        # A mail program's one-click POST (no CSRF token), then the person's own, twice.
        client.handlers_enforce_csrf = True
        assert client.post(url, {"List-Unsubscribe": "One-Click"}).status_code == 200
        assert client.post(url).status_code == 200
    [unsubscription] = Unsubscription.objects.all()
    assert (unsubscription.customer, unsubscription.at) == (customer, NOW)
    assert AccessLogEntry.objects.filter(context="announcement_unsubscribe").count() == 1
    staff = UserFactory(role="agent")
    client.force_login(staff)
    page = client.get(reverse("web:customer", args=[customer.pk])).content.decode()
    assert 'id="unsubscribed"' in page
