"""The feedback figures of the dashboard (docs/feedback.md, "Metrics"): feedback by kind and
by topic, service, channel and service point; complaints answered in time; ideas received,
implemented and declined (the ASPA measure "ideas from customers implemented").

Read from the feedback records when the page opens (a city gets some thousands a year: a
few grouped queries). Feedback belongs to the period it was received in; the dashboard's
service, department, channel, point and handler narrow the cases it arrived as."""

from django.utils.translation import gettext_lazy as _

from luukku.cases.models import Channel
from luukku.feedback.models import Feedback
from luukku.feedback.selectors import complaints_in_time, figures_by, ideas_fates

from .selectors import Filters
from .tables import Cell, Table

KINDS = ("praise", "complaint", "idea", "question")
TABLE_SLUGS = (
    "feedback",
    "feedback_kinds",
    "feedback_topics",
    "feedback_services",
    "feedback_channels",
    "feedback_points",
)


def _summary(filters: Filters) -> Table:
    complaints = complaints_in_time(filters)
    ideas = ideas_fates(filters)
    rows = [
        (_("Complaints received"), Cell(complaints["received"])),
        (_("Complaints answered"), Cell(complaints["answered"])),
        (_("Complaints answered in time"), Cell(complaints["in_time"])),
        (_("Share answered in time"), Cell(complaints["share"], "percent")),
        (_("Complaints overdue without an answer"), Cell(complaints["overdue"])),
        (_("Ideas received"), Cell(ideas["received"])),
        (_("Ideas under consideration"), Cell(ideas["considered"])),
        (_("Ideas implemented"), Cell(ideas["implemented"])),
        (_("Ideas declined"), Cell(ideas["declined"])),
        (_("Ideas not yet decided"), Cell(ideas["undecided"])),
    ]
    return Table(
        slug="feedback",
        title=_("Complaints and ideas"),
        columns=[_("Figure"), _("Value")],
        rows=[[Cell(label, "text"), cell] for label, cell in rows],
        highlights=(3, 7),
        note=_(
            "Feedback received in the period. A complaint is answered in time when the first "
            "reply to the customer was written by its answer day; ideas' fates as they stand "
            "today."
        ),
    )


def _label(dimension: str, value) -> str:
    if value is None or value == "":
        return str(_("Not set"))
    if dimension == "kind" and value in Feedback.Kind.values:
        return str(Feedback.Kind(value).label)
    if dimension == "channel" and value in Channel.values:
        return str(Channel(value).label)
    return str(value)


def _by(filters: Filters, dimension: str, slug: str, title, column) -> Table:
    rows = [
        [
            Cell(_label(dimension, row["label"]), "text"),
            Cell(row["total"]),
            *(Cell(row[kind]) for kind in KINDS),
        ]
        for row in figures_by(filters, dimension)
    ]
    return Table(
        slug=slug,
        title=title,
        columns=[column, _("All"), *(Feedback.Kind(kind).label for kind in KINDS)],
        rows=rows,
        chart=1,
    )


def feedback_theme(filters: Filters) -> list[Table]:
    return [
        _summary(filters),
        _by(filters, "kind", "feedback_kinds", _("Feedback by kind"), _("Kind")),
        _by(filters, "topic", "feedback_topics", _("Feedback by topic"), _("Topic")),
        _by(filters, "service", "feedback_services", _("Feedback by service"), _("Service")),
        _by(filters, "channel", "feedback_channels", _("Feedback by channel"), _("Channel")),
        _by(
            filters, "point", "feedback_points", _("Feedback by service point"), _("Service point")
        ),
    ]
