import factory

from luukku.catalogue.models import RequestField, RequestFieldOption, Service
from luukku.organisation.tests.factories import OrganisationFactory, UnitFactory


class ServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Service

    code = factory.Sequence(lambda n: f"service-{n}")
    name_fi = factory.Sequence(lambda n: f"Palvelu {n}")
    name_sv = factory.Sequence(lambda n: f"Tjänst {n}")
    name_en = factory.Sequence(lambda n: f"Service {n}")
    summary_fi = "Lyhyt kuvaus"
    description_fi = "Pitkä kuvaus"
    provider = factory.SubFactory(OrganisationFactory)
    responsible_unit = factory.SubFactory(UnitFactory)
    target_reply_days = 5


class RequestFieldFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RequestField
        skip_postgeneration_save = True

    service = factory.SubFactory(ServiceFactory)
    code = factory.Sequence(lambda n: f"field{n}")
    label_fi = factory.LazyAttribute(lambda o: f"Kenttä {o.code}")
    label_en = factory.LazyAttribute(lambda o: f"Field {o.code}")
    datatype = RequestField.DataType.TEXT

    @factory.post_generation
    def options(self, create, extracted, **kwargs):
        for order, key in enumerate(extracted or []):
            RequestFieldOption.objects.create(field=self, key=key, label_fi=key, order=order)
