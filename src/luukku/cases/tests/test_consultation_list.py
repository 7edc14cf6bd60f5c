"""The expert's list of consultations: the soonest due first (the overdue before them all),
only those addressed to the expert or to their department's queue, and the neighbours of
one consultation in it for "previous", "next" and "answer and open next"."""

import datetime as dt

import pytest
import time_machine

from luukku.cases.models import Consultation
from luukku.cases.selectors import (
    consultation_neighbours,
    consultation_next_for_expert,
    consultations_for_expert,
)
from luukku.cases.services import consultation_answer, consultation_ask
from luukku.cases.tests.factories import make_case
from luukku.core.testing.clock import at

pytestmark = pytest.mark.django_db

NOW = at(2026, 11, 24, 10)


@pytest.fixture(autouse=True)
def _frozen():
    with time_machine.travel(NOW, tick=False):
        yield


def _ask(service, agent, question, *, due_in_hours, **to):
    consultation = consultation_ask(
        case=make_case(service=service), actor=agent, question=question, **to
    )
    Consultation.objects.filter(pk=consultation.pk).update(
        due_at=NOW + dt.timedelta(hours=due_in_hours)
    )
    consultation.refresh_from_db()
    return consultation


def _questions(user):
    return [consultation.question for consultation in consultations_for_expert(user=user)]


def test_the_soonest_due_come_first_and_the_overdue_before_them(service, agent, expert):
    _ask(service, agent, "huomenna", due_in_hours=24, expert=expert)
    _ask(service, agent, "myöhässä", due_in_hours=-3, expert=expert)
    _ask(service, agent, "tunnin päästä", due_in_hours=1, expert=expert)
    _ask(service, agent, "eniten myöhässä", due_in_hours=-30, expert=expert)
    assert _questions(expert) == ["eniten myöhässä", "myöhässä", "tunnin päästä", "huomenna"]


def test_only_the_expert_s_own_and_their_department_s_queue(
    service, agent, expert, other_expert, department, other_department
):
    _ask(service, agent, "minulle", due_in_hours=5, expert=expert)
    _ask(service, agent, "osastoni jonoon", due_in_hours=4, department=department)
    _ask(service, agent, "toiselle", due_in_hours=3, expert=other_expert)
    _ask(service, agent, "toisen osaston jonoon", due_in_hours=2, department=other_department)
    answered = _ask(service, agent, "jo vastattu", due_in_hours=1, expert=expert)
    consultation_answer(consultation=answered, actor=expert, answer="Näin.")
    assert _questions(expert) == ["osastoni jonoon", "minulle"]
    assert _questions(other_expert) == ["toisen osaston jonoon", "toiselle"]


def test_neighbours_in_the_list_and_the_next_after_an_answer(service, agent, expert):
    first = _ask(service, agent, "1", due_in_hours=-2, expert=expert)
    second = _ask(service, agent, "2", due_in_hours=1, expert=expert)
    third = _ask(service, agent, "3", due_in_hours=2, expert=expert)
    assert consultation_neighbours(consultation=first, user=expert) == (None, second.pk)
    assert consultation_neighbours(consultation=second, user=expert) == (first.pk, third.pk)
    assert consultation_neighbours(consultation=third, user=expert) == (second.pk, None)

    consultation_answer(consultation=second, actor=expert, answer="Vastaus.")
    assert consultation_next_for_expert(user=expert, after=second) == third.pk
    consultation_answer(consultation=third, actor=expert, answer="Vastaus.")
    # Nothing follows the last one: back to the first still waiting.
    assert consultation_next_for_expert(user=expert, after=third) == first.pk
    consultation_answer(consultation=first, actor=expert, answer="Vastaus.")
    assert consultation_next_for_expert(user=expert, after=first) is None


def test_an_equal_due_time_is_ordered_by_the_consultation(service, agent, expert):
    one = _ask(service, agent, "a", due_in_hours=1, expert=expert)
    other = _ask(service, agent, "b", due_in_hours=1, expert=expert)
    assert consultation_neighbours(consultation=one, user=expert) == (None, other.pk)
    assert consultation_neighbours(consultation=other, user=expert) == (one.pk, None)
