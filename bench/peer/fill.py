"""Fill django-helpdesk with tickets through its own models, in bulk: as many tickets over as
many years as Luukku's generated data set, with follow-ups, the same Finnish texts (the demo
city's examples) and a staff user for the measurements. Run in the peer's environment:

    PEER_DATABASE_URL=… bench/.peer-venv/bin/python bench/peer/fill.py --tickets 1000000
"""

import argparse
import datetime as dt
import importlib.util
import os
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings")

# The demo city's texts (plain data modules, no Django): the same words as Luukku's cases.
# `data` imports its sibling `services_more`, so both load as one package of their own,
# without Luukku's Django apps.
DEMO = HERE.parent.parent / "src" / "luukku" / "demo"
package = importlib.util.spec_from_file_location(
    "demo_texts", DEMO / "__init__.py", submodule_search_locations=[str(DEMO)]
)
sys.modules["demo_texts"] = importlib.util.module_from_spec(package)
spec = importlib.util.spec_from_file_location("demo_texts.data", DEMO / "data.py")
data = importlib.util.module_from_spec(spec)
sys.modules["demo_texts.data"] = data
spec.loader.exec_module(data)

CHUNK = 5000
PASSWORD = "luukku-demo"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--years", type=int, default=4)
    args = parser.parse_args()
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone
    from helpdesk.models import FollowUp, Queue, Ticket

    call_command("migrate", verbosity=0)
    if Ticket.objects.exists():
        sys.exit("The peer's database already has tickets; give an empty one.")
    rng = random.Random(2026)
    User = get_user_model()
    staff = User.objects.create_user("liisa", "liisa@example.fi", PASSWORD, is_staff=True)
    agents = [staff] + [
        User.objects.create_user(f"neuvoja-{n}", f"neuvoja-{n}@example.fi", PASSWORD, is_staff=True)
        for n in range(1, 33)
    ]
    services = [s for s in data.SERVICES if s.get("accepts", True) and s["examples"]]
    queues = [
        Queue.objects.create(
            title=service["name"][0],
            slug=service["code"][:50],
            allow_public_submission=True,
        )
        for service in services
    ]
    weights = [service["weight"] for service in services]
    now = timezone.now()
    days = 365 * args.years
    started = time.perf_counter()
    done = 0
    while done < args.tickets:
        tickets, followups = [], []
        for _ in range(min(CHUNK, args.tickets - done)):
            index = rng.choices(range(len(services)), weights)[0]
            _lang, subject, body = rng.choice(services[index]["examples"])
            created = now - dt.timedelta(days=rng.random() ** 1.15 * days)
            age = (now - created).days
            status = (
                rng.choice([Ticket.CLOSED_STATUS, Ticket.RESOLVED_STATUS])
                if age > 45
                else rng.choice(
                    [Ticket.OPEN_STATUS, Ticket.REOPENED_STATUS, Ticket.RESOLVED_STATUS]
                )
            )
            ticket = Ticket(
                title=subject,
                queue=queues[index],
                created=created,
                modified=created,
                submitter_email=f"asukas{rng.randrange(250_000)}@example.fi",
                assigned_to=rng.choice(agents) if rng.random() < 0.8 else None,
                status=status,
                description=body,
                priority=3,
            )
            tickets.append(ticket)
            # About as many entries as a Luukku timeline: opened, a reply, status changes.
            at = created
            for step in range(rng.randrange(2, 6)):
                at = min(at + dt.timedelta(hours=rng.randrange(1, 72)), now)
                followups.append(
                    FollowUp(
                        ticket=ticket,
                        date=at,
                        title="Ticket Opened" if step == 0 else "Comment",
                        comment=body if step == 0 else rng.choice(data.REPLIES["fi"]),
                        public=True,
                        user=ticket.assigned_to if step else None,
                    )
                )
        with transaction.atomic():
            Ticket.objects.bulk_create(tickets, batch_size=1000)
            FollowUp.objects.bulk_create(followups, batch_size=2000)
        done += len(tickets)
        if done % 100_000 == 0 or done == args.tickets:
            rate = done / (time.perf_counter() - started)
            print(f"  {done:>10,} tickets  ({rate:,.0f} tickets/s)", flush=True)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
    print(f"Filled {done:,} tickets in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
