"""Sources that stand behind the speaker a cue names: a poll behind the share of its respondents
who "said" something (`In a Gallup poll, 40 percent of voters said …`)."""

from __future__ import annotations

import re
from dataclasses import replace

from osceq.extract.attribution import Found
from osceq.extract.tokens import Token, span_of, tokenize

_POLL_WORD = re.compile(r"\b(?:[Pp]olls?|[Ss]urveys?)\b")
_POLL_HEADS = frozenset({"poll", "polls", "survey", "surveys"})
# Words that state a share of respondents before the group ("40 percent of", "six in 10").
_SHARE_WORDS = frozenset({"percent", "%", "in", "of", "majority", "third", "quarter", "half", "most"})
_POLL_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "its", "their", "one"})


def poll_behind(text: str, ranges: list[tuple[int, int]], found: Found) -> Found | None:
    """The poll named earlier in the sentence when the speaker is a share of its respondents.

    `In a national poll released Monday, 31 percent of voters said they were "…"`: the voters speak
    only through the poll, which annotators and readers credit.
    """
    if not any(_POLL_WORD.search(text, a, b) for a, b in ranges):
        return None
    tokens = [t for a, b in ranges for t in tokenize(text, a, b)]
    at = next((k for k, t in enumerate(tokens) if t.start == found.mention.start), None)
    if at is None or not _a_share(tokens, at):
        return None
    head = next(
        (
            k
            for k in range(at - 1, -1, -1)
            if tokens[k].low in _POLL_HEADS and tokens[k].end < found.mention.start
        ),
        None,
    )
    if head is None:
        return None
    start = _phrase_start(tokens, head)
    if start is None:
        return None
    return replace(found, mention=span_of(text, tokens, start, head + 1), kind="nominal", role=None)


def _a_share(tokens: list[Token], at: int) -> bool:
    """Whether the phrase at token at states or follows a share (`31% of`, `six in 10`, `most`)."""
    if tokens[at].text[:1].isdigit() or tokens[at].low in ("six", "seven", "eight", "nine", "most"):
        return True
    before = [t.low for t in tokens[max(0, at - 3) : at]]
    return (
        bool(before) and before[-1] == "of" and any(w in _SHARE_WORDS or w[:1].isdigit() for w in before[:-1])
    )


def _phrase_start(tokens: list[Token], head: int) -> int | None:
    """Where the noun phrase ending with the poll word at head begins: its determiner, a few words back."""
    for k in range(head - 1, max(-1, head - 9), -1):
        if tokens[k].low in _POLL_DETERMINERS:
            return k
        if tokens[k].text in ",;:." or tokens[k].low in ("in", "of", "to", "by"):
            return None
    return None
