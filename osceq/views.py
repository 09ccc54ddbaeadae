"""What each command shows: the columns of its table and of its TSV/CSV output."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from osceq.render import Column, count, field, highlighted


@dataclass(frozen=True)
class View:
    """A command's table columns (for people) and delimited columns (for programs)."""

    table: tuple[Column, ...]
    delimited: tuple[Column, ...]
    title: str


def _snippet(record: dict[str, Any]) -> Any:
    snippet = record.get("snippet") or {}
    return highlighted(snippet.get("text", ""), snippet.get("start", 0), snippet.get("matches", []))


def _source(record: dict[str, Any]) -> str:
    title = record.get("title") or ""
    return f"{record.get('doc')}\n{title}" if title else str(record.get("doc"))


def _date(record: dict[str, Any]) -> str:
    return record.get("date") or "—"


def _speaker(record: dict[str, Any]) -> Any:
    from rich.text import Text

    if not record.get("speaker"):
        return Text("(unattributed)", style="dim")
    role = record.get("role")
    result = Text(record["speaker"], style="bold")
    if role:
        result.append("\n" + role, style="dim")
    return result


def _quote(record: dict[str, Any]) -> Any:
    from rich.text import Text

    result = Text(record.get("text", ""))
    others = record.get("reports") or []
    if others:
        docs = ", ".join(dict.fromkeys(str(r.get("doc")) for r in others))
        result.append(f"\nalso reported in: {docs}", style="dim")
    return result


def _event(record: dict[str, Any]) -> Any:
    sentence = record.get("sentence") or {}
    expression = record.get("expression") or {}
    return highlighted(sentence.get("text", ""), sentence.get("start", 0), [expression], style="bold cyan")


def _event_date(record: dict[str, Any]) -> str:
    return str(record.get("value") or "")


def _sources(record: dict[str, Any]) -> str:
    return "\n".join(dict.fromkeys(str(s.get("doc")) for s in record.get("sources") or []))


SEARCH = View(
    table=(
        Column("date", _date, "narrow"),
        Column("article", _source),
        Column("match", _snippet, "wide"),
        Column("score", field("score"), "narrow"),
    ),
    delimited=(
        Column("date", field("date")),
        Column("doc", field("doc")),
        Column("title", field("title")),
        Column("score", field("score")),
        Column("snippet", field("snippet")),
        Column("path", field("path")),
    ),
    title="search",
)

QUOTES = View(
    table=(
        Column("date", _date, "narrow"),
        Column("speaker", _speaker),
        Column("quote", _quote, "wide"),
        Column("source", _source),
    ),
    delimited=(
        Column("date", field("date")),
        Column("speaker", field("speaker")),
        Column("kind", field("kind")),
        Column("text", field("text")),
        Column("doc", field("doc")),
        Column("start", field("start")),
        Column("end", field("end")),
        Column("reports", count("reports")),
    ),
    title="quotes",
)

WHO_SAID = View(
    table=(
        Column("speaker", _speaker),
        Column("quote", _quote, "wide"),
        Column("date", _date, "narrow"),
        Column("source", _source),
        Column("match", field("match"), "narrow"),
    ),
    delimited=(
        Column("closeness", field("closeness")),
        Column("speaker", field("speaker")),
        Column("text", field("text")),
        Column("date", field("date")),
        Column("doc", field("doc")),
        Column("start", field("start")),
        Column("end", field("end")),
    ),
    title="who said it",
)

TIMELINE = View(
    table=(
        Column("date", _event_date, "narrow"),
        Column("event", _event, "wide"),
        Column("sources", _sources),
    ),
    delimited=(
        Column("value", field("value")),
        Column("first_day", field("first_day")),
        Column("last_day", field("last_day")),
        Column("expression", field("expression")),
        Column("sentence", field("sentence")),
        Column("doc", field("doc")),
        Column("sources", count("sources")),
    ),
    title="timeline",
)

SPEAKERS = View(
    table=(
        Column("speaker", field("speaker")),
        Column("quotes", field("quotes"), "narrow"),
        Column("articles", field("articles"), "narrow"),
        Column("first", field("first_date"), "narrow"),
        Column("last", field("last_date"), "narrow"),
        Column("also named / roles", lambda r: "; ".join([*r.get("names", []), *r.get("roles", [])]), "wide"),
    ),
    delimited=(
        Column("speaker", field("speaker")),
        Column("quotes", field("quotes")),
        Column("articles", field("articles")),
        Column("first_date", field("first_date")),
        Column("last_date", field("last_date")),
        Column("names", field("names")),
        Column("roles", field("roles")),
    ),
    title="speakers",
)

PERIODS = View(
    table=(Column("period", field("period"), "narrow"), Column("count", field("count"), "narrow")),
    delimited=(Column("period", field("period")), Column("count", field("count"))),
    title="mentions per period",
)
