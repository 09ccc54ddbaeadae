"""Grouping the reports of one statement: the same speaker's quote in several articles, shown once.

Two quotes of one speaker are one statement when they share at least _MIN_SHARED_WORDS content
stems and at least _MIN_CONTAINMENT of the smaller one's, or, however short they are, when they have
the same words (case, punctuation and quote marks aside: "Trust takes time," in two wire copies).
Each quote joins the earliest group whose lead it matches (and whose articles do not include its
own), or leads a new group.

Comparing a quote with every earlier group of its speaker is quadratic: a prolific speaker's 10,000
quotes took seconds, and one article repeating a quote 20,000 times took most of a minute. Two
exact shortcuts keep the work near linear:

- Prefix filtering. Order each speaker's stems from rarest to commonest; two stem sets sharing at
  least k stems share one among the first len - k + 1 of each (Bayardo, Ma and Srikant, "Scaling up
  all pairs similarity search", WWW 2007). So a group is filed, and a quote looks, under those
  first stems only, and the commonest stems ("people", "country") never gather long candidate lists.
- Repeats. A quote identical (stems, speaker, article) to one placed before can only join a group
  that the earlier one could not take: those of the earlier one's decision and after.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

_MIN_SHARED_WORDS = 4
_MIN_CONTAINMENT = 0.5
_WORD = re.compile(r"\w+")


def same_statement(a: set[str], b: set[str]) -> bool:
    """Whether two quotes' content-stem sets are close enough to be one statement reported twice."""
    shared = len(a & b)
    smaller = min(len(a), len(b))
    return shared >= _MIN_SHARED_WORDS and smaller > 0 and shared / smaller >= _MIN_CONTAINMENT


def same_words(text: str) -> tuple[str, ...]:
    """A quote's words with case, punctuation and quote marks folded away: equal for identical statements."""
    return tuple(_WORD.findall(text.casefold()))


def _report(item: dict[str, Any]) -> dict[str, Any]:
    keys = ("doc", "path", "title", "date", "text", "start", "end")
    return {key: item.get(key) for key in keys}


def group_reports(
    items: Sequence[dict[str, Any]], stems_of: Callable[[str], list[str]]
) -> list[dict[str, Any]]:
    """Group quotes by one speaker that report the same statement in different articles.

    The first report (in the given order) leads its group; the others are listed under `reports`.
    `stems_of` gives a text's content stems.
    """
    stem_sets = [set(stems_of(item.get("text", ""))) for item in items]
    frequency = Counter(
        (item.get("speaker"), stem) for item, stems in zip(items, stem_sets, strict=True) for stem in stems
    )
    groups = _Groups()
    # (speaker, stems, article) of a placed quote -> the first group a repeat of it could still join
    repeats: dict[tuple[str, frozenset[str], Any], int] = {}
    for item, stems in zip(items, stem_sets, strict=True):
        speaker, doc = item.get("speaker"), item.get("doc")
        if not speaker:
            groups.lead(item, stems, ())
            continue
        if len(stems) < _MIN_SHARED_WORDS:
            groups.place_identical(item, stems, (speaker, same_words(item.get("text", ""))))
            continue
        ranked = sorted(stems, key=lambda stem: (frequency[(speaker, stem)], stem))
        prefix = [(speaker, stem) for stem in ranked[: len(ranked) - _MIN_SHARED_WORDS + 1]]
        key = (speaker, frozenset(stems), doc)
        group = groups.earliest_match(doc, stems, prefix, repeats.get(key, 0))
        if group is None:
            repeats[key] = len(groups.leads) + 1
            groups.lead(item, stems, prefix)
        else:
            repeats[key] = group + 1
            groups.join(group, item)
    return groups.leads


class _Groups:
    """The groups so far: each one's lead, its stems and articles, and the index of prefix stems."""

    def __init__(self) -> None:
        self.leads: list[dict[str, Any]] = []
        self.stems: list[set[str]] = []
        self.docs: list[set[Any]] = []
        self.filed: dict[tuple[str, str], list[int]] = {}  # (speaker, stem) -> groups filed, in order
        # (speaker, words) -> the groups these exact words lead, in order; and for (that key, article),
        # where in that list a repeat of the words in the same article starts looking
        self.identical: dict[tuple[Any, tuple[str, ...]], list[int]] = {}
        self.identical_from: dict[tuple[Any, tuple[str, ...], Any], int] = {}

    def lead(self, item: dict[str, Any], stems: set[str], prefix: Sequence[tuple[str, str]]) -> None:
        item["reports"] = []
        self.leads.append(item)
        self.stems.append(stems)
        self.docs.append({item.get("doc")})
        for key in prefix:
            self.filed.setdefault(key, []).append(len(self.leads) - 1)

    def place_identical(
        self, item: dict[str, Any], stems: set[str], key: tuple[Any, tuple[str, ...]]
    ) -> None:
        """A short quote joins the earliest group of the same words from another article, or leads one."""
        doc = item.get("doc")
        groups = self.identical.setdefault(key, [])
        repeat = (key[0], key[1], doc)
        start = self.identical_from.get(repeat, 0)
        for position in range(start, len(groups)):
            if doc not in self.docs[groups[position]]:
                self.identical_from[repeat] = position + 1
                self.join(groups[position], item)
                return
        self.identical_from[repeat] = len(groups) + 1
        groups.append(len(self.leads))
        self.lead(item, stems, ())

    def join(self, group: int, item: dict[str, Any]) -> None:
        self.leads[group]["reports"].append(_report(item))
        self.docs[group].add(item.get("doc"))

    def earliest_match(
        self, doc: Any, stems: set[str], prefix: Sequence[tuple[str, str]], first: int
    ) -> int | None:
        """The earliest group from `first` on that a quote belongs to, or None."""
        candidates: set[int] = set()
        for key in prefix:
            groups = self.filed.get(key)
            if groups:
                candidates.update(groups[bisect_left(groups, first) :])
        for group in sorted(candidates):
            if doc not in self.docs[group] and same_statement(stems, self.stems[group]):
                return group
        return None
