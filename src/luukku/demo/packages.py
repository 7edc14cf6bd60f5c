"""Two builder's packages in progress on the demo's cases, each with its three parts waiting
for the city development department's experts — ordered through the package services at
fixed moments before the demo's day, so their consultations and timeline events are the
real ones (docs/commerce.md, "Document packages")."""

import datetime as dt

from luukku.cases.models import Case, Status
from luukku.commerce.models import Order
from luukku.commerce.services.packages import package_order


def _open_cases(package, count: int) -> list[Case]:
    """Open cases with an address given, newest first: the package's service's first."""
    open_cases = (
        Case.objects.filter(status__in=[Status.NEW, Status.OPEN], customer__isnull=False)
        .exclude(contact_email="")
        .order_by("-created_at")
    )
    chosen = list(open_cases.filter(service=package.service)[:count])
    if len(chosen) < count:
        chosen += list(open_cases.exclude(service=package.service)[: count - len(chosen)])
    return chosen


def load_packages(setup: dict, staff: dict, *, now: dt.datetime) -> list[Order]:
    package = setup["package"]
    if package.service is None:
        return []
    orders = []
    for index, case in enumerate(_open_cases(package, 2)):
        ordered = now - dt.timedelta(days=3 - 2 * index, hours=2)
        # A fixed number, so that the demo is the same city on every load.
        number = f"T-{ordered.year}-{900001 + index:06d}"
        order = package_order(
            product=package, by=staff["aino"], case=case, number=number, now=ordered
        )
        orders.append(order)
    return orders
