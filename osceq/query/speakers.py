"""The speakers of the corpus: resolving loosely typed names, and the table behind `osceq speakers`.

The table (one row per person: canonical name, other names, roles, counts, dates) is computed once
per index generation and cached next to the index, so name resolution and shell completion cost a
JSON read, not a pass over every quote.
"""

from __future__ import annotations

import json
import os
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from whoosh import query as wq

from osceq.errors import NoResults
from osceq.extract.names import canonical_names, name_matches, speaker_key
from osceq.extract.text import fold
from osceq.query import Filters, Results

CACHE_NAME = "speakers-v2.json"  # a new name when the rows change shape
CANONICAL_CACHE_NAME = "speaker-canonical-v1.json"  # the names a listing rewrites: small, read by quotes


def corpus_canonical_names(names: Iterable[str]) -> dict[str, str]:
    """Each speaker name -> the corpus-wide canonical name ("Valtonen" -> "Elina Valtonen").

    `name_matches` only pairs names ending in the same word, so merging within groups that share
    the last word of their key gives canonical_names' answer without comparing every pair.
    """
    groups: dict[str, list[str]] = defaultdict(list)
    for name in names:
        key = speaker_key(name).split()
        groups[key[-1] if key else ""].append(name)
    result: dict[str, str] = {}
    for group in groups.values():
        result.update(canonical_names(group))
    return result


def speaker_table(ix: Any) -> list[dict[str, Any]]:
    """One row per speaker: canonical name, other names, roles, quotes, articles, first and last date."""
    cache = Path(ix.storage.folder) / CACHE_NAME
    generation = ix.latest_generation()
    remembered = _TABLES.get(str(cache))
    if remembered is not None and remembered[0] == generation:
        return remembered[1]
    table = _read_or_compute_table(ix, cache, generation)
    _TABLES[str(cache)] = (generation, table)
    return table


_TABLES: dict[str, tuple[int, list[dict[str, Any]]]] = {}  # one read per process and generation


def _read_or_compute_table(ix: Any, cache: Path, generation: int) -> list[dict[str, Any]]:
    try:
        data = json.loads(cache.read_text(encoding="utf-8"))
        if data.get("generation") == generation:
            return list(data["speakers"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    with ix.searcher() as searcher:
        table = _compute_table(searcher)
    _write_cache(cache, {"generation": generation, "speakers": table})
    return table


def _write_cache(cache: Path, data: dict[str, Any]) -> None:
    try:
        temporary = cache.with_name(f".{cache.name}.{os.getpid()}.tmp")
        temporary.write_text(json.dumps(data), encoding="utf-8")
        os.replace(temporary, cache)
    except OSError:
        pass  # a read-only index still answers, just without the cache


def _compute_table(searcher: Any) -> list[dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    query = wq.And([wq.Term("kind", "quote"), wq.Term("attributed", "yes")])
    for docnum in searcher.docs_for_query(query):
        item = searcher.stored_fields(docnum).get("record") or {}
        name = item.get("speaker")
        if not name:
            continue
        row = rows.setdefault(name, {"roles": Counter(), "docs": set(), "dates": [], "quotes": 0})
        if item.get("role"):
            row["roles"][item["role"]] += 1
        row["docs"].add(item.get("doc"))
        if item.get("date"):
            row["dates"].append(item["date"])
        row["quotes"] += 1
    canonical = corpus_canonical_names(rows)
    merged: dict[str, dict[str, Any]] = {}
    for name, row in rows.items():
        into = merged.setdefault(
            canonical[name], {"names": Counter(), "roles": Counter(), "docs": set(), "dates": [], "quotes": 0}
        )
        into["names"][name] += row["quotes"]
        into["roles"].update(row["roles"])
        into["docs"] |= row["docs"]
        into["dates"].extend(row["dates"])
        into["quotes"] += row["quotes"]
    table = [
        {
            "speaker": key,
            "names": [n for n, _ in row["names"].most_common() if n != key],
            "roles": [r for r, _ in row["roles"].most_common()],
            "quotes": row["quotes"],
            "articles": len(row["docs"]),
            "first_date": min(row["dates"]) if row["dates"] else None,
            "last_date": max(row["dates"]) if row["dates"] else None,
            # matching keys of every name, computed once here rather than at every query
            "keys": sorted({speaker_key(n) for n in [key, *row["names"]]}),
        }
        for key, row in merged.items()
    ]
    table.sort(key=lambda r: (-r["quotes"], fold(r["speaker"])))
    return table


def canonical_speaker_map(ix: Any) -> dict[str, str]:
    """Every name in the index whose corpus-wide canonical name differs -> that canonical name.

    Names missing from the map are canonical already. Cached apart from the speaker table (a few
    kilobytes instead of the whole table), so that listing quotes never reads the table.
    """
    cache = Path(ix.storage.folder) / CANONICAL_CACHE_NAME
    generation = ix.latest_generation()
    remembered = _TABLES.get(str(cache.with_name(CACHE_NAME)))
    if remembered is None or remembered[0] != generation:
        try:
            data = json.loads(cache.read_text(encoding="utf-8"))
            if data.get("generation") == generation:
                return {str(name): str(canonical) for name, canonical in dict(data["canonical"]).items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            pass
    canonical = {
        name: row["speaker"] for row in speaker_table(ix) for name in row["names"] if name != row["speaker"]
    }
    if remembered is None or remembered[0] != generation:
        _write_cache(cache, {"generation": generation, "canonical": canonical})
    return canonical


def _row_matches(query: str, last_word: str, row: dict[str, Any]) -> bool:
    # name_matches needs the query's last word in the name's key: a substring test on the cached
    # keys rules out most rows before the full comparison.
    if not any(last_word in key for key in row.get("keys", ())):
        return False
    return any(name_matches(query, n) for n in [row["speaker"], *row["names"]])


def resolve_speakers(ix: Any, wanted: tuple[str, ...]) -> set[str]:
    """Every index name of the speakers a user named (loosely); exit 1 with suggestions when none."""
    table = speaker_table(ix)
    matched: set[str] = set()
    for query in wanted:
        key = speaker_key(query).split()
        rows = [row for row in table if key and _row_matches(query, key[-1], row)]
        if not rows:
            raise NoResults(
                f"no speaker matches {query!r}", _suggestion(query, [r["speaker"] for r in table])
            )
        matched |= {name for row in rows for name in [row["speaker"], *row["names"]]}
    return matched


def _suggestion(query: str, names: list[str]) -> str:
    folded = {fold(name): name for name in names}
    for name in names:  # surnames too, so "Valtonnen" finds "Elina Valtonen"
        parts = name.split()
        if parts:
            folded.setdefault(fold(parts[-1]), name)
    import difflib  # only when a name matches nobody

    close = difflib.get_close_matches(fold(query), list(folded), n=3, cutoff=0.6)
    suggestions = list(dict.fromkeys(folded[c] for c in close))
    if suggestions:
        return "did you mean: " + ", ".join(suggestions) + "?"
    return "run `osceq speakers` to list the speakers in the index"


def speakers(ix: Any, name: str | None, filters: Filters, *, limit: int | None = None) -> Results:
    """The speakers table, optionally only speakers matching a name and quoted within the dates."""
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
    shown = [{k: v for k, v in row.items() if k != "keys"} for row in (table if not limit else table[:limit])]
    return Results(shown, len(table))
