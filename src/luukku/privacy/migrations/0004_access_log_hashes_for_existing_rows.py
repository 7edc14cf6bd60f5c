"""Chain the entries written before the access log was tamper-evident, in the order they
were written, and start the chain's head after the last of them.

The hash is written out here as it was when this migration was made, so that a later change
of the model cannot change what this migration does.
"""

import datetime as dt
import hashlib
import json

from django.db import migrations

GENESIS = "0" * 64


def _canonical(row) -> str:
    return json.dumps(
        {
            "at": row.at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "actor": row.actor_id,
            "action": row.action,
            "customer": row.customer_id,
            "case": row.case_id,
            "context": row.context,
            "fields": row.fields,
            "query": row.query,
            "count": row.count,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )


def chain_existing(apps, schema_editor):
    Entry = apps.get_model("privacy", "AccessLogEntry")
    Chain = apps.get_model("privacy", "AccessLogChain")
    previous, last_id, length = GENESIS, None, 0
    for row in Entry.objects.order_by("pk").iterator(chunk_size=2000):
        row_hash = hashlib.sha256(f"{previous}\n{_canonical(row)}".encode()).hexdigest()
        Entry.objects.filter(pk=row.pk).update(previous_hash=previous, row_hash=row_hash)
        previous, last_id, length = row_hash, row.pk, length + 1
    Chain.objects.update_or_create(
        pk=1, defaults={"last_hash": previous, "last_entry_id": last_id, "length": length}
    )


class Migration(migrations.Migration):
    dependencies = [("privacy", "0003_access_log_chain")]

    operations = [migrations.RunPython(chain_existing, migrations.RunPython.noop)]
