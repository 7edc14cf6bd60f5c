"""How many SQL statements the main writes send, and how many of them are savepoints.

Loads a small demo city (`luukku demo_load --cases 40`) into a fresh database at a fixed
moment (a Tuesday at 10:00 in Helsinki), then runs each write the way production does —
outside any transaction, so the outermost service opens it — and counts the statements
with Django's `CaptureQueriesContext`. Each write runs three times on fresh rows and the
last run is reported, so that caches filled on first use (content types, the site's
settings) do not count. `BEGIN` shows on SQLite (Luukku begins `IMMEDIATE`); on
PostgreSQL the driver begins and commits without a statement of its own, so neither is
counted there.

    python bench/write_queries.py                          # SQLite in a temporary folder
    DATABASE_URL=postgres://…/db python bench/write_queries.py
    python bench/write_queries.py --show case_reply      # and the statements of one write

Results go to stdout as a Markdown table; docs/benchmarks.md keeps the latest
("Queries per page and per write").
"""

import argparse
import datetime as dt
import os
import tempfile
from itertools import count

RUNS = 3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", default="", help="print the statements of writes so named")
    args = parser.parse_args()
    os.environ.setdefault("LUUKKU_DATA_DIR", tempfile.mkdtemp(prefix="luukku-bench-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "luukku.settings")
    os.environ.setdefault("DEBUG", "1")  # the development key, unless SECRET_KEY is given
    import django
    import time_machine

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone

    moment = timezone.make_aware(dt.datetime(2026, 11, 24, 10, 0))
    # The clock runs, as in production: a frozen one would give all events of a write one
    # moment, and the case's `updated_at` would be written once where it is written per event.
    with time_machine.travel(moment, tick=True):
        call_command("flush", interactive=False, verbosity=0)
        call_command("migrate", verbosity=0)
        call_command("demo_load", cases=40, verbosity=0)
        print(f"Database: {connection.vendor}\n")
        print("| write | statements | of them SAVEPOINT / RELEASE / ROLLBACK TO |")
        print("|---|---:|---:|")
        for name, prepare, run in writes():
            for _attempt in range(RUNS):
                argument = prepare()
                statements = measure(run, argument)
            savepoints = [s for s in statements if s.split()[0].upper() in SAVEPOINT_WORDS]
            print(f"| {name} | {len(statements)} | {len(savepoints)} |")
            if args.show and name.startswith(args.show):
                print("\n".join(f"    {sql[:160]}" for sql in statements))


SAVEPOINT_WORDS = {"SAVEPOINT", "RELEASE", "ROLLBACK"}


def measure(run, argument) -> list[str]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    assert not connection.in_atomic_block, "a write must run as production runs it"
    connection.queries_log.clear()  # a full log (9,000 entries) would hide the new ones
    with CaptureQueriesContext(connection) as captured:
        run(argument)
    return [query["sql"] for query in captured.captured_queries]


def writes():
    """(name, prepare, run): `prepare` makes fresh rows (not counted), `run` is the write."""
    from django.utils import timezone

    from luukku.appointments.selectors import callback_windows, free_slots
    from luukku.appointments.services import appointment_book_online, callback_request_online
    from luukku.cases.models import Case, Channel, Consultation, Status
    from luukku.cases.services import (
        case_assign,
        case_create,
        case_reply,
        consultation_answer,
        consultation_ask,
    )
    from luukku.catalogue.models import Service
    from luukku.channels.citizen_request import CitizenRequest
    from luukku.channels.models import Mailbox
    from luukku.channels.services import mail_receive, request_take_in, submission_register
    from luukku.customers.models import Customer
    from luukku.organisation.models import User

    numbers = count(1)
    agent = User.objects.get(username="aino")
    expert = User.objects.get(username="sari")
    customer = Customer.objects.filter(merged_into=None).exclude(email="").first()
    plain = (
        Service.objects.filter(
            is_published=True,
            internal=False,
            sensitive=False,
            requires_location=False,
            request_fields__isnull=True,
        )
        .exclude(routing_rules__automatic=True)
        .order_by("pk")
        .first()
    )
    expert_service = plain  # an expert asked by name answers whichever service it is
    mailbox = Mailbox.objects.exclude(default_service=None).first()

    def new_case(service=plain):
        return case_create(
            service=service,
            channel=Channel.PHONE,
            subject=f"Kysymys {next(numbers)}",
            body="Asiakas kysyi puhelimessa.",
            customer=customer,
            author=agent,
        )

    def new_unassigned_case():
        case = new_case(expert_service)
        Case.objects.filter(pk=case.pk).update(assignee=None, status=Status.NEW)
        return Case.objects.get(pk=case.pk)

    def asked():
        return consultation_ask(
            case=new_unassigned_case(), actor=agent, question="Mitä tähän vastataan?", expert=expert
        )

    def request():
        n = next(numbers)
        return {
            "service": plain,
            "subject": f"Katuvalo pimeänä {n}",
            "description": "Koskikadun valot eivät pala.",
            "first_name": "Maija",
            "last_name": "Meikäläinen",
            "email": f"maija{n}@example.fi",
            "language": "fi",
        }

    def slot():
        from luukku.appointments.models import BookableService

        for bookable in BookableService.objects.select_related("service"):
            slots = free_slots(service=bookable.service, start=timezone.localdate(), days=14)
            if slots:
                return bookable.service, slots[0]
        raise RuntimeError("the demo city has no free time to book")

    def window():
        for service in Service.objects.filter(is_published=True, internal=False).order_by("pk"):
            windows = callback_windows(service=service)
            if windows:
                return service, windows[0]
        raise RuntimeError("the demo city offers no callback window")

    def mail():
        n = next(numbers)
        return (
            f"From: Maija Meikäläinen <maija{n}@example.fi>\r\n"
            f"To: {mailbox.address}\r\nSubject: Katuvalo {n}\r\n"
            f"Message-ID: <bench-{n}-{os.getpid()}@example.fi>\r\n"
            "Date: Tue, 24 Nov 2026 09:00:00 +0200\r\n\r\nKoskikadun valot eivät pala.\r\n"
        ).encode()

    yield "case_create (staff, phone)", lambda: None, lambda _none: new_case()
    yield (
        "case_reply (first reply: assigns and opens)",
        new_unassigned_case,
        lambda case: case_reply(case=case, actor=agent, body="Hoidamme asian."),
    )
    yield (
        "case_assign",
        new_unassigned_case,
        lambda case: case_assign(case=case, actor=agent, assignee=agent),
    )
    yield (
        "consultation_ask",
        new_unassigned_case,
        lambda case: consultation_ask(case=case, actor=agent, question="Mitä?", expert=expert),
    )
    yield (
        "consultation_answer",
        asked,
        lambda asked: consultation_answer(consultation=asked, actor=expert, answer="Näin."),
    )
    yield (
        "request_take_in (web form)",
        request,
        lambda data: request_take_in(request=CitizenRequest(**data)),
    )
    yield (
        "submission_register",
        lambda: request_take_in(request=CitizenRequest(**request())).pk,
        lambda pk: submission_register(submission_id=pk),
    )

    def book(found):
        service, free = found
        n = next(numbers)
        return appointment_book_online(
            service=service,
            starts_at=free.starts_at,
            meeting_type=free.meeting_type,
            service_point_id=free.service_point_id,
            first_name="Maija",
            last_name="Meikäläinen",
            email=f"maija{n}@example.fi",
            description="Haluan kysyä rakennusluvasta.",
        )

    yield "appointment_book_online", slot, book

    def call_back(found):
        service, offered = found
        return callback_request_online(
            service=service,
            window_start=offered.starts_at,
            window_end=offered.ends_at,
            first_name="Maija",
            last_name="Meikäläinen",
            phone=f"040 123 {next(numbers):04d}",
            description="Soittakaa, kiitos.",
        )

    yield "callback_request_online", window, call_back
    yield "mail_receive (new case)", mail, lambda raw: mail_receive(raw=raw)
    assert Consultation.objects.exists()


if __name__ == "__main__":
    main()
