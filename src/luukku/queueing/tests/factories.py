import factory

from luukku.organisation.models import ServicePoint
from luukku.organisation.tests.factories import OrganisationFactory

from ..models import Desk, ServiceGroup


class ServicePointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ServicePoint

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Asiointipiste {n}")
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
