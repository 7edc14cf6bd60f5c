from django.db import migrations


class Migration(migrations.Migration):
    """The citizen's own page and the resolution notices, built beside the plans and the
    segments."""

    dependencies = [
        ("relationships", "0003_merge_plans_segments"),
        ("relationships", "0002_own_page"),
    ]

    operations = []
