import factory

from luukku.organisation.models import ServicePoint
from luukku.organisation.tests.factories import OrganisationFactory

from ..models import Desk, ServiceGroup


class ServicePointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ServicePoint

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Asiointipiste {n}")
    name_fi = factory.SelfAttribute("name")
    street_address = "Virastokatu 2"
    postal_code = "55100"
    post_office = "Imatra"


class ServiceGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ServiceGroup

    service_point = factory.SubFactory(ServicePointFactory)
    name = factory.Sequence(lambda n: f"Ryhmä {n}")
    name_fi = factory.SelfAttribute("name")
    prefix = factory.Sequence(lambda n: "ABCDEFGHJKLMNPRSTUVWXYZ"[n % 23])


class DeskFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Desk
        skip_postgeneration_save = True

    service_point = factory.SubFactory(ServicePointFactory)
    number = factory.Sequence(lambda n: str(n + 1))

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.set(extracted)


def waiting_online_ticket():
    """An online ticket waiting in a queue open today: at a point that has a queue, or at
    the first service point with a group made for it (a page test on the demo's data)."""
    from luukku.organisation.models import ServicePoint

    from ..models import TicketSource
    from ..selectors.queue import points_with_queue
    from ..services.days import queue_day_open
    from ..services.tickets import ticket_issue

    point = points_with_queue().first() or ServicePoint.objects.order_by("pk").first()
    group = ServiceGroup.objects.filter(service_point=point, is_active=True).first()
    if group is None:
        group = ServiceGroup.objects.create(service_point=point, name="Kela", prefix="K")
    queue_day_open(service_point=point, actor=None)
    return ticket_issue(group=group, source=TicketSource.VIRTUAL, notify_email="a@example.fi")
