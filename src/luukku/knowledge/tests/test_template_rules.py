"""A reply template carries neither a sign-off nor the link to follow the case: Luukku adds
both to every reply (cases.replies), so a template that had them signed replies twice."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from luukku.cases.tests.factories import make_case
from luukku.knowledge.models import ReplyTemplate
from luukku.knowledge.selectors import template_render
from luukku.knowledge.services import reply_template_save
from luukku.knowledge.tests.factories import ReplyTemplateFactory

pytestmark = pytest.mark.django_db

SIGN_OFF_ERROR = "Jätä lopputervehdys pois"
LINK_ERROR = "Jätä {status_link} pois"


@pytest.mark.parametrize(
    ("language", "body", "error"),
    [
        ("fi", "Hei {customer_name},\n\nkiitos.\n\nYstävällisin terveisin", SIGN_OFF_ERROR),
        (
            "sv",
            "Hej {customer_name},\n\ntack.\n\nMed vänliga hälsningar\n{handler}",
            SIGN_OFF_ERROR,
        ),
        ("en", "Hello {customer_name},\n\nthank you.\n\nKind regards,", SIGN_OFF_ERROR),
        ("fi", "Asiasi tunnus on {reference}. Seuraa sitä osoitteessa {status_link}", LINK_ERROR),
    ],
)
def test_a_template_with_a_sign_off_or_the_status_link_is_refused(
    expert, service, language, body, error
):
    with pytest.raises(ValidationError) as raised:
        reply_template_save(
            template=None,
            actor=expert,
            key="thanks",
            language=language,
            service=service,
            title="Kiitos",
            body=body,
            keywords="",
            is_active=True,
        )
    assert error in " ".join(raised.value.message_dict["body"])
    assert not ReplyTemplate.objects.exists()


def test_the_template_page_says_why_and_keeps_the_template(client, expert, service):
    template = ReplyTemplateFactory(body="Hei {customer_name}, kiitos.")
    client.force_login(expert)
    response = client.post(
        reverse("web:template_edit", args=[template.pk]),
        {
            "key": template.key,
            "language": "fi",
            "service": service.pk,
            "title": template.title,
            "body": "Hei {customer_name}, kiitos.\n\nTerveisin\nAino",
            "keywords": "",
            "is_active": "on",
        },
    )
    assert response.status_code == 400
    assert SIGN_OFF_ERROR in response.content.decode()
    template.refresh_from_db()
    assert template.body == "Hei {customer_name}, kiitos."


def test_a_sign_off_in_an_older_template_is_left_out_of_the_reply(service, agent):
    case = make_case(service=service)
    template = ReplyTemplateFactory(body="Hei, kiitos viestistä.\n\nYstävällisin terveisin")
    assert template_render(template=template, case=case, user=agent) == "Hei, kiitos viestistä."
