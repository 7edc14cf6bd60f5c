"""A spring round of the sports hall and its halves for the round tests."""

import datetime as dt

from luukku.core.testing.clock import at

from ..models import ApplicationRound
from ..services.rounds import application_submit

SEASON = (dt.date(2026, 4, 1), dt.date(2026, 4, 30))
CLOSES = at(2026, 3, 20, 16, 0)
AFTER_CLOSE = at(2026, 3, 23, 9, 0)


def round_make(units) -> ApplicationRound:
    application_round = ApplicationRound.objects.create(
        name="Kevätkausi 2026",
        name_fi="Kevätkausi 2026",
        name_sv="Vårsäsongen 2026",
        name_en="Spring season 2026",
        season_first_day=SEASON[0],
        season_last_day=SEASON[1],
        opens_at=at(2026, 3, 1, 8, 0),
        closes_at=CLOSES,
    )
    application_round.units.set(units)
    return application_round


def wish(unit, weekday=1, starts=18, ends=20, priority=1) -> dict:
    return {
        "unit": unit,
        "weekday": weekday,
        "starts": dt.time(starts),
        "ends": dt.time(ends),
        "priority": priority,
    }


def apply(application_round, wishes, **data):
    data.setdefault("contact_name", "Aino Virtanen")
    data.setdefault("email", "aino@example.fi")
    data.setdefault("organisation_name", "Imatran Salibandyseura ry")
    data.setdefault("purpose", "Salibandyn harjoitukset")
    data.setdefault("group_size", 18)
    return application_submit(application_round=application_round, wishes=wishes, **data)
