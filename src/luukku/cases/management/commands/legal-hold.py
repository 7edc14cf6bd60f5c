from django.core.management.base import BaseCommand, CommandError

from luukku.cases.models import Case
from luukku.cases.subject_data import case_legal_hold_set
from luukku.customers.models import Customer
from luukku.customers.services import customer_legal_hold_set
from luukku.organisation.models import User


class Command(BaseCommand):
    help = (
        "Put a case or a customer's record under a legal hold (kept whole: not anonymised by "
        "the retention rules, not erased) or lift it with --lift. Logged in the access log."
    )

    def add_arguments(self, parser):
        target = parser.add_mutually_exclusive_group(required=True)
        target.add_argument("--case", help="the case's reference")
        target.add_argument("--customer", type=int, help="the customer's id")
        parser.add_argument("--lift", action="store_true", help="lift the hold")
        parser.add_argument("--by", help="the member of staff (logged)")

    def handle(self, *args, case, customer, lift: bool, by, **options):
        actor = None
        if by:
            actor = User.objects.filter(username=by, is_active=True).first()
            if actor is None:
                raise CommandError(f"No active member of staff {by}.")
        hold = not lift
        if case:
            found = Case.objects.filter(reference=case.upper()).first()
            if found is None:
                raise CommandError(f"No case {case}.")
            case_legal_hold_set(case=found, hold=hold, actor=actor)
            self.stdout.write(f"{found.reference}: legal hold {'on' if hold else 'lifted'}")
            return
        found = Customer.objects.filter(pk=customer).first()
        if found is None:
            raise CommandError(f"No customer {customer}.")
        customer_legal_hold_set(customer=found, hold=hold, actor=actor)
        self.stdout.write(f"customer {found.pk}: legal hold {'on' if hold else 'lifted'}")
