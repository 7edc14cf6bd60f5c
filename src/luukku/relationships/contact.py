"""The route to a customer whom Luukku contacts first (docs/relationships.md, "Contact
preferences"): the channel they prefer when the record has a usable address for it.

Callers (announcements, surveys, plan meetings, a reply that the customer would rather have
as a call) ask `contact_route(customer)` and act on its channel:

- "email": write to `address` (an announcement by `mail_queue_direct`); never for a
  message about a case, which goes to the address given on the case (`case.contact_email`);
- "sms": a text message to `address` (`core.sms.sms_send`);
- "phone": do not write: make a call task (a callback, `appointments.services.callback_create`
  for a case) to `address`;
- "letter": a letter to the postal address in `address`;
- "none": the customer cannot be reached this way (no usable address, erased or merged).

`fallback` is True when the preferred channel had no usable address and another was chosen.
"""

from dataclasses import dataclass

from luukku.customers.models import Customer

Channel = Customer.ContactChannel

# When the preferred channel has no usable address, the next that has one.
_FALLBACKS = {
    Channel.EMAIL: [Channel.SMS, Channel.LETTER],
    Channel.SMS: [Channel.EMAIL, Channel.LETTER],
    Channel.PHONE: [Channel.SMS, Channel.EMAIL, Channel.LETTER],
    Channel.LETTER: [Channel.EMAIL, Channel.SMS],
}


@dataclass(frozen=True)
class ContactRoute:
    channel: str  # "email", "sms", "phone", "letter" or "none"
    address: str = ""
    preferred: str = ""
    fallback: bool = False

    @property
    def is_call(self) -> bool:
        """The customer wants a call: make a callback task, do not write."""
        return self.channel == Channel.PHONE


def _address(customer: Customer, channel: str) -> str:
    if channel == Channel.EMAIL:
        return "" if customer.email_failing_since else customer.email
    if channel in (Channel.SMS, Channel.PHONE):
        return customer.phone
    if channel == Channel.LETTER and customer.street_address and customer.postal_code:
        town = " ".join(filter(None, [customer.postal_code, customer.post_office]))
        return f"{customer.street_address}, {town}"
    return ""


def contact_route(customer: Customer | None) -> ContactRoute:
    """How to contact `customer` first: their preferred channel and its address, or the
    next channel with a usable address (a bounced e-mail address is not usable)."""
    if customer is None or customer.anonymised_at or customer.merged_into_id:
        return ContactRoute("none")
    preferred = customer.preferred_channel or Channel.EMAIL
    for channel in [preferred, *_FALLBACKS.get(preferred, [])]:
        address = _address(customer, channel)
        if address:
            return ContactRoute(channel, address, preferred, channel != preferred)
    return ContactRoute("none", "", preferred)
