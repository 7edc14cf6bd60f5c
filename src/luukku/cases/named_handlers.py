"""Moving a named handler's whole pot: their customers and the open cases they handle.

It moves customer records and cases, so it belongs to cases (above customers): the customer
records move through `customers.services.customers_handler_replace`, the cases through
`case_assign`, one write path for each.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction

from luukku.core.locks import in_transaction, rows_lock
from luukku.customers.models import Customer
from luukku.customers.services import customers_handler_replace
from luukku.organisation.models import User

from .models import OPEN_STATUSES, Case
from .services import case_assign


@dataclass(frozen=True)
class PotMove:
    customers: int
    cases: int


@in_transaction
def customers_handler_move(
    *, actor: User, from_user: User, to_user: User, open_cases: bool = True
) -> PotMove:
    """Move a handler's whole pot of customers to another person in one action; with
    `open_cases` their open cases handled by the old handler move too. Supervisors only."""
    # The customers and their cases before the access log's entries: see core.locks.
    customers = rows_lock(Customer.objects.filter(handler=from_user))
    cases = rows_lock(
        Case.objects.filter(customer__in=customers, assignee=from_user, status__in=OPEN_STATUSES)
        if open_cases
        else Case.objects.none()
    )
    customers = customers_handler_replace(actor=actor, from_user=from_user, to_user=to_user)
    moved_cases = 0
    for case in cases:
        try:
            with transaction.atomic():  # a refusal must leave the move usable
                case_assign(
                    case=case,
                    actor=actor,
                    assignee=to_user,
                    team=case.team,
                    context="customers_handler_move",
                )
        except ValidationError:
            continue  # the new handler may not see this (sensitive) case; it stays
        moved_cases += 1
    return PotMove(customers=len(customers), cases=moved_cases)
