"""Service-level targets, escalation ladders and routing rules, and the history's due times."""

import datetime as dt

from django.db import transaction

from luukku.cases.models import OPEN_STATUSES, Case, Priority, RoutingRule
from luukku.organisation.selectors import business_hours
from luukku.servicelevels.models import EscalationStep, Target
from luukku.servicelevels.services import case_service_level_refresh

from . import data
from .city import DEMO_TOKEN_PREFIX, add_translations

# (department, [(step title, username, business hours)])
LADDERS = [
    (
        "city-development",
        [
            ("Tiimiesimies", "liisa", 4),
            ("Kunnossapitopäällikkö", "tuula", 8),
            ("Kaupunginlakimies", "kalle", 16),
        ],
    ),
    (
        "wellbeing",
        [
            ("Tiimiesimies", "liisa", 4),
            ("Varhaiskasvatuspäällikkö", "marja", 8),
            ("Kaupunginlakimies", "kalle", 16),
        ],
    ),
    ("group-services", [("Tiimiesimies", "liisa", 4), ("Kaupunginlakimies", "kalle", 16)]),
]
# (service code or None, priority or None, first response h, resolution h)
TARGETS = [
    (None, None, 8, 40),
    (None, Priority.HIGH, 4, 16),
    (None, Priority.URGENT, 1, 8),
    ("street-lighting", None, 4, 24),
    ("street-maintenance", None, 4, 24),
    ("early-education", None, 8, 56),
]


@transaction.atomic
def load_service_levels(org: dict, services: dict, staff: dict) -> None:
    """Targets, escalation ladders and the rules of the game (routing to Kela and Vero)."""
    for code, priority, first, resolution in TARGETS:
        Target.objects.update_or_create(
            service=services[code] if code else None,
            priority=priority,
            defaults={"first_response_hours": first, "resolution_hours": resolution},
        )
    for department_code, steps in LADDERS:
        department = org["departments"][department_code]
        for position, (title, username, hours) in enumerate(steps, start=1):
            EscalationStep.objects.update_or_create(
                department=department,
                position=position,
                defaults={"title": title, "person": staff[username], "response_hours": hours},
            )
    for name, provider, words, messages in data.ROUTING_RULES:
        fields = {"keywords": words, "organisation": org["providers"][provider]}
        add_translations(fields, "message", messages)
        RoutingRule.objects.update_or_create(name=name, defaults=fields)


def service_levels_store(*, now: dt.datetime) -> None:
    """The history's open cases get their due times and states as they stand at `now` (history
    has no alerts; the worker's periodic round records them from then on)."""
    hours = business_hours()
    history = Case.objects.filter(token__startswith=DEMO_TOKEN_PREFIX, status__in=OPEN_STATUSES)
    for case in history.order_by("pk"):
        case_service_level_refresh(case=case, hours=hours, now=now, record=False)
