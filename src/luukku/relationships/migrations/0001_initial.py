from django.db import migrations


class Migration(migrations.Migration):
    """The relationships app's tables: 0002_segments (segments and announcements) and
    0002_plans (customer plans and their meetings), joined by a merge migration."""

    initial = True

    dependencies = []

    operations = []
