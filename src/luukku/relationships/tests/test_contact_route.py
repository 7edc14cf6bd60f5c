import datetime as dt

import pytest

from luukku.customers.models import Customer
from luukku.relationships.contact import contact_route


def _customer(**values):
    base = {
        "kind": "person",
        "first_name": "Aino",
        "last_name": "Virta",
        "email": "aino@example.fi",
    }
    base.update(values)
    return Customer(**base)


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({}, ("email", "aino@example.fi", False)),
        (
            {"preferred_channel": "phone", "phone": "+358401234567"},
            ("phone", "+358401234567", False),
        ),
        ({"preferred_channel": "sms", "phone": "+358401234567"}, ("sms", "+358401234567", False)),
        ({"preferred_channel": "phone"}, ("email", "aino@example.fi", True)),
        (
            {"email_failing_since": dt.datetime(2026, 1, 1, tzinfo=dt.UTC), "phone": "+35840"},
            ("sms", "+35840", True),
        ),
        (
            {
                "preferred_channel": "letter",
                "street_address": "Koskikatu 1",
                "postal_code": "55100",
                "post_office": "Imatra",
            },
            ("letter", "Koskikatu 1, 55100 Imatra", False),
        ),
        ({"email": ""}, ("none", "", False)),
    ],
)
def test_the_preferred_channel_when_it_has_an_address(values, expected):
    route = contact_route(_customer(**values))
    assert (route.channel, route.address, route.fallback) == expected


def test_a_caller_wants_a_call_and_nobody_is_reachable_when_erased():
    assert contact_route(_customer(preferred_channel="phone", phone="+35840")).is_call
    erased = _customer(anonymised_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    assert contact_route(erased).channel == "none"
    assert contact_route(None).channel == "none"
