from django.db import migrations


class Migration(migrations.Migration):
    """The satisfaction surveys, built beside the feedback records and the situations."""

    dependencies = [
        ("feedback", "0003_merge_feedback_situations"),
        ("feedback", "0002_surveys"),
    ]

    operations = []
