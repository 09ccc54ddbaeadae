"""Writing results: the chosen format to stdout, notes and "N of M shown" to stderr."""

from __future__ import annotations

import codecs
import sys
from dataclasses import dataclass
from typing import Any

import click

from osceq.errors import NoResults, QueryError

FORMATS = ("table", "tsv", "csv", "json", "jsonl")


def echo_utf8(text: str, nl: bool = True) -> None:
    """Write machine-readable text (JSON, JSONL, TSV, CSV) to stdout as UTF-8, whatever the locale says."""
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    if hasattr(sys.stdout, "buffer") and codecs.lookup(encoding).name != "utf-8":
        click.echo(text.encode("utf-8", "replace"), nl=nl)  # bytes go to the binary stream below
    else:
        click.echo(text, nl=nl)


def _replace_what_stdout_cannot_encode() -> None:
    """Tables on a non-UTF-8 stdout (a legacy console, PYTHONIOENCODING=latin-1) show '?', not a crash."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None and getattr(sys.stdout, "errors", "replace") == "strict":
        reconfigure(errors="replace")


@dataclass(frozen=True)
class OutputSpec:
    """How the user asked for output."""

    format: str | None  # None: a table on a terminal, TSV in a pipe
    fields: tuple[str, ...] | None
    headers: bool
    color: str  # auto, always, never
    pager: bool


class Output:
    """Writes a command's results in the requested format; the only writer of stdout."""

    def __init__(self, spec: OutputSpec) -> None:
        self.spec = spec

    @property
    def format(self) -> str:
        if self.spec.format:
            return self.spec.format
        return "table" if sys.stdout.isatty() else "tsv"

    def emit(self, results: Any, view: Any, *, limit: int | None = None, chart: bool = False) -> None:
        """Write results (an osceq.query.Results) through a view; exit 1 (NoResults) when empty."""
        from osceq import render

        records = results.records
        self._check_fields(records)
        fmt = self.format
        selected = render.select_fields(records, self.spec.fields)
        if fmt == "json":
            echo_utf8(render.to_json(selected))
        elif fmt == "jsonl":
            for line in render.to_jsonl(selected):
                echo_utf8(line)
        elif fmt in ("tsv", "csv"):
            columns = render.columns_for_fields(self.spec.fields) if self.spec.fields else view.delimited
            # With no records, still the header line: a script reading it finds the columns it expects.
            echo_utf8(
                render.to_delimited(records, columns, csv_format=fmt == "csv", headers=self.spec.headers),
                nl=False,
            )
        elif records:
            width = self.console().width
            self._table(
                render.bar_chart(records) if chart else render.table(records, view.table, width=width)
            )
        for note in results.notes:
            click.echo(f"osceq: {note}", err=True)
        if limit and results.total > len(records) and not results.notes:
            click.echo(f"osceq: {len(records)} of {results.total} shown (use -n 0 for all)", err=True)
        if not records:
            raise NoResults("no results")

    def _check_fields(self, records: list[dict[str, Any]]) -> None:
        if not self.spec.fields or not records:
            return
        valid = list(dict.fromkeys(key for record in records for key in record))
        unknown = [name for name in self.spec.fields if name not in valid]
        if unknown:
            raise QueryError(f"unknown field {unknown[0]!r}", "valid fields: " + ", ".join(valid))

    def console(self) -> Any:
        """A rich console on stdout that honours --color, NO_COLOR and FORCE_COLOR."""
        from rich.console import Console

        if self.spec.color == "always":
            return Console(file=sys.stdout, force_terminal=True)
        if self.spec.color == "never":
            return Console(file=sys.stdout, color_system=None)
        return Console(file=sys.stdout)

    def _table(self, renderable: Any) -> None:
        _replace_what_stdout_cannot_encode()
        console = self.console()
        if not (self.spec.pager and sys.stdout.isatty()):
            console.print(renderable)
            return
        with console.capture() as captured:
            console.print(renderable)
        text = captured.get()
        if text.count("\n") > console.size.height:
            click.echo_via_pager(text, color=console.is_terminal and console.color_system is not None)
        else:
            click.echo(text, nl=False, color=True)
