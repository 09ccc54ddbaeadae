"""Quotes: listing them by speaker, date and words, grouping reports of one statement, and who-said."""

from __future__ import annotations

import itertools
import math
from collections import Counter
from functools import lru_cache
from typing import Any

from whoosh import query as wq
from whoosh import scoring
from whoosh.lang.porter import stem

from osceq.errors import NoResults, QueryError
from osceq.extract.stopwords import STOPWORDS
from osceq.index import KIND_QUOTE, name_words
from osceq.query import Filters, Results
from osceq.query.columns import Columns
from osceq.query.common import coarse_filter, conjunction, filtered_docnums, parse_query, record
from osceq.query.grouping import group_reports
from osceq.query.hyphens import hyphenated_words, joined_where_wanted
from osceq.query.speakers import canonical_speaker_map, resolve_speakers
from osceq.query.terms import doc_frequencies

# who-said: how much of the phrase's content must be in a quote, and how close it must be overall.
_MIN_COVERAGE = 0.6
_MIN_CLOSENESS = 0.55
# Porter leaves some forms of one word apart ("cooperating" -> cooperat, "cooperation" -> cooper;
# "economy" -> economi, "economic" -> econom): who-said takes a stem for another that extends it by up
# to this many letters, the shorter at least _FORM_MIN_LETTERS long. (Three would also join "commun"
# and "communist".)
_FORM_SLACK = 2
_FORM_MIN_LETTERS = 5


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return str(stem(word))


def _words(text: str) -> list[str]:
    """Folded words, split exactly as the index splits them."""
    return name_words(text)


def content_stems(text: str) -> list[str]:
    """The stems of text's content words (function words dropped), in order."""
    return [_stem(w) for w in _words(text) if w not in STOPWORDS and not w.isdigit()]


def all_stems(text: str) -> list[str]:
    """The stems of every word of text, in order, as the index stems them."""
    return [_stem(w) for w in _words(text)]


def quotes(
    ix: Any,
    text: str | None,
    filters: Filters,
    *,
    kind: str | None = None,
    unattributed: bool = False,
    group: bool = True,
    limit: int | None = 20,
) -> Results:
    """Quotes matching words, speakers, kind and dates, in date order; reports of one statement grouped."""
    parsed = parse_query(text, ["body"], ix.schema) if text else None
    with ix.searcher() as searcher:
        names = resolve_speakers(ix, filters.speakers) if filters.speakers else None
        narrow = names is not None  # a few speakers' documents: their kind is checked one by one
        query = conjunction(
            [
                None if narrow else wq.Term("kind", KIND_QUOTE),
                parsed,
                wq.Term("quote_kind", kind) if kind else None,
                wq.Term("attributed", "no") if unattributed else None,
                *coarse_filter(filters, names),
            ]
        )
        columns = Columns(searcher)
        matches = filtered_docnums(searcher, query, filters, columns, KIND_QUOTE if narrow else None)
        columns.sort(matches, lambda docnum: (), lambda docnum: docnum)
        canonical = canonical_speaker_map(ix)
        found = [_with_canonical_speaker(record(searcher, docnum), canonical) for docnum in matches]
    groups = group_reports(found, content_stems) if group else [_single(item) for item in found]
    return Results(groups if not limit else groups[:limit], len(groups))


def _with_canonical_speaker(item: dict[str, Any], canonical: dict[str, str]) -> dict[str, Any]:
    if item.get("speaker"):
        item["speaker"] = canonical.get(item["speaker"], item["speaker"])
    return item


def _single(item: dict[str, Any]) -> dict[str, Any]:
    item["reports"] = []
    return item


def who_said(ix: Any, phrase: str, filters: Filters, *, limit: int | None = 10) -> Results:
    """Who said a phrase: exact matches first, then near ones (stems, order, missing or extra words)."""
    wanted = all_stems(phrase)
    wanted_content = list(dict.fromkeys(content_stems(phrase)))
    if not wanted_content:
        raise QueryError(f"the phrase {phrase!r} has no content words to look for")
    # "co-operation" in the phrase is also looked for as "cooperation" (and the other way round).
    phrase_words, phrase_pairs = hyphenated_words(phrase)
    joined = _content_stems_of(joined_where_wanted(phrase_words, phrase_pairs, None))
    with ix.searcher(weighting=scoring.BM25F()) as searcher:
        reader = searcher.reader()
        every_content = list(dict.fromkeys([*wanted_content, *joined]))
        frequencies = doc_frequencies(reader, "body", every_content)
        # A word the index never saw may be there in a shorter form ("cooperating" as "cooperation").
        forms = {}
        for word in every_content:
            forms[word], frequencies[word] = (
                (word, frequencies[word]) if frequencies[word] else _indexed_form(reader, word)
            )
        # Words the index dropped (its own function words) or never saw cannot select candidates.
        indexed = [forms[word] for word in wanted_content if frequencies[word]]
        indexed_joined = [forms[word] for word in joined if frequencies[word]] if phrase_pairs else []
        if not indexed and not indexed_joined:
            raise NoResults(f"nobody in the corpus is quoted saying anything close to {phrase!r}")
        total_docs = max(1, reader.doc_count())
        weights = {s: math.log(1 + total_docs / (1 + frequencies[s])) for s in every_content}
        columns = Columns(searcher)
        candidates = []
        found_ids = set(_candidates(reader, indexed)) if indexed else set()
        if indexed_joined:
            found_ids.update(_candidates(reader, indexed_joined))
        for docnum in sorted(found_ids):
            if columns.kind(docnum) != KIND_QUOTE or not columns.within(docnum, filters):
                continue
            item = record(searcher, docnum)
            text = item.get("text", "")
            if phrase_pairs or "-" in text:
                words, pairs = hyphenated_words(text)
                said = joined_where_wanted(words, pairs, set(phrase_words))
                asked = joined_where_wanted(phrase_words, phrase_pairs, set(words))
                closeness = _closeness(
                    [_stem(w) for w in asked], _content_stems_of(asked), weights, [_stem(w) for w in said]
                )
            else:
                closeness = _closeness(wanted, wanted_content, weights, all_stems(text))
            if closeness is not None:
                candidates.append((closeness, docnum, item))
        columns.sort(candidates, lambda c: (-c[0],), lambda c: c[1])
        canonical = canonical_speaker_map(ix)
    if not candidates:
        raise NoResults(f"nobody in the corpus is quoted saying anything close to {phrase!r}")
    found = []
    for closeness, _, item in candidates:
        item = _with_canonical_speaker(item, canonical)
        item["closeness"] = round(closeness, 3)
        item["match"] = "exact" if closeness >= 1.0 else "near"
        found.append(item)
    groups = group_reports(found, content_stems)
    return Results(groups if not limit else groups[:limit], len(groups))


