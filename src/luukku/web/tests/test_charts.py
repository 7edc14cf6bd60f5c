"""The charts' SVG as drawn for a phone (web/charts.py): readable text, whole labels."""

from luukku.insights.reports import Cell, Table
from luukku.web.charts import ABOVE_CHARACTERS, BAR_CHART_WIDTH, FONT, bar_chart

LONG = "Varhaiskasvatuksen hakeminen ja maksut"


def _table(*names: str) -> Table:
    rows = [[Cell(name, "text"), Cell(10 * (index + 1))] for index, name in enumerate(names)]
    return Table(
        slug="services", title="By service", columns=["Service", "Cases"], rows=rows, chart=1
    )


def test_a_bar_chart_keeps_12_px_text_on_a_320_px_screen():
    chart = bar_chart(_table("Web", "Phone"))
    assert FONT * 288 / chart.width >= 12  # 288 px: a 320 px screen less the page's margins
    assert all(text.x <= chart.width for text in chart.texts)


def test_short_categories_stand_beside_their_bars_and_long_ones_above_them_whole():
    beside = bar_chart(_table("Web", "Phone"))
    assert [(text.text, text.anchor) for text in beside.y_axis[1:]] == [
        ("Web", "end"),
        ("Phone", "end"),
    ]
    above = bar_chart(_table("Web", LONG))
    labels = above.y_axis[1:]
    assert [text.text for text in labels] == ["Web", LONG]  # not cut short
    assert len(LONG) <= ABOVE_CHARACTERS
    for label, bar in zip(labels, above.rects, strict=True):
        assert label.anchor == "start" and label.y < bar.y  # on its own line above the bar
    assert above.width == BAR_CHART_WIDTH
