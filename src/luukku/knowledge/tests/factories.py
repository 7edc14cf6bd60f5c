import factory

from luukku.knowledge.models import Article, ReplyTemplate
from luukku.organisation.tests.factories import UserFactory


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title_fi = factory.Sequence(lambda n: f"Ohje {n}")
    body_fi = "Ohjeen teksti."
    owner = factory.SubFactory(UserFactory, role="expert")
    visibility = Article.Visibility.PUBLIC


class ReplyTemplateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReplyTemplate

    key = factory.Sequence(lambda n: f"template-{n}")
    language = "fi"
    title = factory.Sequence(lambda n: f"Vastauspohja {n}")
    body = "Hei {customer_name}, kiitos viestistäsi."
