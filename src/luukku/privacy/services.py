from .models import AccessLogEntry


def access_log_record(
    *, actor, action: str, context: str, customer=None, case=None, fields: list[str] | None = None
) -> AccessLogEntry:
    """Write who viewed or changed which personal data, and why (the context).

    A case's customer is logged with the case, so that a customer's log lists
    every view of their cases too.
    """
    if customer is None and case is not None:
        customer = case.customer if case.customer_id else None
    actor = actor if actor is not None and actor.is_authenticated else None
    return AccessLogEntry.objects.create(
        actor=actor,
        action=action,
        customer=customer,
        case=case,
        context=context[:200],
        fields=list(fields or []),
    )
