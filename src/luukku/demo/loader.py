"""Load the demo municipality. Idempotent: reference data is matched on natural keys and
updated; demo cases are generated once (their tokens carry the `demo-` prefix).

The same seed and date give the same city, whatever the time of day it is loaded: its history
runs up to the start of that day in Helsinki (`demo_start`), every choice comes from the seeded
generator, and the bookings and callbacks made while loading (through the same services as the
pages) take the same times from the day after tomorrow on. What differs between two loads is
only what must: the cases' secret links and references and the appointments' video rooms, which
are unguessable by design (`secrets`), and the moment at which the rows were written (the
metrics, counted as the last step, count the service levels as they stand at that moment).
"""

import datetime as dt
import random

from django.utils import timezone

from luukku.cases.models import Case
from luukku.insights.services import rollups_refresh

from .appointments import load_booking_setup, load_bookings
from .cases import load_cases, load_consultations
from .catalogue import load_catalogue, load_knowledge, load_mailboxes
from .chat import load_chat_history, load_chat_presences, load_chat_setup
from .city import DEMO_PASSWORD, DEMO_TOKEN_PREFIX, demo_start
from .contacts import load_contact_history
from .courses import load_course_registrations, load_courses
from .customers import load_customers, load_named_handlers
from .events import load_event_variety
from .feedback import load_feedback
from .keys import load_keys
from .organisations import STAFF, load_more_agents, load_organisations, load_staff
from .own_page import load_own_page
from .packages import load_packages
from .plans import load_plans
from .queue import load_queue_history, load_queue_setup, load_queue_today
from .reservations import load_reservation_setup, load_reservations
from .retention import load_retention_rules
from .rounds import load_round
from .sales import load_sales_history, load_sales_setup, load_sales_today
from .segments import load_segments
from .servicelevels import load_service_levels, service_levels_store
from .situations import load_situations
from .surveys import load_surveys

__all__ = ["DEMO_PASSWORD", "DEMO_TOKEN_PREFIX", "STAFF", "demo_start", "load_demo"]


def _load_relationships(staff: dict, *, seed: int, today: dt.date) -> None:
    """The key customers' plans, the own page's citizen, the segments with an announcement
    sent, and the surveys of resolved cases."""
    load_plans(staff, today=today)
    load_own_page(start=demo_start(today))
    load_segments(today=today)
    load_surveys(random.Random(seed), today=today)


def load_demo(
    *,
    cases: int = 3000,
    customers: int = 600,
    seed: int = 2026,
    today: dt.date | None = None,
    years: int = 1,
    more_agents: int = 0,
    progress=None,
) -> dict:
    """The demo city at the start of `today` (by default today in Helsinki, read once), the
    same for the same `seed` and day; larger `cases`, `customers`, `years`, `more_agents`: the
    same city at another scale (bench/generate.py). `progress(step, done)`: long steps."""
    today = today or timezone.localdate()
    rng = random.Random(seed)
    org = load_organisations(rng, today=today, years=years)
    services = load_catalogue(org)
    load_retention_rules(services)
    load_mailboxes(services)
    staff = load_staff(org)
    load_knowledge(services, staff)
    load_service_levels(org, services, staff)
    load_booking_setup(services, staff, org["point"])
    queue = load_queue_setup(org["point"], services)
    chat_queue = load_chat_setup(org["point"])
    sales = load_sales_setup(org["point"], services)
    # The counter's month (once) and today's day, also into a city loaded before it sold.
    load_sales_history(random.Random(seed), sales, staff, today=today)
    load_sales_today(sales, staff, now=timezone.now())
    units = load_reservation_setup(org["providers"]["city"], services, org["point"])
    courses = load_courses(services, org["point"], today=today)
    load_situations(staff, org["point"], today=today)
    if Case.objects.filter(token__startswith=DEMO_TOKEN_PREFIX).exists():
        return {
            "today": today,
            "services": len(services),
            "staff": len(staff),
            "customers": 0,
            "cases_created": 0,
        }
    people = load_customers(rng, customers)
    load_named_handlers(staff, today=today)
    agents = [staff["aino"], staff["mikko"], *load_more_agents(rng, org, more_agents)]
    load_chat_presences(chat_queue.team)
    created = load_cases(
        rng,
        services,
        people,
        staff,
        cases,
        today=today,
        years=years,
        agents=agents,
        progress=(lambda done: progress("cases", done)) if progress else None,
    )
    load_consultations(rng, staff)
    load_packages(sales, staff, now=demo_start(today))
    load_bookings(rng, staff, today=today)
    load_course_registrations(courses, staff, today=today)
    service_levels_store(now=demo_start(today))
    load_event_variety(staff, start=demo_start(today))
    load_feedback(services, staff)
    load_contact_history(random.Random(seed), today=today)
    load_queue_history(random.Random(seed), queue, org["point"], staff, today=today)
    load_queue_today(queue, org["point"], staff, now=timezone.now())
    load_chat_history(random.Random(seed), chat_queue, services, people, staff, today=today)
    load_keys(org["point"], staff, today=today, now=timezone.now())
    load_reservations(units, staff, today=today)
    load_round(units, staff, today=today)
    _load_relationships(staff, seed=seed, today=today)
    if progress:
        progress("rollups", 0)
    rollups_refresh(full=True)
    return {
        "today": today,
        "services": len(services),
        "staff": len(staff) + more_agents,
        "customers": len(people),
        "cases_created": created,
    }
