"""Writes of customer records. Personal data: every change is written to the privacy log."""

from dataclasses import dataclass

import phonenumbers
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import MaxLengthValidator, validate_email
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from stdnum.fi import hetu, ytunnus

from luukku.organisation.models import User
from luukku.privacy.services import access_log_record

from .models import Customer
from .selectors import customer_find_duplicates

EDITABLE_FIELDS = (
    "kind",
    "first_name",
    "last_name",
    "organisation_name",
    "identity_code",
    "business_id",
    "internal_department",
    "email",
    "phone",
    "street_address",
    "postal_code",
    "post_office",
    "preferred_language",
    "preferred_channel",
    "notes",
    "handler",
    "substitute",
)


# The text fields a write may set, with the lengths their columns hold.
TEXT_LIMITS = {
    field.name: field.max_length
    for field in Customer._meta.concrete_fields
    if isinstance(field, models.CharField) and field.max_length
}


class DuplicateCustomer(ValidationError):
    """Raised when a new customer matches existing ones; the caller may confirm and retry."""

    def __init__(self, candidates: list[Customer]):
        self.candidates = candidates
        super().__init__(
            _("A customer with the same e-mail, phone or identity code already exists."),
            code="duplicate",
        )


def normalise_phone(value: str) -> str:
    """A phone number in E.164, read as Finnish when it has no country code."""
    value = (value or "").strip()
    if not value:
        return ""
    try:
        number = phonenumbers.parse(value, "FI")
    except phonenumbers.NumberParseException as error:
        raise ValidationError({"phone": _("Enter a valid phone number.")}) from error
    if not phonenumbers.is_valid_number(number):
        raise ValidationError({"phone": _("Enter a valid phone number.")})
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _clean(data: dict, *, require_name: bool = True) -> dict:
    data = dict(data)
    errors: dict[str, str] = {}
    for key in ("first_name", "last_name", "organisation_name", "email", "notes"):
        if key in data and isinstance(data[key], str):
            data[key] = data[key].strip()
    if data.get("email"):
        data["email"] = data["email"].lower()
        try:
            validate_email(data["email"])
        except ValidationError as error:
            errors["email"] = error.messages[0]
    if "phone" in data:
        try:
            data["phone"] = normalise_phone(data["phone"])
        except ValidationError as error:
            errors.update(error.message_dict)
    code = (data.get("identity_code") or "").strip().upper()
    if code:
        if hetu.is_valid(code):
            data["identity_code"] = hetu.compact(code)
        else:
            errors["identity_code"] = _("Enter a valid Finnish personal identity code.")
    business_id = (data.get("business_id") or "").strip()
    if business_id:
        if ytunnus.is_valid(business_id):
            data["business_id"] = ytunnus.format(business_id)
        else:
            errors["business_id"] = _(
                "Enter a valid Finnish business ID (Y-tunnus), e.g. 0123456-7."
            )
    # Lengths as stored: after the phone number, identity code and business ID are formatted.
    for key, limit in TEXT_LIMITS.items():
        if isinstance(data.get(key), str) and key not in errors:
            try:
                MaxLengthValidator(limit)(data[key])
            except ValidationError as error:
                errors[key] = error.messages[0]
    kind = data.get("kind", Customer.Kind.PERSON)
    if (
        require_name
        and kind == Customer.Kind.PERSON
        and not (data.get("first_name") or data.get("last_name"))
    ):
        errors["last_name"] = _("Enter the person's name.")
    if require_name and kind == Customer.Kind.ORGANISATION and not data.get("organisation_name"):
        errors["organisation_name"] = _("Enter the organisation's name.")
    handler, substitute = data.get("handler"), data.get("substitute")
    if handler is not None and substitute is not None and handler == substitute:
        errors["substitute"] = _("The substitute must be someone other than the handler.")
    for key in ("handler", "substitute"):
        if data.get(key) is not None and not data[key].is_active:
            errors[key] = _("%(name)s no longer works here.") % {"name": str(data[key])}
    if errors:
        raise ValidationError(errors)
    return data


@transaction.atomic
def customer_create(
    *, actor: User | None, context: str, allow_duplicate: bool = False, **fields
) -> Customer:
    """Create a customer after validation and a duplicate check; logged as a change."""
    data = _clean(fields)
    unknown = set(data) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"unknown customer fields: {sorted(unknown)}")
    if not allow_duplicate:
        candidates = customer_find_duplicates(
            email=data.get("email", ""),
            phone=data.get("phone", ""),
            identity_code=data.get("identity_code", ""),
        )
        if candidates:
            raise DuplicateCustomer(candidates)
    if (
        data.get("identity_code")
        and Customer.objects.filter(identity_code=data["identity_code"]).exists()
    ):
        raise ValidationError({"identity_code": _("Another customer has this identity code.")})
    customer = Customer.objects.create(**data)
    access_log_record(
        actor=actor, action="create", customer=customer, context=context, fields=sorted(data)
    )
    return customer


