from django.db import migrations


class Migration(migrations.Migration):
    """The customer plans and the segments and announcements, built side by side."""

    dependencies = [
        ("relationships", "0002_plans"),
        ("relationships", "0002_segments"),
    ]

    operations = []
