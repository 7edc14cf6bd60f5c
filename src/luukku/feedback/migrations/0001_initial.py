from django.db import migrations


class Migration(migrations.Migration):
    """The feedback app's tables: 0002_feedback (feedback and surveys) and 0002_situations
    (documented hard situations), joined by a merge migration."""

    initial = True

    dependencies = []

    operations = []
