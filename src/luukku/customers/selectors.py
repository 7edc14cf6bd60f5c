"""Reads of customer records. Anything that shows personal data is logged by the caller's
selector `customer_get_for_view`, never by a list."""

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from luukku.core.expressions import InOnce
from luukku.organisation.models import User
from luukku.organisation.selectors import need_to_know_departments, user_absent_on
from luukku.privacy.services import access_log_record

from .models import Customer, CustomerDistinct, CustomerEvent

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
    return list(Customer.active.filter(condition).order_by("pk")[:10])


# -- who a contact is ---------------------------------------------------------------------
#
# A contact joins an existing record only when it is unambiguous: the same e-mail address
# with a name that fits (a typo is forgiven, another first name is another person: a family
# may share an address), or, without an e-mail address, the same phone number with the same
# name and no other e-mail on the record's side. Everything else makes a new record, and
# `customer_possible_duplicates` shows staff what it may be the same person as.

NAME_LIKENESS = 0.8


def name_folded(value: str) -> str:
    """A name as compared: lower case, without accents, punctuation or extra spaces."""
    decomposed = unicodedata.normalize("NFKD", value or "")
    letters = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w\s]", " ", letters.casefold()).split())


def _part_fits(given: str, recorded: str) -> bool:
    if not given or not recorded or given == recorded:
        return True
    if len(given) == 1 or len(recorded) == 1:  # an initial
        return given[0] == recorded[0]
    return SequenceMatcher(None, given, recorded).ratio() >= NAME_LIKENESS


def record_name(customer: Customer) -> tuple[str, str]:
    """The record's (first, last) name folded, or empty when the record was named after its
    address because the contact left no name."""
    first, last = name_folded(customer.first_name), name_folded(customer.last_name)
    if not first and last in {name_folded(customer.email), name_folded(customer.phone)}:
        return "", ""
    return first, last


def names_fit(first_name: str, last_name: str, customer: Customer) -> bool:
    """Could this be the record's person, typos forgiven? Another first name or last name is
    someone else; a missing name on either side says nothing. The order may be swapped
    ("Meikäläinen Matti" in a mail program)."""
    given = (name_folded(first_name), name_folded(last_name))
    recorded = record_name(customer)
    if not any(given) or not any(recorded):
        return True
    return any(
        _part_fits(a, recorded[0]) and _part_fits(b, recorded[1]) for a, b in (given, given[::-1])
    )


def names_same(first_name: str, last_name: str, customer: Customer) -> bool:
    """The very same name (case, accents and order aside); both sides must have one."""
    given = sorted(filter(None, (name_folded(first_name), name_folded(last_name))))
    recorded = sorted(filter(None, record_name(customer)))
    return bool(given) and given == recorded


def customer_match(
    *, email: str = "", phone: str = "", first_name: str = "", last_name: str = ""
) -> Customer | None:
    """The one existing record this contact unambiguously belongs to, or None.

    Expects the address and name as `contact_clean` leaves them. Reads only: the caller
    makes a record when there is none."""
    named = bool(name_folded(first_name) or name_folded(last_name))
    if email:
        sharing = list(Customer.active.filter(email__iexact=email).order_by("pk")[:50])
        fitting = [c for c in sharing if names_fit(first_name, last_name, c)]
        # A record merged into another is that person's too: staff found them the same.
        merged_records = Customer.objects.filter(email__iexact=email, merged_into__isnull=False)
        for merged in merged_records.select_related("merged_into").order_by("pk")[:50]:
            person = merged.merged_into
            if person not in fitting and names_fit(first_name, last_name, merged):
                fitting.append(person)
                sharing.append(person)
        if named:
            exact = [c for c in fitting if names_same(first_name, last_name, c)]
            fitting = exact if len(exact) == 1 else fitting
        elif len(fitting) > 1:
            # No name given and several people share the address: only a record that was
            # itself made for the address alone (no name known) is certain.
            fitting = [c for c in fitting if not any(record_name(c))]
        if len(fitting) == 1:
            return fitting[0]
        if sharing:
            return None
    if phone and named:
        sharing = Customer.active.filter(phone=phone).order_by("pk")[:50]
        fitting = [
            c
            for c in sharing
            if names_same(first_name, last_name, c)
            and not (email and c.email and c.email.lower() != email.lower())
        ]
        if len(fitting) == 1:
            return fitting[0]
    return None


@dataclass(frozen=True)
class PossibleDuplicate:
    customer: Customer
    reasons: list[str]


