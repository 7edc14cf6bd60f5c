from django.core.management.base import BaseCommand

from luukku.demo.loader import DEMO_PASSWORD, load_demo


class Command(BaseCommand):
    help = "Load the demo municipality (Vuoksela). Safe to run again: nothing is duplicated."

    def add_arguments(self, parser):
        parser.add_argument("--cases", type=int, default=3000)
        parser.add_argument("--customers", type=int, default=600)

    def handle(self, *args, cases: int, customers: int, **options):
        result = load_demo(cases=cases, customers=customers)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo loaded: {result['services']} services, {result['staff']} staff, "
                f"{result['customers']} customers, {result['cases_created']} new cases. "
                "Sign in as aino, mikko, sari, juha, liisa, tuula, marja, kalle or admin "
                f"with the password {DEMO_PASSWORD}."
            )
        )
