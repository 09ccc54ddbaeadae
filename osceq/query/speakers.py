"""The speakers of the corpus: resolving loosely typed names, and the table behind `osceq speakers`."""

from __future__ import annotations

import difflib
import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

from whoosh import query as wq

from osceq.errors import NoResults
from osceq.extract.speakers import canonical_names, name_matches
from osceq.extract.text import fold

CACHE_NAME = "speakers.json"


def speaker_names(searcher: Any) -> list[str]:
    """Every distinct speaker name in the index, read from the term list (cheap)."""
    reader = searcher.reader()
    names = []
    for term in reader.lexicon("speaker_name"):
        name = term.decode("utf-8") if isinstance(term, bytes) else str(term)
        if name:
            names.append(name)
    return names


def resolve_speakers(searcher: Any, wanted: tuple[str, ...]) -> set[str]:
    """The exact index names matching any of the names a user typed; exit 1 with suggestions if none."""
    names = speaker_names(searcher)
    canonical = canonical_names(names)
    matched: set[str] = set()
    for query in wanted:
        found = {n for n in names if name_matches(query, n) or name_matches(query, canonical.get(n, n))}
        if not found:
            raise NoResults(
                f"no speaker matches {query!r}", _suggestion(query, sorted(set(canonical.values())))
            )
        matched |= found
    return matched


def _suggestion(query: str, names: list[str]) -> str:
    folded = {fold(name): name for name in names}
    for name in names:  # surnames too, so "Valtonnen" finds "Elina Valtonen"
        folded.setdefault(fold(name.split()[-1]), name) if name.split() else None
    close = difflib.get_close_matches(fold(query), list(folded), n=3, cutoff=0.6)
    suggestions = list(dict.fromkeys(folded[c] for c in close))
    if suggestions:
        return "did you mean: " + ", ".join(suggestions) + "?"
    return "run `osceq speakers` to list the speakers in the index"


def speaker_table(ix: Any) -> list[dict[str, Any]]:
    """One row per speaker of the corpus (canonical name, other names, roles, counts, first and last date).

    Cached next to the index, keyed by its generation, so listing and shell completion stay fast.
    """
    cache = Path(ix.storage.folder) / CACHE_NAME
    generation = ix.latest_generation()
    try:
        data = json.loads(cache.read_text(encoding="utf-8"))
        if data.get("generation") == generation:
            return list(data["speakers"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    with ix.searcher() as searcher:
        table = _compute_table(searcher)
    try:
        temporary = cache.with_name(f".{CACHE_NAME}.{os.getpid()}.tmp")
        temporary.write_text(json.dumps({"generation": generation, "speakers": table}), encoding="utf-8")
        os.replace(temporary, cache)
    except OSError:
        pass  # a read-only index still answers, just without the cache
    return table


def _compute_table(searcher: Any) -> list[dict[str, Any]]:
    names = speaker_names(searcher)
    canonical = canonical_names(names)
    rows: dict[str, dict[str, Any]] = {}
    query = wq.And([wq.Term("kind", "quote"), wq.Term("attributed", "yes")])
    for docnum in searcher.docs_for_query(query):
        item = searcher.stored_fields(docnum).get("record") or {}
        name = item.get("speaker")
        if not name:
            continue
        key = canonical.get(name, name)
        row = rows.setdefault(
            key, {"names": Counter(), "roles": Counter(), "docs": set(), "dates": [], "quotes": 0}
        )
        row["names"][name] += 1
        if item.get("role"):
            row["roles"][item["role"]] += 1
        row["docs"].add(item.get("doc"))
        if item.get("date"):
            row["dates"].append(item["date"])
        row["quotes"] += 1
    table = []
    for key, row in rows.items():
        table.append(
            {
                "speaker": key,
                "names": [n for n, _ in row["names"].most_common() if n != key],
                "roles": [r for r, _ in row["roles"].most_common()],
                "quotes": row["quotes"],
                "articles": len(row["docs"]),
                "first_date": min(row["dates"]) if row["dates"] else None,
                "last_date": max(row["dates"]) if row["dates"] else None,
            }
        )
    table.sort(key=lambda r: (-r["quotes"], fold(r["speaker"])))
    return table


def canonical_speaker_map(searcher: Any) -> dict[str, str]:
    """Index name -> corpus-wide canonical name."""
    return canonical_names(speaker_names(searcher))


def speakers(ix: Any, name: str | None, filters: Any, *, limit: int | None = None) -> Any:
    """The speakers table, optionally only speakers matching a name and quoted within the dates."""
    from osceq.query import Results

    table = speaker_table(ix)
    if name:
        table = [row for row in table if any(name_matches(name, n) for n in [row["speaker"], *row["names"]])]
    if filters.since or filters.until:
        since = filters.since.isoformat() if filters.since else "0000"
        until = filters.until.isoformat() if filters.until else "9999"
        table = [
            row
            for row in table
            if row["first_date"]
            and row["last_date"]
            and row["last_date"] >= since[: len(row["last_date"])]
            and row["first_date"][:10] <= until
        ]
    return Results(table if not limit else table[:limit], len(table))
