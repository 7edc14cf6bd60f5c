from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError

from luukku.privacy.management.subject_arguments import customer_find, staff_find
from luukku.privacy.subject_requests import subject_erase, subject_erasure_plan


class Command(BaseCommand):
    help = (
        "Erase a person's data where the law allows: anonymise their cases, appointments and "
        "callbacks and blank their record. Refused, with every reason, while a retention duty "
        "applies. With --check, only say whether it would be allowed."
    )

    def add_arguments(self, parser):
        parser.add_argument("customer", help="the customer's id or personal identity code")
        parser.add_argument("--reason", default="", help="the request and its date (logged)")
        parser.add_argument("--check", action="store_true", help="change nothing")
        parser.add_argument("--by", help="the member of staff handling the request (logged)")

    def handle(self, *args, customer: str, reason: str, check: bool, by, **options):
        person = customer_find(customer)
        plan = subject_erasure_plan(customer=person)
        if check or not plan.allowed:
            for blocker in plan.blockers:
                self.stdout.write(f"refused: {blocker}")
            if plan.allowed:
                self.stdout.write(f"allowed: {len(plan.cases)} cases would be anonymised")
            if not plan.allowed and not check:
                raise CommandError("Not erased: a retention duty applies (see above).")
            return
        try:
            request = subject_erase(customer=person, actor=staff_find(by), reason=reason)
        except PermissionDenied as error:
            raise CommandError(f"{by} may not handle data-subject requests.") from error
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        counts = ", ".join(f"{key} {value}" for key, value in sorted(request.counts.items()))
        self.stdout.write(f"customer {person.pk} anonymised: {counts}")
