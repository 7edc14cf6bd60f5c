"""Run a `luukku` command with its clock moved, for tests of what a later process sees.

    python -m luukku.core.testing.clocked <seconds ahead> worker --batch

The clock runs on from now plus the seconds given (time-machine, in this process only), so a
worker started this way finds the leases of a worker killed a moment ago run out, without a
test waiting for minutes. Only tests use it.
"""

import datetime as dt
import sys

import time_machine

from luukku.manage import main

if __name__ == "__main__":
    ahead = dt.timedelta(seconds=float(sys.argv[1]))
    sys.argv = ["luukku", *sys.argv[2:]]
    with time_machine.travel(dt.datetime.now(dt.UTC) + ahead, tick=True):
        main()