def _candidates(reader: Any, content: list[str]) -> list[int]:
    """Documents with at least two of the phrase's content words (all of them when it has one).

    Read as posting lists and counted here: a Whoosh query of every pair of words walks each list
    several times.
    """
    # Past eight words there are too many pairs to ask for: any word, the closeness test does the rest.
    needed = 1 if len(content) == 1 or len(content) > 8 else 2
    counts: Counter[int] = Counter()
    for word in content:
        counts.update(set(reader.postings("body", word).all_ids()))
    return sorted(docnum for docnum, count in counts.items() if count >= needed)


def _indexed_form(reader: Any, word: str) -> tuple[str, int]:
    """The form of a stem that the index holds, within _FORM_SLACK letters, and its document
    frequency: the longest shorter form, else the most frequent longer one ("dialog" for the
    index's "dialogu"); the stem itself and 0 when there is none."""
    low = max(_FORM_MIN_LETTERS, len(word) - _FORM_SLACK)
    shorter = [word[:k] for k in range(len(word) - 1, low - 1, -1)]
    counts = doc_frequencies(reader, "body", shorter)
    found = next(((form, counts[form]) for form in shorter if counts[form]), None)
    if found is not None or len(word) < _FORM_MIN_LETTERS:
        return found or (word, 0)
    # The lexicon is sorted, so a word's longer forms follow it, among longer words that share the
    # prefix ("statement" before "states"): a bounded number of them is read.
    extensions = (term.decode("utf-8") for term in reader.expand_prefix("body", word))
    nearby = itertools.islice(extensions, _MOST_EXTENSIONS)
    longer = [form for form in nearby if len(form) - len(word) <= _FORM_SLACK]
    counts = doc_frequencies(reader, "body", longer)
    held = [(form, counts[form]) for form in longer if counts[form]]
    return max(held, key=lambda held_form: held_form[1], default=(word, 0))


_MOST_EXTENSIONS = 1000


def same_word(a: str, b: str) -> bool:
    """Whether two stems are forms of one word: equal, or one extends the other by a few letters."""
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return (
        len(short) >= _FORM_MIN_LETTERS and len(long) - len(short) <= _FORM_SLACK and long.startswith(short)
    )


@lru_cache(maxsize=65536)
def _as_wanted(stem: str, wanted_content: tuple[str, ...]) -> str:
    return next((w for w in wanted_content if same_word(w, stem)), stem)


def _content_stems_of(words: list[str]) -> list[str]:
    return list(dict.fromkeys(_stem(w) for w in words if w not in STOPWORDS and not w.isdigit()))


def _closeness(
    wanted: list[str], wanted_content: list[str], weights: dict[str, float], have: list[str]
) -> float | None:
    """How close a quote's stems are to the phrase (1.0 = contains it exactly); None when not close enough."""
    if _contains_run(have, wanted):
        return 1.0
    # Near matches read other forms of a wanted word as that word.
    words = tuple(wanted_content)
    have = [_as_wanted(stem, words) for stem in have]
    present = set(have)
    total_weight = sum(weights.get(s, 0.0) for s in wanted_content) or 1.0
    coverage = sum(weights.get(s, 0.0) for s in wanted_content if s in present) / total_weight
    matched = sum(1 for s in wanted_content if s in present)
    if coverage < _MIN_COVERAGE or matched < min(2, len(wanted_content)):
        return None
    order = _longest_common_subsequence(wanted, have) / len(wanted)
    closeness = 0.6 * coverage + 0.4 * order
    return min(closeness, 0.99) if closeness >= _MIN_CLOSENESS else None


def _contains_run(have: list[str], wanted: list[str]) -> bool:
    n = len(wanted)
    return any(have[i : i + n] == wanted for i in range(len(have) - n + 1))


def _longest_common_subsequence(a: list[str], b: list[str]) -> int:
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b, start=1):
            current.append(previous[j - 1] + 1 if x == y else max(previous[j], current[j - 1]))
        previous = current
    return previous[-1]