def customer_possible_duplicates(*, customer: Customer) -> list[PossibleDuplicate]:
    """Other records that may be the same person: the same e-mail address, phone number or
    identity code, or the same name at the same street address; not those a person marked as
    different people, nor merged ones. For staff to check and merge."""
    if customer.merged_into_id:
        return []
    condition = Q(pk__in=[])
    if customer.email:
        condition |= Q(email__iexact=customer.email)
    if customer.phone:
        condition |= Q(phone=customer.phone)
    if customer.identity_code:
        condition |= Q(identity_code=customer.identity_code)
    if customer.street_address and customer.last_name:
        condition |= Q(
            last_name__iexact=customer.last_name,
            first_name__iexact=customer.first_name,
            street_address__iexact=customer.street_address,
        )
    distinct = CustomerDistinct.objects.filter(
        Q(first=customer, second=OuterRef("pk")) | Q(first=OuterRef("pk"), second=customer)
    )
    others = (
        Customer.active.filter(condition)
        .exclude(pk=customer.pk)
        .exclude(Exists(distinct))
        .order_by("pk")[:10]
    )
    found = []
    for other in others:
        reasons = []
        if customer.email and other.email.lower() == customer.email.lower():
            reasons.append(_("same e-mail address"))
        if customer.phone and other.phone == customer.phone:
            reasons.append(_("same phone number"))
        if customer.identity_code and other.identity_code == customer.identity_code:
            reasons.append(_("same identity code"))
        if not reasons:
            reasons.append(_("same name and street address"))
        found.append(PossibleDuplicate(customer=other, reasons=reasons))
    return found


def customer_search(*, query: str) -> QuerySet[Customer]:
    """Customers matching every word by name, e-mail, phone or business ID.

    A full identity code finds its holder, but lists never show the code.
    """
    customers = Customer.active.all()
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


def customer_possible_duplicates_for_view(
    *, customer: Customer, viewer: User
) -> list[PossibleDuplicate]:
    """`customer_possible_duplicates` for a page that shows them: each record shown is
    personal data, so each view is logged."""
    found = customer_possible_duplicates(customer=customer)
    for duplicate in found:
        access_log_record(
            actor=viewer,
            action="view",
            customer=duplicate.customer,
            context=f"customer_duplicates:{customer.pk}",
        )
    return found


def _postal_address(customer: Customer) -> str:
    """ "Koskikatu 37, 55100 Vuoksela", as far as the record has it."""
    town = " ".join(filter(None, [customer.postal_code, customer.post_office]))
    return ", ".join(filter(None, [customer.street_address, town]))


def _local_date(moment) -> str:
    return date_format(timezone.localtime(moment), "SHORT_DATE_FORMAT")


def customer_merge_candidates_for_view(
    *, customer_id: int, other_id: int, viewer: User
) -> tuple[Customer, Customer, list[tuple[str, str, str]]]:
    """Two records side by side for a person to decide whether they are one person: the
    records and rows of (label, this, that). Both views are logged; identity codes masked."""
    if customer_id == other_id:
        raise Customer.DoesNotExist
    records = {
        c.pk: c
        for c in Customer.active.filter(pk__in=[customer_id, other_id])
        .select_related("handler", "internal_department")
        .annotate(case_count=Count("cases"))
    }
    if len(records) != 2:
        raise Customer.DoesNotExist
    customer, other = records[customer_id], records[other_id]
    rows = [
        (_("Name"), customer.display_name, other.display_name),
        (_("Kind"), customer.get_kind_display(), other.get_kind_display()),
        (_("E-mail"), customer.email, other.email),
        (_("Phone"), customer.phone, other.phone),
        (
            _("Personal identity code"),
            customer.masked_identity_code,
            other.masked_identity_code,
        ),
        (_("Business ID"), customer.business_id, other.business_id),
        (_("Address"), _postal_address(customer), _postal_address(other)),
        (
            _("Language"),
            customer.get_preferred_language_display(),
            other.get_preferred_language_display(),
        ),
        (_("Named handler"), str(customer.handler or ""), str(other.handler or "")),
        (_("Cases"), str(customer.case_count), str(other.case_count)),
        (_("Record created"), _local_date(customer.created_at), _local_date(other.created_at)),
    ]
    for one, two in ((customer, other), (other, customer)):
        access_log_record(
            actor=viewer, action="view", customer=one, context=f"customer_merge:{two.pk}"
        )
    return customer, other, rows


def customer_may_reveal_identity_code(*, customer: Customer, user: User) -> bool:
    """Need to know (docs/privacy.md, "Who sees what"): the full identity code is for an
    administrator, the customer's named handler and substitute, the handler of one of the
    customer's cases, and experts and supervisors of a department that has one of them;
    everyone else works with the masked code."""
    if not user.is_authenticated or not user.is_active or not customer.identity_code:
        return False
    if user.role == User.Role.ADMINISTRATOR:
        return True
    if user.pk in (customer.handler_id, customer.substitute_id):
        return True
    condition = Q(assignee=user)
    if user.role in (User.Role.EXPERT, User.Role.SUPERVISOR):
        condition |= Q(InOnce(F("department_id"), need_to_know_departments(user)))
    return customer.cases.filter(condition).exists()


def customer_identity_code_reveal(*, customer_id: int, viewer: User, context: str) -> str:
    """The full identity code, shown on request to those who need it (PermissionDenied for
    others); each reveal is logged apart from page views."""
    customer = Customer.objects.get(pk=customer_id)
    if not customer_may_reveal_identity_code(customer=customer, user=viewer):
        raise PermissionDenied
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


def customer_timeline(*, customer: Customer, limit: int = 50) -> list[CustomerEvent]:
    """The newest entries of the customer's own timeline, with those of the records merged
    into it. Read as part of a view of the record, which logs the view."""
    events = CustomerEvent.objects.filter(
        Q(customer=customer) | Q(customer__merged_into=customer)
    ).select_related("author")
    return list(events[:limit])
