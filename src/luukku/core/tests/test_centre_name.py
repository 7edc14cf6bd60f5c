"""The service centre is named in its reader's language: on the pages, in mail and in
calendar invitations (SERVICE_CENTRE_NAME, SERVICE_CENTRE_NAME_SV, SERVICE_CENTRE_NAME_EN)."""

import pytest
from django.utils import translation

from luukku.cases.notifications import acknowledgement_queue
from luukku.cases.tests.factories import make_case
from luukku.core.site import service_centre_name
from luukku.customers.tests.factories import CustomerFactory

NAMES = {
    "fi": "Vuokselan kaupungin asiakaspalvelu",
    "sv": "Vuoksela stads kundtjänst",
    "en": "City of Vuoksela customer service",
}


def test_the_demo_citys_centre_has_a_name_in_each_language(settings):
    assert settings.SERVICE_CENTRE_NAMES == NAMES
    for language, name in NAMES.items():
        with translation.override(language):
            assert service_centre_name() == name
        assert service_centre_name(language) == name


def test_a_language_the_city_has_not_named_it_in_gets_the_finnish_name(settings):
    settings.SERVICE_CENTRE_NAMES = {**NAMES, "sv": ""}
    assert service_centre_name("sv") == NAMES["fi"]
    assert service_centre_name("de") == NAMES["fi"]


@pytest.mark.django_db
@pytest.mark.parametrize(("prefix", "language"), [("", "fi"), ("/sv", "sv"), ("/en", "en")])
def test_pages_name_the_centre_in_their_language(client, prefix, language):
    page = client.get(f"{prefix}/").content.decode()
    assert f'<a class="brand" href="{prefix}/">{NAMES[language]}</a>' in page
    assert f"– {NAMES[language]}</title>" in page
    others = {name for other, name in NAMES.items() if other != language}
    assert not any(name in page for name in others)


@pytest.mark.django_db
def test_the_acknowledgement_is_signed_in_the_customers_language(service):
    case = make_case(
        service=service, customer=CustomerFactory(email="erik@example.fi"), language="sv"
    )
    mail = acknowledgement_queue(case=case)
    assert mail.body.rstrip().endswith(f"Med vänliga hälsningar\n{NAMES['sv']}")
    assert NAMES["fi"] not in mail.body
