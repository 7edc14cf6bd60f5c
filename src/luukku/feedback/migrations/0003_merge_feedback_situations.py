from django.db import migrations


class Migration(migrations.Migration):
    """The feedback records and the documented hard situations, built side by side."""

    dependencies = [
        ("feedback", "0002_feedback"),
        ("feedback", "0002_situations"),
    ]

    operations = []
