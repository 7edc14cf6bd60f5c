"""The demo city's texts read as a customer expects: templates without their own sign-off
or status link, names and titles in three languages."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

from luukku.cases.replies import sign_off_removed
from luukku.demo import data
from luukku.demo.appointments import BOOKABLE
from luukku.demo.data import JOB_TITLES
from luukku.demo.knowledge import TEMPLATES
from luukku.demo.loader import STAFF
from luukku.knowledge.models import ReplyTemplate

VERSIONS = [
    (key, language, title, body)
    for key, (_service, versions) in TEMPLATES.items()
    for language, (title, body) in versions.items()
]


@pytest.mark.parametrize(("key", "language", "title", "body"), VERSIONS)
def test_every_demo_template_passes_the_phrase_folders_rules(key, language, title, body):
    ReplyTemplate(key=key, language=language, title=title, body=body).clean()
    assert sign_off_removed(body) == body.strip()
    assert "{status_link}" not in body


def test_every_demo_template_is_written_in_three_languages():
    assert {key: set(versions) for key, (_s, versions) in TEMPLATES.items()} == {
        key: {"fi", "sv", "en"} for key in TEMPLATES
    }


def test_every_job_title_and_team_is_named_in_three_languages():
    assert {title for _user, _first, _last, _role, title, _deps in STAFF} <= JOB_TITLES.keys()
    names = [*JOB_TITLES.values(), *(names for names, _department, _members in data.TEAMS)]
    assert all(len(versions) == 3 and all(versions) for versions in names)
    assert all(sv != fi and en != fi for fi, sv, en in names)


# What the citizen's status page says of every request, whatever its service.
STATUS_PAGE_FACTS = ("Service", "Subject", "Status", "Received", "Address", "Reply expected by")


@pytest.mark.parametrize(("index", "language"), list(enumerate(("fi", "sv", "en"))))
def test_no_demo_question_is_labelled_like_a_fact_of_the_status_page(index, language):
    with translation.override(language):
        facts = {gettext(fact) for fact in STATUS_PAGE_FACTS}
    labels = {field[3][index] for service in data.SERVICES for field in service.get("fields", [])}
    assert not labels & facts


# "Leave a request and we will agree a time", in each language.
AGREE_A_TIME = ("sovimme ajan", "vi kommer överens om en tid", "agree a time")
BOOK = ("Varaa aika", "Boka en tid", "Book an appointment")


@pytest.mark.parametrize("code", sorted(BOOKABLE))
def test_a_bookable_services_description_offers_booking_not_agreeing_a_time(code):
    """The service page has its own "Book an appointment" button: the description beside it
    does not send the reader to agree a time by a request instead."""
    service = next(service for service in data.SERVICES if service["code"] == code)
    for description, agree in zip(service["description"], AGREE_A_TIME, strict=True):
        assert agree not in description
    if any(word in " ".join(service["description"]) for word in ("pyyntö", "request")):
        for description, book in zip(service["description"], BOOK, strict=True):
            assert book in description
