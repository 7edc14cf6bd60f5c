"""The customer record's own part of a data-subject request, registered with
`privacy.subjects` in `CustomersConfig.ready()`: privacy sits below customers and names no
customer model (docs/decisions/0001-privacy-below-the-records-it-logs.md)."""

from luukku.core.locks import row_lock
from luukku.privacy.subjects import SubjectRecord

from .models import CONTACT_DETAILS, Customer
from .services import customer_anonymise

EXPORTED_FIELDS = (
    "kind",
    "first_name",
    "last_name",
    "organisation_name",
    *CONTACT_DETAILS,
    "preferred_language",
    "preferred_channel",
    "notes",
    "legal_hold",
)


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def customer_export_row(customer: Customer) -> dict:
    """The record as the export's `data.json` gives it."""
    row = {name: getattr(customer, name) for name in EXPORTED_FIELDS}
    row.update(
        {
            "id": customer.pk,
            "named_handler": str(customer.handler or ""),
            "created_at": _iso(customer.created_at),
            "anonymised_at": _iso(customer.anonymised_at),
            "merged_records": list(customer.merged_records.values_list("pk", flat=True)),
            "timeline": [
                {
                    "kind": event.kind,
                    "at": _iso(event.at),
                    "title": event.title,
                    "text": event.body,
                    "data": event.data,
                }
                for event in customer.events.order_by("at", "pk")
            ],
        }
    )
    return row


def customer_find_for_request(value: str) -> Customer:
    """A customer by their id or their personal identity code (the data-subject commands);
    LookupError says why there is none to use."""
    customer = Customer.objects.filter(identity_code=value.upper()).first()
    if customer is None and value.isdigit():
        customer = Customer.objects.filter(pk=int(value)).first()
    if customer is None:
        raise LookupError(f"No customer {value} (give the record's id or identity code).")
    if customer.merged_into_id:
        raise LookupError(
            f"Customer {value} was merged into {customer.merged_into_id}: use that record."
        )
    return customer


def customer_lock(customer: Customer) -> Customer:
    """The record again, locked for the erasure's transaction."""
    return row_lock(customer)


SUBJECT_RECORD = SubjectRecord(
    find=customer_find_for_request,
    lock=customer_lock,
    row=customer_export_row,
    anonymise=customer_anonymise,
    # Written to the access log as what the erasure changed (the legal hold is not).
    erased_fields=EXPORTED_FIELDS[:-1],
)
