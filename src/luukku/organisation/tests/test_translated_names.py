"""Team names and job titles in three languages: a city admin keeps them in the admin, the
staff workspace shows teams in its reader's language and replies carry the title in the
customer's (cases/tests/test_reply_signature.py)."""

import pytest
from django.urls import reverse

from luukku.cases.services import case_assign
from luukku.cases.tests.factories import make_case
from luukku.organisation.tests.factories import TeamFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(department):
    return TeamFactory(
        department=department,
        name_fi="Kunnossapito",
        name_sv="Underhåll",
        name_en="Maintenance",
    )


@pytest.mark.parametrize(
    ("prefix", "name"), [("", "Kunnossapito"), ("/sv", "Underhåll"), ("/en", "Maintenance")]
)
def test_the_case_page_names_the_team_in_the_readers_language(
    client, service, agent, team, prefix, name
):
    case = make_case(service=service)
    case_assign(case=case, actor=agent, assignee=agent, team=team)
    client.force_login(agent)
    page = client.get(f"{prefix}/staff/cases/{case.reference}/").content.decode()
    assert f"{agent} · {name}</dd>" in page  # the handler and team
    assert f'<p class="body">{agent} · {name}</p>' in page  # the assignment on the timeline
    assert f'<option value="{team.pk}" selected>{name}</option>' in page
    others = {"Kunnossapito", "Underhåll", "Maintenance"} - {name}
    assert not any(other in page for other in others)


def test_an_administrator_keeps_names_and_titles_in_three_languages(client, team):
    admin = UserFactory(role="administrator", is_staff=True, is_superuser=True)
    client.force_login(admin)
    page = client.get(reverse("admin:organisation_team_change", args=[team.pk])).content.decode()
    assert all(f'name="name_{language}"' in page for language in ("fi", "sv", "en"))
    person = UserFactory(title_fi="Palveluneuvoja")
    url = reverse("admin:organisation_user_change", args=[person.pk])
    page = client.get(url).content.decode()
    assert all(f'name="title_{language}"' in page for language in ("fi", "sv", "en"))
