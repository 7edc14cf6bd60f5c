from django.db import migrations, models


class Migration(migrations.Migration):
    """The teams' open cases nobody has taken, for "My work" and "My team's" (issue 34)."""

    dependencies = [
        ("cases", "0022_mail_without_case"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="case",
            index=models.Index(
                condition=models.Q(
                    ("assignee__isnull", True),
                    ("status__in", ["new", "open", "waiting_customer", "waiting_expert"]),
                ),
                fields=["team", "due_at"],
                name="case_unassigned_team",
            ),
        ),
    ]
