"""Names kept before they were folded on the way in: on one line, as every channel and
every edit now stores them."""

from django.db import migrations
from django.db.models import Q

from luukku.core.text import single_line

# The characters `single_line` folds, but NUL, which no database stores.
BREAKS = "[" + "".join(map(chr, [*range(1, 32), *range(0x7F, 0xA0)])) + "\u2028\u2029]"
NAMES = ("first_name", "last_name", "organisation_name")


def fold_names(apps, schema_editor):
    Customer = apps.get_model("customers", "Customer")
    broken = Q()
    for name in NAMES:
        broken |= Q(**{f"{name}__regex": BREAKS})
    for customer in Customer.objects.filter(broken).only("pk", *NAMES).iterator():
        Customer.objects.filter(pk=customer.pk).update(
            **{name: single_line(getattr(customer, name)) for name in NAMES}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("customers", "0005_merge_and_distinct"),
    ]

    operations = [migrations.RunPython(fold_names, migrations.RunPython.noop)]
