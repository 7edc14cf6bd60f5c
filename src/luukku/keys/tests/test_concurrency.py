"""No key lent twice: agents at two counters lending one key at the same moment, each in
its own transaction (PostgreSQL). The key's row lock, taken after the deposit is charged,
and the one-open-loan constraint leave one loan; the others' deposits are undone with them."""

import datetime as dt
import threading

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.db import connection, connections

from luukku.commerce.models import Order, Payment

from ..models import Key, Loan
from ..services import Deposit, key_lend
from .conftest import MORNING

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def _postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("parallel transactions need PostgreSQL")


def race(key, association, agent, deposit: Deposit, count: int):
    barrier = threading.Barrier(count)
    lent, refused, errors = [], [], []

    def counter(number: int):
        try:
            with time_machine.travel(MORNING, tick=False):
                barrier.wait()
                loan = key_lend(
                    key=Key.objects.select_related("series__building").get(pk=key.pk),
                    holder_kind="association",
                    customer=association,
                    contact_name=f"Yhteyshenkilö {number}",
                    contact_phone="040 1",
                    purpose="Kerho",
                    due_on=dt.date(2026, 5, 31),
                    deposit=deposit,
                    by=agent,
                )
                lent.append(loan.pk)
        except ValidationError as error:
            refused.append(error)
        except Exception as error:  # reported below; a thread cannot fail the test itself
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=counter, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return lent, refused, errors


@pytest.mark.usefixtures("_postgresql")
def test_four_counters_lending_one_key_with_its_deposit_paid_lend_it_once(
    hall_key, association, agent, day
):
    lent, refused, errors = race(hall_key, association, agent, Deposit("counter", day=day), 4)

    assert errors == []
    assert len(lent) == 1 and len(refused) == 3
    assert Loan.objects.count() == 1
    # Only the loan's deposit was taken; the others' payments were undone with them.
    assert Payment.objects.count() == 1 and Order.objects.count() == 1


@pytest.mark.usefixtures("_postgresql")
def test_deposits_left_open_are_not_left_behind_either(hall_key, association, agent):
    with time_machine.travel(MORNING, tick=False):
        lent, refused, errors = race(hall_key, association, agent, Deposit("open"), 4)

    assert errors == [] and len(lent) == 1 and len(refused) == 3
    assert Order.objects.count() == 1
