"""Records -> text: rich tables for people, TSV/CSV/JSON/JSON Lines for programs.

Corpus text never passes through rich's markup parser: it is always wrapped in `rich.text.Text`
(rich would read `[sic]` as a style tag and drop it). JSON never passes through rich at all.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

FORMATS = ("table", "tsv", "csv", "json", "jsonl")


@dataclass(frozen=True)
class Column:
    """A column of a table or of TSV/CSV output: its header and how to get its value from a record."""

    name: str
    get: Callable[[dict[str, Any]], Any]
    width: str = "auto"  # "auto", "wide" (wraps, takes the room), or "narrow"


def _text_of(value: Any) -> str:
    """A flat string for TSV/CSV: nested {text: ...} objects give their text, lists join."""
    if value is None:
        return ""
    if isinstance(value, dict):
        return str(value.get("text", json.dumps(value, ensure_ascii=False)))
    if isinstance(value, list | tuple):
        return "; ".join(_text_of(item) for item in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def field(name: str) -> Callable[[dict[str, Any]], Any]:
    """A getter for a top-level field."""
    return lambda record: record.get(name)


def count(name: str) -> Callable[[dict[str, Any]], Any]:
    """A getter for the length of a list field."""
    return lambda record: len(record.get(name) or [])


# -- machine formats --------------------------------------------------------------------------------


def select_fields(records: Sequence[dict[str, Any]], fields: Sequence[str] | None) -> list[dict[str, Any]]:
    """The records restricted to the named fields (all of them when fields is None)."""
    if not fields:
        return list(records)
    return [{name: record.get(name) for name in fields} for record in records]


def to_json(records: Sequence[dict[str, Any]]) -> str:
    """One JSON array, UTF-8 unescaped."""
    return json.dumps(list(records), ensure_ascii=False, indent=2)


def to_jsonl(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    """One compact JSON object per line."""
    for record in records:
        yield json.dumps(record, ensure_ascii=False)


def _escape_tsv(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def to_delimited(
    records: Sequence[dict[str, Any]], columns: Sequence[Column], *, csv_format: bool, headers: bool
) -> str:
    """TSV (tabs and newlines escaped as \\t, \\n) or CSV (RFC 4180 quoting), one record a line."""
    if csv_format:
        import csv

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        if headers:
            writer.writerow([c.name for c in columns])
        for record in records:
            writer.writerow([_text_of(c.get(record)) for c in columns])
        return buffer.getvalue()
    lines = ["\t".join(c.name for c in columns)] if headers else []
    lines.extend("\t".join(_escape_tsv(_text_of(c.get(r))) for c in columns) for r in records)
    return "".join(line + "\n" for line in lines)


def columns_for_fields(fields: Sequence[str]) -> list[Column]:
    """Columns that show the named top-level fields."""
    return [Column(name, field(name)) for name in fields]


# -- tables for people ------------------------------------------------------------------------------


def highlighted(text: str, start: int, matches: Iterable[dict[str, Any]], style: str = "bold yellow") -> Any:
    """Corpus text as a rich Text (never parsed as markup) with the match offsets styled."""
    from rich.text import Text

    result = Text(text)
    for match in matches:
        a, b = match["start"] - start, match["end"] - start
        if 0 <= a < b <= len(text):
            result.stylize(style, a, b)
    return result


_NARROW_TERMINAL = 60  # columns: below, a table keeps only the columns that carry the answer


def table(
    records: Sequence[dict[str, Any]], columns: Sequence[Column], title: str | None = None, width: int = 80
) -> Any:
    """A rich Table of the records; every cell is a Text, so corpus text is shown as written.

    On a narrow terminal (`width` columns) the table must fit, or the terminal crops words at its
    edge: the narrow columns after the first (a score, a date beside a quote) are left out, the
    others get at most a quarter of the width and end in an ellipsis, and the wide column wraps its
    words in the room left.
    """
    from rich import box
    from rich.table import Table
    from rich.text import Text

    narrow_terminal = width < _NARROW_TERMINAL
    if narrow_terminal:
        columns = [c for place, c in enumerate(columns) if place == 0 or c.width != "narrow"]
    rows = []
    for record in records:
        values = [column.get(record) for column in columns]
        rows.append([v if isinstance(v, Text) else Text(_text_of(v)) for v in values])
    widths = _narrow_widths(columns, rows, width) if narrow_terminal else [None] * len(columns)
    result = Table(title=title, box=box.SIMPLE_HEAD, show_lines=False, expand=False, header_style="bold")
    result.pad_edge = not narrow_terminal
    for column, fixed in zip(columns, widths, strict=True):
        if fixed is not None:
            wide = column.width == "wide"
            result.add_column(
                column.name,
                width=fixed,
                overflow="fold" if wide else "ellipsis",
                no_wrap=column.width == "narrow",
            )
        elif column.width == "wide":
            result.add_column(column.name, ratio=1, overflow="fold", min_width=20)
        elif column.width == "narrow":
            result.add_column(column.name, no_wrap=True)
        else:
            result.add_column(column.name, overflow="fold")
    for cells in rows:
        result.add_row(*cells)
    return result


def _narrow_widths(columns: Sequence[Column], rows: list[list[Any]], width: int) -> list[int | None]:
    """Each column's width when the table must fit `width`: the wide one takes what the others leave."""
    room = width - (3 * len(columns) - 1)  # edges, inner borders, and a space each side of them
    natural = [
        max([len(column.name), *(len(line) for row in rows for line in row[place].plain.split("\n"))])
        for place, column in enumerate(columns)
    ]
    wide = [place for place, column in enumerate(columns) if column.width == "wide"]
    fixed = sum(natural[p] for p, column in enumerate(columns) if column.width == "narrow")
    auto = [p for p, column in enumerate(columns) if column.width not in ("wide", "narrow")]
    # The wide column keeps a third of the room; the others share the rest, at least 4 each.
    share = max(4, (room - fixed - (room // 3 if wide else 0)) // max(1, len(auto)))
    widths: list[int | None] = [
        natural[p] if column.width == "narrow" else min(natural[p], share) for p, column in enumerate(columns)
    ]
    for place in wide:
        widths[place] = max(8, room - sum(w for p, w in enumerate(widths) if p != place and w is not None))
    return widths


def bar_chart(records: Sequence[dict[str, Any]], width: int = 40) -> Any:
    """Counts per period as a compact horizontal bar chart."""
    from rich.table import Table
    from rich.text import Text

    result = Table.grid(padding=(0, 1))
    result.add_column(justify="right", style="bold")
    result.add_column(justify="right")
    result.add_column()
    peak = max((r["count"] for r in records), default=0) or 1
    for record in records:
        length = max(1, round(width * record["count"] / peak))
        result.add_row(Text(record["period"]), Text(str(record["count"])), Text("█" * length, style="cyan"))
    return result
