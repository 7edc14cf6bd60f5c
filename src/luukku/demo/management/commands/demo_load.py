from django.core.management.base import BaseCommand
from django.utils import timezone

from luukku.demo.loader import DEMO_PASSWORD, load_demo


class Command(BaseCommand):
    help = (
        "Load the demo municipality (Vuoksela) as it stands at the start of today; the same "
        "seed on the same day gives the same city. Safe to run again: nothing is duplicated."
    )

    def add_arguments(self, parser):
        parser.add_argument("--cases", type=int, default=3000)
        parser.add_argument("--customers", type=int, default=600)
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, *args, cases: int, customers: int, seed: int, **options):
        result = load_demo(cases=cases, customers=customers, seed=seed, today=timezone.localdate())
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo loaded for {result['today']:%Y-%m-%d} (seed {seed}): "
                f"{result['services']} services, {result['staff']} staff, "
                f"{result['customers']} customers, {result['cases_created']} new cases. "
                "Sign in as aino, mikko, sari, juha, liisa, tuula, marja, kalle, paula or admin "
                f"with the password {DEMO_PASSWORD}."
            )
        )
