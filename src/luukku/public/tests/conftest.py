"""The walk-in queue's fixtures (a point with Kela and building permits, desks, an open day,
a frozen Tuesday morning) for the citizen pages of the queue."""

from luukku.queueing.tests.conftest import (  # noqa: F401 (fixtures for this folder)
    clock,
    desk_one,
    desk_two,
    kela,
    open_day,
    permits,
    point,
    staffed,
)
