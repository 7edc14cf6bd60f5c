"""Subjects kept before they were folded on the way in: on one line, as every channel now
stores them (a line break in a subject broke every reply's mail header)."""

from django.db import migrations

from luukku.core.text import single_line

# The characters `single_line` folds, but NUL, which no database stores (and PostgreSQL
# refuses in a pattern).
BREAKS = "[" + "".join(map(chr, [*range(1, 32), *range(0x7F, 0xA0)])) + "\u2028\u2029]"


def fold_subjects(apps, schema_editor):
    Case = apps.get_model("cases", "Case")
    for case in Case.objects.filter(subject__regex=BREAKS).only("pk", "subject").iterator():
        Case.objects.filter(pk=case.pk).update(subject=single_line(case.subject)[:200])


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0013_outbound_mail_lease"),
    ]

    operations = [migrations.RunPython(fold_subjects, migrations.RunPython.noop)]
