"""Reads of customer records. Anything that shows personal data is logged by the caller's
selector `customer_get_for_view`, never by a list."""

import datetime as dt
import re

from django.db.models import Count, Q, QuerySet

from luukku.organisation.models import User
from luukku.organisation.selectors import user_absent_on
from luukku.privacy.services import access_log_record

from .models import Customer

PHONE_LIKE = re.compile(r"\+?[\d\s()-]{5,}")


def customer_find_duplicates(
    *, email: str = "", phone: str = "", identity_code: str = ""
) -> list[Customer]:
    condition = Q(pk__in=[])
    if email:
        condition |= Q(email__iexact=email)
    if phone:
        condition |= Q(phone=phone)
    if identity_code:
        condition |= Q(identity_code=identity_code)
    return list(Customer.objects.filter(condition).order_by("pk")[:10])


def customer_search(*, query: str) -> QuerySet[Customer]:
    """Customers matching every word by name, e-mail, phone or business ID.

    A full identity code finds its holder, but lists never show the code.
    """
    customers = Customer.objects.all()
    words = query.split()
    if not words:
        return customers.none()
    if PHONE_LIKE.fullmatch(query.strip()):
        digits = "".join(ch for ch in query if ch.isdigit())
        return customers.filter(phone__endswith=digits.lstrip("0")[-9:]).order_by(
            "last_name", "first_name", "pk"
        )
    for word in words:
        condition = (
            Q(first_name__icontains=word)
            | Q(last_name__icontains=word)
            | Q(organisation_name__icontains=word)
            | Q(email__icontains=word)
            | Q(business_id=word)
            | Q(identity_code=word.upper())
        )
        customers = customers.filter(condition)
    return customers.order_by("last_name", "first_name", "organisation_name", "pk")


def customer_get_for_view(*, customer_id: int, viewer: User, context: str) -> Customer:
    """One customer record for display; personal data, so the view is logged."""
    customer = Customer.objects.select_related("internal_department", "handler", "substitute").get(
        pk=customer_id
    )
    access_log_record(actor=viewer, action="view", customer=customer, context=context)
    return customer


def customer_identity_code_reveal(*, customer_id: int, viewer: User, context: str) -> str:
    """The full identity code, shown on request; the reveal is logged apart from page views."""
    customer = Customer.objects.get(pk=customer_id)
    access_log_record(
        actor=viewer, action="reveal", customer=customer, context=context, fields=["identity_code"]
    )
    return customer.identity_code


def customer_handler_on(*, customer: Customer, day: dt.date) -> tuple[User | None, str]:
    """Who takes the customer's new cases on that day: the named handler, or the substitute
    while the handler is away; ("handler" or "substitute") says which."""
    for person, role in ((customer.handler, "handler"), (customer.substitute, "substitute")):
        if person is not None and person.is_active and not user_absent_on(user=person, day=day):
            return person, role
    return None, ""


def handler_pots() -> list[dict]:
    """Each staff member's "pot": how many customers they handle and substitute for."""
    handled = dict(
        Customer.objects.filter(handler__isnull=False)
        .values_list("handler")
        .annotate(n=Count("pk"))
        .values_list("handler", "n")
    )
    substituted = dict(
        Customer.objects.filter(substitute__isnull=False)
        .values_list("substitute")
        .annotate(n=Count("pk"))
        .values_list("substitute", "n")
    )
    staff = User.objects.filter(pk__in=set(handled) | set(substituted)).order_by(
        "last_name", "first_name"
    )
    return [
        {
            "user": user,
            "handled": handled.get(user.pk, 0),
            "substituted": substituted.get(user.pk, 0),
        }
        for user in staff
    ]
