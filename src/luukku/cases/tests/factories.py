from luukku.cases.models import Channel
from luukku.cases.services import case_create
from luukku.catalogue.tests.factories import ServiceFactory
from luukku.customers.tests.factories import CustomerFactory


def make_case(
    *, service=None, customer=None, channel=Channel.WEB, subject="Katuvalo pimeänä", **kwargs
):
    """A case made through the one write path, as every channel makes them: a web or Open311
    case as the request form sends it (`request_form`), unless told otherwise."""
    kwargs.setdefault("request_form", channel in (Channel.WEB, Channel.OPEN311))
    return case_create(
        service=service or ServiceFactory(),
        customer=customer if customer is not None else CustomerFactory(),
        channel=channel,
        subject=subject,
        body=kwargs.pop("body", "Koskikadun valot eivät pala."),
        **kwargs,
    )
