# Open311's models now live in `channels` (channels 0005): the `api` app forgets them
# without dropping their tables, which `channels` keeps using under the same names.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('api', '0003_api_tokens'),
        ('channels', '0005_open311_models_from_api'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.DeleteModel(name='FiledRequest'),
                migrations.DeleteModel(name='ApiKey'),
            ],
        ),
    ]
