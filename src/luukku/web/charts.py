"""Charts of the metrics and the staffing plan as server-drawn SVG, with axes, tick values and
units (`web/_chart.svg.html` draws them).

Everything is placed here in the SVG's own units, so the template only writes attributes: the
Content-Security-Policy allows no style attributes, and an SVG's geometry needs none. The
table beside each chart is its text alternative; the SVG is one image with a title.
"""

import math
from dataclasses import dataclass, field

from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _

from luukku.core.calendar import HELSINKI
from luukku.core.templatetags.luukku import metric
from luukku.insights.reports import Table

FONT = 13  # the SVG's text size, in its units
ROW = 24  # a bar's row in a bar chart
BAR = 16
LABEL_WIDTH = 140  # a bar chart's category labels
PLOT_WIDTH = 240
LABEL_CHARACTERS = 17


@dataclass(frozen=True)
class Text:
    x: float
    y: float
    text: str
    anchor: str = "start"  # start, middle, end
    role: str = "tick"  # tick, label, value, title
    rotate: bool = False  # the vertical axis' title


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    role: str = "grid"  # grid, axis


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float
    role: str = "bar"  # bar, extra


@dataclass
class Chart:
    slug: str
    title: str
    description: str
    width: float
    height: float
    rects: list[Rect] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    x_axis: list[Text] = field(default_factory=list)  # tick values and the axis' title
    y_axis: list[Text] = field(default_factory=list)
    texts: list[Text] = field(default_factory=list)  # each bar's value

    @property
    def axes(self) -> list[tuple[str, list[Text]]]:
        return [("x", self.x_axis), ("y", self.y_axis)]


def nice_ticks(highest: float, *, whole: bool, count: int = 5) -> list[float]:
    """Round tick values from 0 to at least `highest` (steps of 1, 2, 2.5 or 5 times a power
    of ten; whole numbers only for counts)."""
    if highest <= 0:
        return [0, 1]
    raw = highest / count
    magnitude = 10 ** math.floor(math.log10(raw))
    steps = [m * magnitude for m in (1, 2, 2.5, 5, 10)]
    if whole:
        steps = [step for step in steps if step >= 1 and float(step).is_integer()] or [1]
    step = next((s for s in steps if s >= raw), steps[-1])
    top = math.ceil(highest / step - 1e-9)
    return [round(i * step, 6) for i in range(top + 1)]


def _tick_text(value: float, kind: str) -> str:
    decimals = 0 if float(value).is_integer() else (1 if float(value * 10).is_integer() else 2)
    text = number_format(value, decimals, force_grouping=True)
    return f"{text} %" if kind == "percent" else text


def _unit_title(column, kind: str) -> str:
    if kind == "percent":
        return _("%(measure)s, %%") % {"measure": column}
    if kind == "hours":
        return _("%(measure)s, hours") % {"measure": column}
    return _("%(measure)s, number") % {"measure": column}


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARACTERS else text[: LABEL_CHARACTERS - 1] + "…"


