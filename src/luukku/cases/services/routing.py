"""Where a case goes: the customer's named handler, automatic routing rules, forwarding."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from luukku.core.locks import in_transaction, row_lock
from luukku.customers.models import Customer
from luukku.organisation.models import Organisation, User
from luukku.privacy.services import access_log_record

from ..events import event_forwarded, event_reply
from ..models import (
    Case,
    CaseEvent,
    RoutingRule,
    Status,
)
from .handling import case_assign, case_change_status


def _assign_named_handler(case: Case, customer: Customer) -> bool:
    """A customer with a named handler: the new case goes to the handler, or to the
    substitute while the handler is away. Returns whether it was assigned."""
    from luukku.customers.selectors import customer_handler_on

    if customer.handler_id is None and customer.substitute_id is None:
        return False
    person, role = customer_handler_on(customer=customer, day=timezone.localdate(case.created_at))
    if person is None:
        return False
    try:
        with transaction.atomic():  # a refusal must leave the caller's write usable
            case_assign(
                case=case, actor=None, assignee=person, context="named_handler", reason=role
            )
    except ValidationError:
        return False  # the handler may not see this (sensitive) case: it waits in the inbox
    return True


def _routing_apply(case: Case) -> bool:
    """Forward the case at intake when an automatic routing rule matches it."""
    from ..selectors import routing_rules_for

    rule = next((rule for rule in routing_rules_for(case=case, automatic=True)), None)
    if rule is None:
        return False
    message = rule.message_in(case.language)
    case_forward(case=case, actor=None, organisation=rule.organisation, message=message, rule=rule)
    return True


@in_transaction
def case_forward(
    *,
    case: Case,
    actor: User | None,
    organisation: Organisation | None,
    message: str,
    rule: RoutingRule | None = None,
    context: str = "",
) -> CaseEvent:
    """Send the customer to the organisation that provides the service: the message tells
    them where and how, the case is resolved and recorded as forwarded."""
    from ..notifications import reply_queue

    message = (message or "").strip()
    errors = {}
    if organisation is None or organisation.is_own:
        errors["organisation"] = [_("Choose the organisation the case belongs to.")]
    if not message:
        errors["message"] = [_("Tell the customer where and how they get the service.")]
    if errors:
        raise ValidationError(errors)
    case = row_lock(case)
    if not case.is_open:
        raise ValidationError({"message": _("Only an open case can be forwarded.")})
    case.forwarded_to = organisation
    case.save(update_fields=["forwarded_to"])
    reply = event_reply(case, author=actor, body=message, forwarded_to=organisation)
    event_forwarded(case, actor=actor, organisation=organisation, rule=rule)
    access_log_record(
        actor=actor,
        action="change",
        case=case,
        context=context or "case_forward",
        fields=["forward"],
    )
    case_change_status(case=case, actor=actor, status=Status.RESOLVED, context=context)
    reply_queue(event=reply)
    return reply
