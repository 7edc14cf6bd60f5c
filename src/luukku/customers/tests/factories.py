import factory

from luukku.customers.models import Customer


class CustomerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Customer

    kind = Customer.Kind.PERSON
    first_name = "Matti"
    last_name = factory.Sequence(lambda n: f"Meikäläinen{n}")
    email = factory.Sequence(lambda n: f"matti{n}@example.fi")
