from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet

from luukku.organisation.models import User

from .models import AccessLogEntry


def access_log_for_customer(*, customer, viewer: User) -> QuerySet[AccessLogEntry]:
    """The log of one customer's personal data, for supervisors and administrators only;
    with the log of the records merged into it."""
    if not viewer.sees_everything:
        raise PermissionDenied
    return AccessLogEntry.objects.filter(
        Q(customer=customer) | Q(customer__merged_into=customer)
    ).select_related("actor", "case")
