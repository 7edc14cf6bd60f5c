"""The announcements' theme of the dashboard: sent, delivered, bounced and unsubscribed in
the period, day by day and per announcement, with tables beside charts in three languages."""

import datetime as dt

import pytest
import time_machine

from luukku.cases import notifications
from luukku.cases.models import OutboundMail
from luukku.core.testing.clock import at
from luukku.customers.tests.factories import CustomerFactory
from luukku.insights.announcements import announcements_theme
from luukku.insights.selectors import Filters
from luukku.relationships.announcements import announcement_create, announcement_send
from luukku.relationships.models import Unsubscription
from luukku.relationships.services import segment_member_add, segment_save

pytestmark = pytest.mark.django_db

NOW = at(2026, 3, 10, 15, 0)


@pytest.fixture
def sent(supervisor, run_tasks):
    customers = [CustomerFactory() for _ in range(3)]
    with time_machine.travel(NOW, tick=False):
        segment = segment_save(data={"name_fi": "Valitut", "rule": "hand_picked"}, by=supervisor)
        for customer in customers:
            segment_member_add(segment=segment, customer=customer, by=supervisor)
        announcement = announcement_create(
            segment=segment, data={"subject_fi": "Avustushaku", "body_fi": "Auki"}, by=supervisor
        )
        announcement_send(announcement=announcement, by=supervisor)
        run_tasks()
        mail = OutboundMail.objects.filter(recipient=customers[0].email).get()
        notifications.mail_bounced(mail=mail, recipients=[mail.recipient])
        Unsubscription.objects.create(customer=customers[1], at=NOW)
    return announcement


def test_the_figures_of_the_period(sent):
    summary, trend, per_announcement = announcements_theme(
        Filters(start=dt.date(2026, 3, 1), end=dt.date(2026, 3, 31))
    )
    assert [row[1].value for row in summary.rows] == [1, 3, 2, 1, 0, 1]
    [day] = [row for row in trend.rows if row[0].value == dt.date(2026, 3, 10)]
    assert [cell.value for cell in day[1:]] == [3, 2, 1, 0, 1]
    assert [cell.value for cell in per_announcement.rows[0]] == ["Avustushaku", 3, 2, 1, 0]
    before = announcements_theme(Filters(start=dt.date(2026, 2, 1), end=dt.date(2026, 2, 28)))
    assert before[0].rows[0][1].value == 0


@pytest.mark.parametrize(
    ("prefix", "tab"), [("", "Tiedotteet"), ("/sv", "Meddelanden"), ("/en", "Announcements")]
)
def test_a_theme_of_the_metrics(client, supervisor, sent, prefix, tab):
    client.force_login(supervisor)
    with time_machine.travel(NOW, tick=False):
        response = client.get(
            f"{prefix}/staff/metrics/?start=2026-03-01&end=2026-03-31&theme=announcements"
        )
    assert response.status_code == 200
    assert f'aria-current="page">{tab}</a>' in response.text
    assert '<svg class="chart"' in response.text
