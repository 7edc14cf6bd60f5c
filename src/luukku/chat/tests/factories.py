import factory

from luukku.organisation.tests.factories import TeamFactory

from ..models import ChatQueue


class ChatQueueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ChatQueue

    name = factory.Sequence(lambda n: f"Chat {n}")
    name_fi = factory.SelfAttribute("name")
    team = factory.SubFactory(TeamFactory)
