"""What the data-subject commands share: finding the person and the member of staff."""

from django.core.management.base import CommandError

from luukku.customers.models import Customer
from luukku.organisation.models import User


def customer_find(value: str) -> Customer:
    """A customer by their id or their personal identity code."""
    customer = Customer.objects.filter(identity_code=value.upper()).first()
    if customer is None and value.isdigit():
        customer = Customer.objects.filter(pk=int(value)).first()
    if customer is None:
        raise CommandError(f"No customer {value} (give the record's id or identity code).")
    if customer.merged_into_id:
        raise CommandError(
            f"Customer {value} was merged into {customer.merged_into_id}: use that record."
        )
    return customer


def staff_find(username: str | None) -> User | None:
    """The member of staff the access log names (none: the system)."""
    if not username:
        return None
    user = User.objects.filter(username=username, is_active=True).first()
    if user is None:
        raise CommandError(f"No active member of staff {username}.")
    return user
