"""The speakers of the corpus: resolving loosely typed names, and the table behind `osceq speakers`.

The table (one row per person: canonical name, other names, roles, counts, dates) is computed once
per index generation and cached next to the index, so name resolution and shell completion cost a
JSON read, not a pass over every quote.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from whoosh import query as wq

from osceq.errors import NoResults
from osceq.extract.name_words import ORGANISATION_WORDS
from osceq.extract.names import canonical_names, name_matches, speaker_key, surname_word
from osceq.extract.text import fold
from osceq.letters import loose_name
from osceq.query import Filters, Results

CACHE_NAME = "speakers-v2.json"  # a new name when the rows change shape
CANONICAL_CACHE_NAME = "speaker-canonical-v2.json"  # the names a listing rewrites: small, read by quotes
NAMES_CACHE_NAME = "speaker-names-v4.txt"  # every speaker's names by last word, read by --speaker


def corpus_canonical_names(names: Iterable[str]) -> dict[str, str]:
    """Each speaker name -> the corpus-wide canonical name ("Valtonen" -> "Elina Valtonen").

    `name_matches` only pairs names ending in the same word (a generation aside: "Lee" and "Ann Lee
    Jr."), so merging within groups that share that word of their key gives canonical_names' answer
    without comparing every pair.
    """
    groups: dict[str, list[str]] = defaultdict(list)
    for name in names:
        key = speaker_key(name).split()
        groups[surname_word(key) if key else ""].append(name)
    result: dict[str, str] = {}
    for group in groups.values():
        result.update(canonical_names(group))
    return result


def warm_caches(ix: Any) -> None:
    """Write every speaker cache of a new index generation, so no query computes one."""
    speaker_table(ix)
    canonical_speaker_map(ix)
    _SpeakerNames(ix)


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
    _write_text(cache, json.dumps(data))


def _write_text(cache: Path, text: str) -> None:
    try:
        temporary = cache.with_name(f".{cache.name}.{os.getpid()}.tmp")
        temporary.write_text(text, encoding="utf-8")
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


def resolve_speakers(ix: Any, wanted: tuple[str, ...]) -> set[str]:
    """Every index name of the speakers a user named (loosely); exit 1 with suggestions when none."""
    names_by_last_word = _SpeakerNames(ix)
    matched: set[str] = set()
    for query in wanted:
        key = loose_name(speaker_key(query)).split()
        candidates = names_by_last_word.ending_in(surname_word(key)) if key else []
        people = [names for names in candidates if any(_names_person(query, n) for n in names)]
        if not people:
            table = speaker_table(ix)
            raise NoResults(
                f"no speaker matches {query!r}", _suggestion(query, [r["speaker"] for r in table])
            )
        matched.update(name for names in people for name in names)
    return matched


def _same_person(query: str, name: str) -> bool:
    """name_matches, with "ø", "æ", "ł" … typed plainly and hyphens as spaces ("Odegard" is "Ødegård")."""
    return name_matches(loose_name(query), loose_name(name))


def _names_person(query: str, name: str) -> bool:
    """Whether the query names the speaker, or one of the people of a joint speaker ("Bo Park" finds
    the words shown as said by "Ann Lee and Bo Park")."""
    return _same_person(query, name) or any(_same_person(query, member) for member in joint_members(name))


# What joins the people of a joint speaker: a comma, "and", "&".
_JOINTS = re.compile(r",|&|\band\b")


def joint_members(name: str) -> list[str]:
    """The people of a speaker shown as several (`Ann Lee and Bo Park`, `Ann Lee, Bo Park and Ivo
    Tam`), or none; each part must read as a person's name (two to four capitalised words, none a
    body's), so that a firm named after people (`Marks and Spencer`, `Ann Quist and Bo Varga
    Associates`), an office (`Minister of Trade and Industry`) or `Lawyers for Tom Reed and Ann Lee`
    stays one speaker."""
    parts = [part.split() for part in _JOINTS.split(name)]
    parts = [words for words in parts if words]
    if len(parts) < 2 or not all(_persons_name(words) for words in parts):
        return []
    return [" ".join(words) for words in parts]


def _persons_name(words: list[str]) -> bool:
    """Whether words read as a person's name: two to four capitalised words, none a body's."""
    return 2 <= len(words) <= 4 and all(
        w[0].isupper() and w.lower().strip(".") not in ORGANISATION_WORDS for w in words
    )


class _SpeakerNames:
    """Each speaker's names (canonical first), found by the last word of their matching keys.

    name_matches only pairs names whose keys end in the same word, so a query needs only the
    speakers under its own last word. The file holds one line per word, `word<TAB>JSON`, behind a
    header naming the index generation: a lookup is a substring search and one small JSON parse,
    where the speaker table of a big corpus takes tens of milliseconds to parse.
    """

    def __init__(self, ix: Any) -> None:
        self._ix = ix
        cache = Path(ix.storage.folder) / NAMES_CACHE_NAME
        header = _names_header(ix.latest_generation())
        try:
            text = cache.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            text = ""  # missing, unreadable or damaged: written anew below
        if not (text.startswith(header) and text.endswith(_names_footer(text.count("\n") - 1))):
            text = _names_file(speaker_table(ix), header)
            _write_text(cache, text)
        self._text = text

    def ending_in(self, word: str) -> list[list[str]]:
        start = self._text.find(f"\n{word}\t")
        if start < 0:
            return []
        start += len(word) + 2
        end = self._text.find("\n", start)
        return [list(names) for names in json.loads(self._text[start : end if end >= 0 else None])]


def _names_header(generation: int) -> str:
    return f"osceq speaker names, index generation {generation}\n"


def _names_footer(lines_before: int) -> str:
    """The last line of a whole names file, which counts the lines before it: a file cut short (a
    full disk, a crash before the data reached the disk) lacks it, and is written again."""
    return f"end of {lines_before} lines\n"


def _names_file(table: list[dict[str, Any]], header: str) -> str:
    """The text of the speaker-names file for a speaker table (see _SpeakerNames)."""
    by_word: dict[str, list[list[str]]] = defaultdict(list)
    for row in table:
        names = [row["speaker"], *row["names"]]
        keys = [loose_name(key) for key in row.get("keys") or [speaker_key(name) for name in names]]
        keys += [loose_name(speaker_key(member)) for name in names for member in joint_members(name)]
        for word in sorted({surname_word(key.split()) for key in keys if key.split()}):
            by_word[word].append(names)
    lines = [f"{word}\t{json.dumps(rows, ensure_ascii=False)}\n" for word, rows in sorted(by_word.items())]
    body = header + "".join(lines)
    return body + _names_footer(body.count("\n"))


def _plain(text: str) -> str:
    return " ".join(loose_name(fold(text)).split())


def _suggestion(query: str, names: list[str]) -> str:
    typed = _plain(query)
    folded = {_plain(name): name for name in names}
    given: list[str] = []  # "Elina" alone: the speakers of that given name, most quoted first
    for name in names:  # surnames too, so "Valtonnen" finds "Elina Valtonen"
        parts = _plain(name).split()
        if parts:
            folded.setdefault(parts[-1], name)
        if len(parts) > 1 and typed in parts[:-1]:
            given.append(name)
    import difflib  # only when a name matches nobody

    close = difflib.get_close_matches(typed, list(folded), n=3, cutoff=0.6)
    suggestions = list(dict.fromkeys([*given, *(folded[c] for c in close)]))[:3]
    if suggestions:
        return "did you mean: " + ", ".join(suggestions) + "?"
    return "run `osceq speakers` to list the speakers in the index"


def speakers(ix: Any, name: str | None, filters: Filters, *, limit: int | None = None) -> Results:
    """The speakers table, optionally only speakers matching a name and quoted within the dates."""
    table = speaker_table(ix)
    if name:
        table = [row for row in table if any(_same_person(name, n) for n in [row["speaker"], *row["names"]])]
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
