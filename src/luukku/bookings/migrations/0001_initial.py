from django.db import migrations


class Migration(migrations.Migration):
    """The reservations' tables (0002 adds the courses' and events' registrations)."""

    initial = True

    dependencies = []

    operations = []
