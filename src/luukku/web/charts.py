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
SMALLEST_TEXT = 12  # px: no chart's text is drawn smaller on a 320 px screen
NARROW_CONTENT = 288  # px: the page's width on a 320 px screen, less its margins
# A bar chart is drawn to fit a phone: at most this wide, it is never shrunk below 12 px text.
BAR_CHART_WIDTH = 300  # at most NARROW_CONTENT * FONT / SMALLEST_TEXT (312), with room to spare
ROW = 24  # a bar's row in a bar chart
BAR = 16
LABEL_WIDTH = 116  # a bar chart's category labels, beside the bars when they are short
LABEL_CHARACTERS = 15  # longer labels go above their bars, on a line of their own
ABOVE_CHARACTERS = 40  # about 6.5 units a character
VALUE_WIDTH = 56  # room for the figure after the longest bar
# The staffing chart is drawn at its own size (one unit a pixel) and scrolls sideways in its
# box on a narrower screen, so that a week's hours have room for their labels.
STAFFING_PLOT_WIDTH = 1000
HOUR_LABEL_SPACE = 1.8 * FONT  # the least room between two hour labels ("10" is about FONT)


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
    role: str = "grid"  # grid, axis, day (a day's first interval)


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
    scrolls: bool = False  # drawn at its own size, scrolling sideways in its box if need be

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
    if kind == "euros":
        return _("%(measure)s, €") % {"measure": column}
    return _("%(measure)s, number") % {"measure": column}


def _short(text: str, most: int) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"


def bar_chart(table: Table) -> Chart | None:
    """A table's chart column as horizontal bars, one per row (the first `chart_limit`),
    the category on the vertical axis and the figure, with its unit, on the horizontal one.

    Narrow enough for a phone (`BAR_CHART_WIDTH`): short categories stand beside their bars,
    longer ones on a line of their own above them."""
    if table.chart is None:
        return None
    rows = [row for row in table.rows if isinstance(row[table.chart].value, int | float)]
    rows = rows[: table.chart_limit]
    if not rows:
        return None
    kind = rows[0][table.chart].kind
    scale = 100 if kind == "percent" else 1
    values = [row[table.chart].value * scale for row in rows]
    labels = [metric(row[0]) for row in rows]
    above = max(len(label) for label in labels) > LABEL_CHARACTERS
    ticks = nice_ticks(max(values), whole=kind == "int")
    top = ticks[-1]
    left = FONT if above else LABEL_WIDTH
    plot_width = BAR_CHART_WIDTH - left - VALUE_WIDTH
    row_height = ROW + FONT + 2 if above else ROW
    plot_top = 2 * FONT
    bottom = plot_top + row_height * len(rows)
    chart = Chart(
        slug=table.slug,
        title=_("Chart: %(title)s") % {"title": table.title},
        description=_("%(measure)s by %(category)s; the same figures are in the table.")
        % {"measure": table.columns[table.chart], "category": table.columns[0]},
        width=BAR_CHART_WIDTH,
        height=bottom + 2.6 * FONT + 2 * FONT,
    )
    for tick in ticks:
        x = left + plot_width * tick / top
        chart.lines.append(Line(x, plot_top, x, bottom + 4))
        chart.x_axis.append(Text(x, bottom + 1.5 * FONT, _tick_text(tick, kind), "middle"))
    chart.x_axis.append(
        Text(
            BAR_CHART_WIDTH / 2,
            bottom + 3.2 * FONT,
            _unit_title(table.columns[table.chart], kind),
            "middle",
            "title",
        )
    )
    if above:
        chart.y_axis.append(Text(0, FONT, str(table.columns[0]), "start", "title"))
    else:
        chart.y_axis.append(Text(left - 6, FONT, str(table.columns[0]), "end", "title"))
    chart.lines.append(Line(left, bottom, left + plot_width, bottom, "axis"))
    chart.lines.append(Line(left, plot_top, left, bottom, "axis"))
    for index, (row, value, label) in enumerate(zip(rows, values, labels, strict=True)):
        y = plot_top + index * row_height + (row_height - BAR) - (ROW - BAR) / 2
        width = plot_width * value / top
        chart.rects.append(Rect(left, y, width, BAR))
        middle = y + BAR / 2 + FONT * 0.35
        if above:
            label_text = Text(left + 4, y - 4, _short(label, ABOVE_CHARACTERS), "start", "label")
        else:
            label_text = Text(left - 6, middle, _short(label, LABEL_CHARACTERS), "end", "label")
        chart.y_axis.append(label_text)
        chart.texts.append(Text(left + width + 4, middle, metric(row[table.chart]), role="value"))
    return chart


def _hour_step(hour_width: float) -> int:
    """Every how many hours an hour is labelled, so that the labels do not crowd."""
    return next((step for step in (1, 2, 3, 4, 6) if step * hour_width >= HOUR_LABEL_SPACE), 12)


def staffing_chart(plan) -> Chart | None:
    """The people to schedule in each interval of the week as columns (the moved tasks'
    share on top), the hours and days along the horizontal axis and the people on the
    vertical one. Drawn at its own size, scrolling in its box on a phone (`scrolls`)."""
    intervals = plan.intervals
    if not intervals:
        return None
    highest = max(row.scheduled_with_tasks for row in intervals)
    ticks = nice_ticks(highest, whole=True)
    top = ticks[-1]
    left, plot_top, plot_width, plot_height = 4.5 * FONT, FONT, STAFFING_PLOT_WIDTH, 200
    bottom = plot_top + plot_height
    chart = Chart(
        slug="staffing",
        title=_("Chart: people to schedule in each interval"),
        description=_(
            "People to schedule in each interval of the week, without the moved tasks and "
            "with them; the same figures are in the table."
        ),
        width=left + plot_width + FONT,
        height=bottom + 4.6 * FONT,
        scrolls=True,
    )
    for tick in ticks:
        y = bottom - plot_height * tick / top
        chart.lines.append(Line(left - 4, y, left + plot_width, y))
        chart.y_axis.append(Text(left - 6, y + FONT * 0.35, _tick_text(tick, "int"), "end"))
    chart.y_axis.append(
        Text(FONT, plot_top + plot_height / 2, _("People"), "middle", "title", rotate=True)
    )
    width = plot_width / len(intervals)
    step = _hour_step(width * 60 / plan.parameters.interval)
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
        if local.minute == 0 and local.hour % step == 0:
            chart.lines.append(Line(x, bottom, x, bottom + 4, "axis"))
            chart.x_axis.append(Text(x, bottom + 1.3 * FONT, str(local.hour), "middle"))
        if local.date() != day:
            day = local.date()
            chart.lines.append(Line(x, plot_top, x, bottom + 2.9 * FONT, "day"))
            chart.x_axis.append(
                Text(x + 3, bottom + 2.7 * FONT, date_format(day, "D j.n."), role="label")
            )
    chart.x_axis.append(
        Text(
            left + plot_width / 2,
            bottom + 4.2 * FONT,
            _("Day and time (Finnish time)"),
            "middle",
            "title",
        )
    )
    chart.lines.append(Line(left, bottom, left + plot_width, bottom, "axis"))
    chart.lines.append(Line(left, plot_top, left, bottom, "axis"))
    return chart