def bar_chart(table: Table) -> Chart | None:
    """A table's chart column as horizontal bars, one per row (the first `chart_limit`),
    the category on the vertical axis and the figure, with its unit, on the horizontal one."""
    if table.chart is None:
        return None
    rows = [row for row in table.rows if isinstance(row[table.chart].value, int | float)]
    rows = rows[: table.chart_limit]
    if not rows:
        return None
    kind = rows[0][table.chart].kind
    scale = 100 if kind == "percent" else 1
    values = [row[table.chart].value * scale for row in rows]
    ticks = nice_ticks(max(values), whole=kind == "int")
    top = ticks[-1]
    left, plot_top = LABEL_WIDTH, 2 * FONT
    bottom = plot_top + ROW * len(rows)
    chart = Chart(
        slug=table.slug,
        title=_("Chart: %(title)s") % {"title": table.title},
        description=_("%(measure)s by %(category)s; the same figures are in the table.")
        % {"measure": table.columns[table.chart], "category": table.columns[0]},
        width=left + PLOT_WIDTH + 64,
        height=bottom + 2.6 * FONT + 2 * FONT,
    )
    for tick in ticks:
        x = left + PLOT_WIDTH * tick / top
        chart.lines.append(Line(x, plot_top, x, bottom + 4))
        chart.x_axis.append(Text(x, bottom + 1.5 * FONT, _tick_text(tick, kind), "middle"))
    chart.x_axis.append(
        Text(
            left + PLOT_WIDTH / 2,
            bottom + 3.2 * FONT,
            _unit_title(table.columns[table.chart], kind),
            "middle",
            "title",
        )
    )
    chart.y_axis.append(Text(left - 6, FONT, str(table.columns[0]), "end", "title"))
    chart.lines.append(Line(left, bottom, left + PLOT_WIDTH, bottom, "axis"))
    chart.lines.append(Line(left, plot_top, left, bottom, "axis"))
    for index, (row, value) in enumerate(zip(rows, values, strict=True)):
        y = plot_top + index * ROW + (ROW - BAR) / 2
        width = PLOT_WIDTH * value / top
        chart.rects.append(Rect(left, y, width, BAR))
        middle = y + BAR / 2 + FONT * 0.35
        chart.y_axis.append(Text(left - 6, middle, _short(metric(row[0])), "end", "label"))
        chart.texts.append(Text(left + width + 4, middle, metric(row[table.chart]), role="value"))
    return chart


def staffing_chart(plan) -> Chart | None:
    """The people to schedule in each interval of the week as columns (the moved tasks'
    share on top), the days along the horizontal axis and the people on the vertical one."""
    intervals = plan.intervals
    if not intervals:
        return None
    highest = max(row.scheduled_with_tasks for row in intervals)
    ticks = nice_ticks(highest, whole=True)
    top = ticks[-1]
    left, plot_top, plot_width, plot_height = 4.5 * FONT, FONT, 640, 200
    bottom = plot_top + plot_height
    chart = Chart(
        slug="staffing",
        title=_("Chart: people to schedule in each interval"),
        description=_(
            "People to schedule in each interval of the week, without the moved tasks and "
            "with them; the same figures are in the table."
        ),
        width=left + plot_width + FONT,
        height=bottom + 3.6 * FONT,
    )
    for tick in ticks:
        y = bottom - plot_height * tick / top
        chart.lines.append(Line(left - 4, y, left + plot_width, y))
        chart.y_axis.append(Text(left - 6, y + FONT * 0.35, _tick_text(tick, "int"), "end"))
    chart.y_axis.append(
        Text(FONT, plot_top + plot_height / 2, _("People"), "middle", "title", rotate=True)
    )
    width = plot_width / len(intervals)
    gap = min(1, width / 4)
    day = None
    for index, row in enumerate(intervals):
        x = left + index * width
        base = plot_height * row.scheduled / top
        extra = plot_height * (row.scheduled_with_tasks - row.scheduled) / top
        left_edge = x + gap / 2
        chart.rects.append(Rect(left_edge, bottom - base, width - gap, base))
        if extra:
            chart.rects.append(Rect(left_edge, bottom - base - extra, width - gap, extra, "extra"))
        local = row.starts_at.astimezone(HELSINKI)
        if local.date() != day:
            day = local.date()
            chart.lines.append(Line(x, bottom, x, bottom + 5, "axis"))
            chart.x_axis.append(Text(x + 2, bottom + 1.4 * FONT, date_format(day, "D j.n.")))
    chart.x_axis.append(
        Text(
            left + plot_width / 2,
            bottom + 3 * FONT,
            _("Day and time (Finnish time)"),
            "middle",
            "title",
        )
    )
    chart.lines.append(Line(left, bottom, left + plot_width, bottom, "axis"))
    chart.lines.append(Line(left, plot_top, left, bottom, "axis"))
    return chart
