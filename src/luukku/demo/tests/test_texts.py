"""The demo city's texts read as a customer expects: names and titles in three languages."""

from luukku.demo import data
from luukku.demo.data import JOB_TITLES
from luukku.demo.loader import STAFF


def test_every_job_title_and_team_is_named_in_three_languages():
    assert {title for _user, _first, _last, _role, title, _deps in STAFF} <= JOB_TITLES.keys()
    names = [*JOB_TITLES.values(), *(names for names, _department, _members in data.TEAMS)]
    assert all(len(versions) == 3 and all(versions) for versions in names)
    assert all(sv != fi and en != fi for fi, sv, en in names)
