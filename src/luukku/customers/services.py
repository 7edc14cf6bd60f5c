"""Writes of customer records. Personal data: every change is written to the privacy log."""

from dataclasses import dataclass

import phonenumbers
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import MaxLengthValidator, validate_email
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from stdnum.fi import hetu, ytunnus

from luukku.core.locks import in_transaction, row_lock, rows_lock
from luukku.core.text import single_line
from luukku.organisation.models import User
from luukku.privacy.masking import MASK
from luukku.privacy.models import AccessLogEntry
from luukku.privacy.services import access_log_record

from .models import CONTACT_DETAILS, Customer, CustomerDistinct, CustomerEvent
from .selectors import customer_find_duplicates, customer_match, record_name

EDITABLE_FIELDS = (
    "kind",
    "first_name",
    "last_name",
    "organisation_name",
    "identity_code",
    "business_id",
    "sector",
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


ONE_LINE_FIELDS = ("first_name", "last_name", "organisation_name")


def _clean(data: dict, *, require_name: bool = True) -> dict:
    data = dict(data)
    errors: dict[str, str] = {}
    for key in ("first_name", "last_name", "organisation_name", "email", "notes"):
        if key in data and isinstance(data[key], str):
            data[key] = data[key].strip()
    # Names on one line, from every channel and every edit: they may name the customer in a
    # mail header and stand on one line on every page.
    for key in ONE_LINE_FIELDS:
        if isinstance(data.get(key), str):
            data[key] = single_line(data[key])
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


@in_transaction
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


@in_transaction
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


@in_transaction
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
    """The customer behind a contact: the one record it unambiguously belongs to
    (`customer_match`), or a new one. Returns None when the contact left no address.

    Used by the channels. The record is for staff to see the person's history; messages
    about the contact go to the addresses given on it (the case keeps them), never to the
    record's, so a wrong guess here can never send someone's mail to another person."""
    data = contact_clean(email=email, phone=phone, first_name=first_name, last_name=last_name)
    if not data["email"] and not data["phone"]:
        return None
    match = customer_match(**data)
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


def customer_for_organisation(*, business_id: str, name: str, context: str) -> Customer | None:
    """The organisation behind a business ID: the one organisation record with it, or a new
    one with the name given. None when the ID is not valid, no name is given for a new one,
    or several records share the ID (staff merge them; nothing is guessed).

    The record is the customer of what the organisation books or buys; messages about it
    still go to the addresses its contact person gave, never to the record's."""
    business_id = (business_id or "").strip()
    if not ytunnus.is_valid(business_id):
        return None
    business_id = ytunnus.format(business_id)
    found = list(
        Customer.active.filter(kind=Customer.Kind.ORGANISATION, business_id=business_id).order_by(
            "pk"
        )[:2]
    )
    if len(found) == 1:
        return found[0]
    if found or not (name or "").strip():
        return None
    return customer_create(
        actor=None,
        context=context,
        allow_duplicate=True,
        kind=Customer.Kind.ORGANISATION,
        organisation_name=name.strip()[:200],
        business_id=business_id,
    )


# -- two records of one person -------------------------------------------------------------

# What the kept record takes from the merged one when it has nothing of its own.
MERGE_FILLS = tuple(
    name for name in EDITABLE_FIELDS if name not in {"kind", "notes", "handler", "substitute"}
)


@dataclass(frozen=True)
class Merged:
    customer: Customer
    moved: dict[str, int]  # model label -> rows moved to the kept record
    filled: list[str]  # fields the kept record took from the merged one


def _may_merge(actor: User) -> None:
    if not (actor.is_front_line or actor.sees_everything):
        raise PermissionDenied


def _pair_locked(first: Customer, second: Customer) -> tuple[Customer, Customer]:
    """Both records locked, the lower id first (the same order everywhere: no deadlock)."""
    if first.pk == second.pk:
        raise ValidationError({"other": _("Choose another customer record.")})
    locked = {c.pk: c for c in rows_lock(Customer.objects.filter(pk__in=[first.pk, second.pk]))}
    if len(locked) != 2:
        raise ValidationError({"other": _("The customer record no longer exists.")})
    if any(c.merged_into_id for c in locked.values()):
        raise ValidationError({"other": _("The record has already been merged into another.")})
    return locked[first.pk], locked[second.pk]


def _merge_refusal(keep: Customer, duplicate: Customer) -> str:
    if keep.kind != duplicate.kind:
        return _("A person, an organisation and an internal customer cannot be merged.")
    for field, message in (
        ("identity_code", _("The records have different identity codes: two people.")),
        ("business_id", _("The records have different business IDs: two organisations.")),
    ):
        ours, theirs = getattr(keep, field), getattr(duplicate, field)
        if ours and theirs and ours != theirs:
            return message
    return ""


def _references_move(keep: Customer, duplicate: Customer) -> dict[str, int]:
    """Point everything that refers to `duplicate` at `keep`: cases, appointments, callbacks
    and whatever a later app adds. The access log stays as written (it is append-only): the
    merged record is kept, and the kept record's log includes it."""
    moved = {}
    for relation in Customer._meta.get_fields(include_hidden=True):
        if not (relation.one_to_many and relation.auto_created):
            continue
        model = relation.related_model
        if model in (AccessLogEntry, CustomerDistinct) or model is Customer:
            continue
        name = relation.field.name
        count = model._base_manager.filter(**{name: duplicate}).update(**{name: keep})
        if count:
            moved[model._meta.label] = count
    # Records merged into the duplicate before now point at the kept one.
    Customer.objects.filter(merged_into=duplicate).update(merged_into=keep)
    # Different from someone else is still true of the person.
    pairs = CustomerDistinct.objects.filter(Q(first=duplicate) | Q(second=duplicate))
    for pair in pairs:
        other_id = pair.second_id if pair.first_id == duplicate.pk else pair.first_id
        if other_id != keep.pk:
            low, high = sorted([keep.pk, other_id])
            CustomerDistinct.objects.get_or_create(
                first_id=low,
                second_id=high,
                defaults={"marked_by_id": pair.marked_by_id, "marked_at": pair.marked_at},
            )
    pairs.delete()
    return moved


@in_transaction
def customers_merge(*, actor: User, keep: Customer, duplicate: Customer) -> Merged:
    """Merge two records of one person: `duplicate`'s cases, appointments and callbacks move
    to `keep`, which also takes the details it lacks (an address, a phone number, an
    identity code); the duplicate is kept, marked merged, out of searches and matching,
    with its access log. Both records' logs say who merged them. Front line and
    supervisors; refused (changing nothing) for two kinds of customer or two identity codes."""
    _may_merge(actor)
    keep, duplicate = _pair_locked(keep, duplicate)
    if refusal := _merge_refusal(keep, duplicate):
        raise ValidationError({"other": refusal})
    filled = [
        name
        for name in MERGE_FILLS
        if not getattr(keep, name)
        and getattr(duplicate, name)
        and not (name == "last_name" and not any(record_name(duplicate)))
    ]
    if "identity_code" in filled:  # unique: the duplicate lets go of it first
        Customer.objects.filter(pk=duplicate.pk).update(identity_code="")
    for name in filled:
        setattr(keep, name, getattr(duplicate, name))
    if duplicate.notes and duplicate.notes not in keep.notes:
        keep.notes = "\n\n".join(filter(None, [keep.notes, duplicate.notes]))
        filled.append("notes")
    if keep.handler_id is None and duplicate.handler_id is not None:
        keep.handler_id = duplicate.handler_id
        if keep.substitute_id in (None, duplicate.handler_id):
            keep.substitute_id = duplicate.substitute_id
        filled += ["handler", "substitute"]
    if keep.handler_id and keep.handler_id == keep.substitute_id:
        keep.substitute_id = None
    keep.save()
    moved = _references_move(keep, duplicate)
    Customer.objects.filter(pk=duplicate.pk).update(
        merged_into=keep, merged_at=timezone.now(), handler=None, substitute=None
    )
    access_log_record(
        actor=actor,
        action=AccessLogEntry.Action.MERGE,
        customer=keep,
        context=f"customers_merge:{duplicate.pk}",
        fields=filled,
    )
    access_log_record(
        actor=actor,
        action=AccessLogEntry.Action.MERGE,
        customer=duplicate,
        context=f"customers_merge:{keep.pk}",
        fields=sorted(moved),
    )
    return Merged(customer=keep, moved=moved, filled=filled)


@in_transaction
def customers_mark_distinct(*, actor: User, customer: Customer, other: Customer) -> None:
    """A person checked two records that share an address and found two people (a family's
    e-mail, a couple's phone): they are no longer offered as possible duplicates. Logged."""
    _may_merge(actor)
    customer, other = _pair_locked(customer, other)
    low, high = sorted([customer.pk, other.pk])
    _pair, created = CustomerDistinct.objects.get_or_create(
        first_id=low, second_id=high, defaults={"marked_by": actor}
    )
    if created:
        for one, two in ((customer, other), (other, customer)):
            access_log_record(
                actor=actor,
                action="change",
                customer=one,
                context=f"customers_mark_distinct:{two.pk}",
            )


@in_transaction
def customers_handler_replace(*, actor: User, from_user: User, to_user: User) -> list[Customer]:
    """Give every customer of `from_user` (their named handler) to `to_user`, in the caller's
    transaction, and return them; supervisors only. Their open cases move with
    `cases.named_handlers.customers_handler_move`, which calls this after
    locking the customers and their cases (in the order of `core.locks`)."""
    if not actor.sees_everything:
        raise PermissionDenied
    if from_user == to_user:
        raise ValidationError({"to_user": _("Choose someone other than the current handler.")})
    if not to_user.is_active:
        raise ValidationError({"to_user": _("%(name)s no longer works here.") % {"name": to_user}})
    customers = rows_lock(Customer.objects.filter(handler=from_user))
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
    return customers


@transaction.atomic(savepoint=False)
def customer_anonymise(*, customer: Customer, now) -> Customer:
    """Erase a person's record where the law allows it (privacy.subject_requests decides,
    through what `customers.subject_data` registers):
    the row stays, because the access log refers to it, but every personal field is blanked
    and the record says when. Records merged into it go the same way, and so do the marks
    that it is a different person from someone."""
    records = list(rows_lock(Customer.objects.filter(Q(pk=customer.pk) | Q(merged_into=customer))))
    for record in records:
        record.first_name = ""
        record.last_name = MASK if record.kind != Customer.Kind.ORGANISATION else ""
        record.organisation_name = MASK if record.kind == Customer.Kind.ORGANISATION else ""
        for name in (*CONTACT_DETAILS, "notes"):
            setattr(record, name, "")
        record.email_failing_since = None
        record.handler = record.substitute = record.internal_department = None
        record.anonymised_at = now
        record.save()
    CustomerDistinct.objects.filter(Q(first__in=records) | Q(second__in=records)).delete()
    CustomerEvent.objects.filter(customer__in=records).delete()
    customer.refresh_from_db()
    return customer


@in_transaction
def customer_legal_hold_set(*, customer: Customer, hold: bool, actor: User | None) -> Customer:
    """Keep a person's record and cases whole, or lift the hold; erasure is refused while it
    holds. Logged as a change of the record."""
    customer = row_lock(customer)
    if customer.legal_hold != hold:
        customer.legal_hold = hold
        customer.save(update_fields=["legal_hold"])
        access_log_record(
            actor=actor,
            action="change",
            customer=customer,
            context="legal_hold",
            fields=["legal_hold"],
        )
    return customer