@transaction.atomic
def customer_update(*, customer: Customer, actor: User, context: str, **fields) -> Customer:
    data = _clean({"kind": customer.kind, **fields})
    changed = []
    for key, value in data.items():
        if key not in EDITABLE_FIELDS:
            raise TypeError(f"unknown customer field: {key}")
        if getattr(customer, key) != value:
            setattr(customer, key, value)
            changed.append(key)
    if (
        "identity_code" in changed
        and customer.identity_code
        and Customer.objects.filter(identity_code=customer.identity_code)
        .exclude(pk=customer.pk)
        .exists()
    ):
        raise ValidationError({"identity_code": _("Another customer has this identity code.")})
    if "email" in changed:
        customer.email_failing_since = None
    if changed:
        customer.save()
        access_log_record(
            actor=actor, action="change", customer=customer, context=context, fields=changed
        )
    return customer


@transaction.atomic
def customer_mark_email_failing(*, customer: Customer, context: str) -> Customer:
    """Note that mail to the customer's address bounces; a new address clears it."""
    if customer.email_failing_since is None:
        customer.email_failing_since = timezone.now()
        customer.save(update_fields=["email_failing_since"])
        access_log_record(
            actor=None,
            action="change",
            customer=customer,
            context=context,
            fields=["email_failing_since"],
        )
    return customer


def contact_clean(*, email: str = "", phone: str = "", first_name: str = "", last_name: str = ""):
    """A contact's address and name as `customer_for_contact` will store them, or a
    ValidationError (a phone number that is not one); nothing is written."""
    return _clean(
        {"email": email, "phone": phone, "first_name": first_name, "last_name": last_name},
        require_name=False,
    )


def customer_for_contact(
    *,
    email: str = "",
    phone: str = "",
    first_name: str = "",
    last_name: str = "",
    preferred_language: str = "fi",
    preferred_channel: str = "",
    context: str,
) -> Customer | None:
    """The customer behind a contact's address, found by e-mail or phone or created.

    Used by the channels: a citizen writing from a known address joins their own record.
    Returns None when the contact left no address (anonymous).
    """
    data = contact_clean(email=email, phone=phone, first_name=first_name, last_name=last_name)
    if not data["email"] and not data["phone"]:
        return None
    match = None
    if data["email"]:
        match = Customer.objects.filter(email=data["email"]).order_by("pk").first()
    if match is None and data["phone"]:
        match = Customer.objects.filter(phone=data["phone"]).order_by("pk").first()
    if match is not None:
        return match
    if not (data["first_name"] or data["last_name"]):
        data["last_name"] = (data["email"] or data["phone"])[: TEXT_LIMITS["last_name"]]
    return customer_create(
        actor=None,
        context=context,
        allow_duplicate=True,
        preferred_language=preferred_language,
        preferred_channel=preferred_channel
        or (Customer.ContactChannel.EMAIL if data["email"] else Customer.ContactChannel.PHONE),
        **data,
    )


@dataclass(frozen=True)
class PotMove:
    customers: int
    cases: int


@transaction.atomic
def customers_handler_move(
    *, actor: User, from_user: User, to_user: User, open_cases: bool = True
) -> PotMove:
    """Move a handler's whole pot of customers to another person in one action; with
    `open_cases` their open cases handled by the old handler move too. Supervisors only."""
    from luukku.cases.models import OPEN_STATUSES, Case
    from luukku.cases.services import case_assign

    if not actor.sees_everything:
        raise PermissionDenied
    if from_user == to_user:
        raise ValidationError({"to_user": _("Choose someone other than the current handler.")})
    if not to_user.is_active:
        raise ValidationError({"to_user": _("%(name)s no longer works here.") % {"name": to_user}})
    customers = list(Customer.objects.select_for_update().filter(handler=from_user))
    for customer in customers:
        changed = ["handler"]
        customer.handler = to_user
        if customer.substitute_id == to_user.pk:
            customer.substitute = None  # a handler cannot be their own substitute
            changed.append("substitute")
        customer.save(update_fields=changed)
        access_log_record(
            actor=actor,
            action="change",
            customer=customer,
            context="customers_handler_move",
            fields=changed,
        )
    moved_cases = 0
    if open_cases:
        cases = Case.objects.filter(
            customer__in=customers, assignee=from_user, status__in=OPEN_STATUSES
        )
        for case in cases:
            try:
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
