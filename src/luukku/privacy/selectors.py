from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet

from luukku.organisation.models import User

from .models import AccessLogEntry, RetentionRule, RetentionRun


def access_log_for_customer(*, customer, viewer: User) -> QuerySet[AccessLogEntry]:
    """The log of one customer's personal data, for supervisors and administrators only;
    with the log of the records merged into it."""
    if not viewer.sees_everything:
        raise PermissionDenied
    return AccessLogEntry.objects.filter(
        Q(customer=customer) | Q(customer__merged_into=customer)
    ).select_related("actor", "case")


def may_handle_subject_requests(user) -> bool:
    """Who may export a person's data or erase it, and read the retention figures: today
    supervisors and administrators (the data-protection officer's role joins here)."""
    return bool(user and user.is_authenticated and user.sees_everything)


def retention_rules() -> list:
    """The default rule first, then each service's own."""
    rules = list(RetentionRule.objects.select_related("service"))
    return sorted(rules, key=lambda rule: (rule.service_id is not None, str(rule)))


def retention_rule_for(service_id: int, rules: list | None = None):
    """The service's own rule, else the default; None when there is no rule at all."""
    rules = retention_rules() if rules is None else rules
    default = None
    for rule in rules:
        if rule.service_id == service_id:
            return rule
        if rule.service_id is None:
            default = rule
    return default


def retention_runs_latest() -> dict:
    """The last dry run and the last real run, for the supervisors' page."""
    return {
        "dry_run": RetentionRun.objects.filter(dry_run=True).first(),
        "run": RetentionRun.objects.filter(dry_run=False).first(),
    }
