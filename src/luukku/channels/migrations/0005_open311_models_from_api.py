# Open311's models move from the `api` app to the channel that owns Open311 (issue 25).
# Only Django's picture of the models moves: the tables keep their names (`api_apikey`,
# `api_filedrequest`) and their rows, constraints and indexes, so nothing is copied. The
# content types move with them, so that permissions given on them and the admin's history
# stay attached.

import django.db.models.deletion
import django.utils.timezone
import luukku.channels.models
from django.db import migrations, models

MOVED = ("apikey", "filedrequest")


def _content_types_move(apps, schema_editor, *, source: str, target: str) -> None:
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_types = ContentType.objects.using(schema_editor.connection.alias)
    for model in MOVED:
        if not content_types.filter(app_label=target, model=model).exists():
            content_types.filter(app_label=source, model=model).update(app_label=target)


def content_types_to_channels(apps, schema_editor):
    _content_types_move(apps, schema_editor, source="api", target="channels")


def content_types_to_api(apps, schema_editor):
    _content_types_move(apps, schema_editor, source="channels", target="api")


class Migration(migrations.Migration):

    dependencies = [
        ('api', '0003_api_tokens'),
        ('cases', '0015_legal_hold_anonymised'),
        ('channels', '0004_submission_partial_indexes'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name='ApiKey',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=200, verbose_name='client')),
                        ('contact_email', models.EmailField(blank=True, max_length=254, verbose_name='contact e-mail')),
                        ('key', models.CharField(default=luukku.channels.models.new_key, editable=False, max_length=64, unique=True, verbose_name='key')),
                        ('is_active', models.BooleanField(default=True, verbose_name='in use')),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='created')),
                        ('last_used_at', models.DateTimeField(blank=True, null=True, verbose_name='last used')),
                    ],
                    options={
                        'verbose_name': 'Open311 API key',
                        'verbose_name_plural': 'Open311 API keys',
                        'db_table': 'api_apikey',
                        'ordering': ['name'],
                    },
                ),
                migrations.AlterField(
                    model_name='submission',
                    name='api_key',
                    field=models.ForeignKey(blank=True, db_index=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='channels.apikey', verbose_name='Open311 client'),
                ),
                migrations.CreateModel(
                    name='FiledRequest',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('filed_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='filed')),
                        ('api_key', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='requests', to='channels.apikey', verbose_name='client')),
                        ('case', models.OneToOneField(on_delete=django.db.models.deletion.PROTECT, related_name='open311', to='cases.case', verbose_name='case')),
                    ],
                    options={
                        'verbose_name': 'request filed through Open311',
                        'verbose_name_plural': 'requests filed through Open311',
                        'db_table': 'api_filedrequest',
                    },
                ),
            ],
        ),
        migrations.RunPython(content_types_to_channels, content_types_to_api),
    ]
