"""A dashboard table: rows of cells that feed the page, its charts, CSV and XLSX alike
(`reports` builds the themes' tables; `live_chat` builds the chat's)."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Cell:
    value: object
    kind: str = "int"  # text, int, percent, hours, decimal, euros, date, month
    drill: dict | None = None  # the drill-down's query: measure and filters to add


@dataclass
class Table:
    slug: str
    title: str
    columns: list
    rows: list[list[Cell]] = field(default_factory=list)
    chart: int | None = None  # the column a chart beside the table shows
    note: str = ""
    chart_limit: int | None = 12  # bars at most (the first rows); None: every row
    highlights: tuple[int, ...] = ()  # rows shown first as large figures, in this order

    def highlighted(self) -> list[list[Cell]]:
        return [self.rows[index] for index in self.highlights]

    @property
    def header(self) -> list[tuple[object, bool]]:
        """Each column's title and whether it holds numbers (to align them right)."""
        first = self.rows[0] if self.rows else []
        return [
            (column, index > 0 and (index >= len(first) or first[index].kind != "text"))
            for index, column in enumerate(self.columns)
        ]
