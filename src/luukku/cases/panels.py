"""Which of a case's related tables have rows for it, read with the case itself.

The case page shows a dozen panels, each from its own table (consultations, escalations,
bookings, orders, feedback, mail, merges…), and most cases have nothing in most of them. Asked
with the case as `EXISTS` subqueries along each table's case index, the page then reads only
the panels that have something: one statement for the case instead of one per empty panel.
"""

from django.db.models import Exists, OuterRef, Q

from .models import Case, OutboundMail

# Panels that show some of a relation's rows: their relation, and the rows that count.
SOME_ROWS = {
    "inbound_mail": ("inbound_mail", Q(event__isnull=False)),  # the e-mails on the timeline
    "mail_attention": ("outbound_mail", ~Q(status=OutboundMail.Status.SENT)),
}


def _relations() -> dict:
    return {
        field.get_accessor_name(): field
        for field in Case._meta.get_fields()
        if field.auto_created and (field.one_to_many or field.one_to_one)
    }


def panels_present(names) -> dict[str, Exists]:
    """Annotations `has_<name>` for Case's reverse relations `names` (by accessor name, or a
    panel of `SOME_ROWS`)."""
    relations = _relations()
    annotations = {}
    for name in names:
        relation, shown = SOME_ROWS.get(name, (name, Q()))
        field = relations[relation]
        rows = field.related_model._default_manager.filter(**{field.field.name: OuterRef("pk")})
        annotations[f"has_{name}"] = Exists(rows.filter(shown))
    return annotations


def case_has(case: Case, name: str) -> bool:
    """Whether the case has rows in relation `name`: True when it was not asked with the
    case (`panels_present`), so that a panel is then read as before."""
    return getattr(case, f"has_{name}", True)


def case_mail_needing_attention(*, case: Case) -> list[OutboundMail]:
    """Messages to the customer that failed for good or were left half-sent."""
    mails = case.outbound_mail.filter(SOME_ROWS["mail_attention"][1]).defer("body")
    return [mail for mail in mails if mail.needs_attention]
