"""The demo service centre's phone, counter and chat queues over the past half year, as a
phone and queueing system would export them: contacts and handling time per 15 minutes.

Most calls and visits are answered on the spot and never become cases, so the staffing
planner forecasts from these interval statistics (docs/staffing.md).
"""

import datetime as dt
import math
import random

from django.db import transaction

from luukku.cases.models import Channel
from luukku.core.calendar import HELSINKI
from luukku.insights.models import ContactVolume
from luukku.organisation.selectors import business_hours

WEEKS = 26
# contacts on an average weekday, mean handling time (s)
CHANNELS = {
    Channel.PHONE: (80, 240),
    Channel.COUNTER: (45, 420),
    Channel.CHAT: (25, 380),
}
WEEKDAY = [1.25, 1.05, 1.0, 0.95, 0.8, 0.0, 0.0]  # Monday is the busiest day
# Relative arrivals by hour of the day (local time): a morning peak and one after lunch.
HOURLY = {8: 0.9, 9: 1.4, 10: 1.5, 11: 1.1, 12: 1.0, 13: 1.3, 14: 1.0, 15: 0.7}


def _poisson(rng: random.Random, mean: float) -> int:
    if mean <= 0:
        return 0
    if mean > 30:
        return max(0, round(rng.gauss(mean, math.sqrt(mean))))
    limit, count, product = math.exp(-mean), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def _season(day: dt.date) -> float:
    """Busier in the snowy months and after the summer holidays, quiet in July."""
    return {1: 1.15, 2: 1.15, 3: 1.05, 6: 0.85, 7: 0.6, 8: 1.1, 11: 1.05, 12: 1.1}.get(
        day.month, 1.0
    )


def load_contact_history(rng: random.Random, *, today: dt.date, weeks: int = WEEKS) -> int:
    """Imported interval statistics for the `weeks` weeks before `today`, up to yesterday."""
    if ContactVolume.objects.filter(source=ContactVolume.Source.IMPORTED).exists():
        return 0
    hours = business_hours()
    first = today - dt.timedelta(weeks=weeks)
    rows = []
    day = first
    while day < today:
        # A slow growth of a few per cent over the half year.
        trend = 0.95 + 0.1 * (day - first).days / (today - first).days
        for opens, closes in hours.periods(day):
            slot = dt.datetime.combine(day, opens, tzinfo=HELSINKI)
            end = dt.datetime.combine(day, closes, tzinfo=HELSINKI)
            open_quarters = (end - slot) / dt.timedelta(minutes=15)
            while slot < end:
                shape = HOURLY.get(slot.hour, 0.5)
                for channel, (daily, handle) in CHANNELS.items():
                    mean = daily * WEEKDAY[day.weekday()] * _season(day) * trend * shape
                    contacts = _poisson(rng, mean / open_quarters)
                    if not contacts:
                        continue
                    seconds = sum(rng.expovariate(1 / handle) for _ in range(contacts))
                    rows.append(
                        ContactVolume(
                            starts_at=slot,
                            channel=channel,
                            source=ContactVolume.Source.IMPORTED,
                            contacts=contacts,
                            handle_seconds=round(seconds),
                        )
                    )
                slot += dt.timedelta(minutes=15)
        day += dt.timedelta(days=1)
    with transaction.atomic():
        ContactVolume.objects.bulk_create(rows, batch_size=1000)
    return len(rows)
