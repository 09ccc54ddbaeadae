"""Pairing quote marks inside one paragraph: which marks open, which close, which are apostrophes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from osceq.extract.british_nesting import without_nested_doubles
from osceq.extract.letter_cases import any_case_pattern

# Double marks first as two-character sequences: ``…'' (TeX/PTB) and ''…'' (two apostrophes).
# After a word, three apostrophes close a nested single quotation and the double one together.
# (The apostrophes come before the look back at the word: tried at every position, the branch then
# fails on its first character.)
_MARK = re.compile(r"'''(?<=[^\s']''')|''|``|[\"“”„‟«»〝〞＂‘’'‚‹›]")
# ―…‖ is “…” read in the wrong code page; ― alone is a dash, so it only counts with its partner.
_BAR_PAIR = re.compile(r"―(?=\S)([^―‖\n]{1,2000}?)‖")

_OPENERS = frozenset("“„‟«〝‚‘‹") | {"``"}
_CLOSERS = frozenset("”»〞’›")
_SINGLE = frozenset("‘’'‚‹›")
# Characters after which a mark counts as standing at the start of a word.
_LEFT_SPACE = frozenset(" \t\n\r\f\v\u00a0([{—–-/\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff")
# Characters before which a mark counts as standing at the end of a word.
_RIGHT_SPACE = frozenset(" \t\n\r\f\v\u00a0.,;:!?)]}—–-/…")


_STRAIGHT_DOUBLE = frozenset('"＂')
_DOUBLE_OPENERS = frozenset('“"')
# What follows an apostrophe inside a word: a possessive or a contraction's end (`'s`, `n't`, `'ll`).
_CONTRACTION_END = re.compile(r"(?:s|t|d|m|ll|re|ve)(?![\w'’\"])")


@dataclass(frozen=True, slots=True)
class Pair:
    """A quotation found by its marks: offsets of the opening mark, the closing mark and the content."""

    open_start: int
    open_end: int
    close_start: int  # equals the paragraph end when the quote runs on past it
    close_end: int
    single: bool  # quoted with single marks (‘…’ or '…')
    closed: bool  # False when the paragraph ends inside the quote


def _direction(text: str, start: int, end: int, para_start: int, para_end: int) -> str:
    """'open', 'close' or 'both' for the mark text[start:end], judged by its shape and neighbours."""
    mark = text[start:end]
    before = text[start - 1] if start > para_start else " "
    after = text[end] if end < para_end else " "
    spaced_before = before in _LEFT_SPACE or before in _OPENERS or before in "\"'"
    spaced_after = after in _RIGHT_SPACE or after in _CLOSERS or after in "\"'"
    if mark in _SINGLE and before.isalnum() and after.isalnum():
        return "apostrophe"
    if (
        mark in _STRAIGHT_DOUBLE
        and (before.isalpha() or before in ">)")
        and _CONTRACTION_END.match(text, end, para_end)
    ):
        return "apostrophe"  # `the country"s parties`, `don"t`: a double mark typed for an apostrophe
    if mark in _OPENERS:
        # A typed-backwards opener at a word's end closes ("…here.“ said"), and so does one ending
        # its paragraph, where nothing is left for it to open ("…here. “").
        return "close" if (spaced_after and not spaced_before) or end >= para_end else "open"
    if mark in _CLOSERS:
        if spaced_before:
            return "both" if spaced_after else "open"
        return "close"
    if spaced_before and not spaced_after:
        return "open"
    if spaced_after and not spaced_before:
        return "close"
    return "both"


# A markup tag left in the text (`<tweet id="…" author="…">`), whose attribute values are quoted.
_MARKUP_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")


def _marks(text: str, start: int, end: int) -> list[tuple[int, int, str, bool]]:
    """Every mark in text[start:end] as (start, end, direction, is_single), apostrophes left out."""
    found: list[tuple[int, int, str, bool]] = []
    tags = [m.span() for m in _MARKUP_TAG.finditer(text, start, end)] if "<" in text[start:end] else []
    doubled = -1  # the second mark of an opener typed twice
    for match in _MARK.finditer(text, start, end):
        a, b = match.span()
        if a == doubled:
            continue
        if any(x <= a < y for x, y in tags) or text[a - 1 : a] == "=" or text[b : b + 1] == ">":
            continue  # `<tweet author="@lee" date="May 2, 2016 ">`: an attribute's marks quote nobody
        direction = _direction(text, a, b, start, end)
        if direction == "apostrophe":
            continue
        single = match.group() in _SINGLE
        if single and direction == "close" and text[a - 1 : a] in "sS" and a - 1 > start:
            direction = "close?"  # "the players' union": a possessive unless a quote is open
        if single and direction == "open" and text[b : b + 2].isdigit():
            continue  # '90s
        if (
            single
            and direction == "open"
            and text[a - 2 : a - 1].isalpha()
            and _ELIDED_AND.match(text, b, end)
        ):
            continue  # `Chicken 'N Biscuits`, `rock 'n roll`: an "and" cut short between two words
        if not single and direction == "open" and b < end and text[b] in _DOUBLE_OPENERS:
            # `"“We won,” Lee said.`, `““We won.”`: an opener typed twice is one opening mark.
            found.append((a, b + 1, direction, False))
            doubled = b
            continue
        if not single and text[a - 1 : a].isdigit() and _FEET_BEFORE.search(text, max(start, a - 6), a):
            continue  # `he's like 6’2”`: an inch mark after feet, no quotation's end
        found.append((a, b, direction, single))
    return found


# An "and" cut to its n after an apostrophe, a word of its own (`fish 'n chips`).
_ELIDED_AND = re.compile(r"[nN](?=\s)")

# A height or length in feet and inches just before a double mark (`6’2”`, `5'10"`): the mark is inches.
_FEET_BEFORE = re.compile(r"(?<![\w.,])\d{1,2}['’′]\d{1,2}$")

# Every character a mark (or a ―…‖ pair) begins with.
# The quotation right before a tag's pronoun (`"I am innocent," he said`), read by the rules that test
# its words against the pronoun's candidate (accused_answers, kin_subjects, agent_own_words).
QUOTE_BEFORE_TAG = re.compile(r"[\"“]([^\"“”\n]{1,600})[\"”]\s*,?\s*$")
_ANY_MARK = re.compile(r"[\"“”„‟«»〝〞＂‘’'‚‹›`―]")


def may_quote(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether any of the spans (paragraphs) of text holds a mark that may open or close a quotation:
    with none, `pair_marks` finds nothing in any (an apostrophe between two letters or digits, as in
    `Tarn's`, is always passed over; a single mark opening or closing a span always counts)."""
    for start, end in spans:
        # (one scan for any mark, as pair_marks makes: most paragraphs hold none, the rest a few)
        for mark in _ANY_MARK.finditer(text, start, end):
            at = mark.start()
            if (
                text[at] not in _SINGLE
                or at == start
                or at + 1 == end
                or not text[at - 1].isalnum()
                or not text[at + 1].isalnum()
            ):
                return True
    return False


def pair_marks(text: str, start: int, end: int) -> list[Pair]:
    """The outermost quotations in the paragraph text[start:end], in order; stray marks are skipped."""
    if _ANY_MARK.search(text, start, end) is None:
        return []  # most paragraphs hold no mark at all: one scan instead of the pairing below
    return _pair_marks(text, start, end)


def _pair_marks(text: str, start: int, end: int) -> list[Pair]:
    marks = _marks(text, start, end)
    doubles = _double_pairs([m for m in marks if not m[3]], end)
    if doubles and not doubles[-1].closed:
        doubles = _closed_by_a_stray_single(text, marks, doubles, end)
    bars = [
        Pair(m.start(), m.start() + 1, m.end() - 1, m.end(), False, True)
        for m in _BAR_PAIR.finditer(text, start, end)
    ]
    outer = sorted(doubles + [b for b in bars if not _inside(b.open_start, doubles)], key=_key)
    singles = _single_pairs(marks, outer)
    if not singles:
        return outer
    return sorted(without_nested_doubles(outer, singles) + singles, key=_key)


def _key(pair: Pair) -> int:
    return pair.open_start


def _inside(position: int, pairs: list[Pair]) -> bool:
    return any(p.open_start <= position < p.close_end for p in pairs)


def _double_pairs(marks: list[tuple[int, int, str, bool]], end: int) -> list[Pair]:
    """Outermost double-mark quotations; one level of same-mark nesting is allowed inside them."""
    pairs: list[Pair] = []
    stack: list[tuple[int, int]] = []
    for a, b, direction, _ in marks:
        closes = direction == "close" or (direction == "both" and stack)
        if not closes:
            if direction != "close":
                stack.append((a, b))
            continue
        if not stack:
            continue  # a stray closer
        opener = stack.pop()
        if not stack:
            pairs.append(Pair(opener[0], opener[1], a, b, False, True))
    if stack:
        pairs.append(Pair(stack[0][0], stack[0][1], end, end, False, False))
    return pairs


# A capital after the mark: a new sentence begins.
_NEW_SENTENCE = any_case_pattern(r"\s+[\"“‘'(]?[A-Z]")


def _closed_by_a_stray_single(
    text: str, marks: list[tuple[int, int, str, bool]], doubles: list[Pair], end: int
) -> list[Pair]:
    """`Lee tweeted: “Let’s go. We can win.’ Lee was there …`: a double quotation left open to the
    paragraph's end that meets a single closing mark ending a sentence, before any other mark opens,
    was closed with the wrong mark. It ends there, and the double marks after it pair afresh."""
    last = doubles[-1]
    for a, b, direction, single in marks:
        if a < last.open_end:
            continue
        if not single or direction not in ("close", "close?"):
            break  # a nested quotation opens first: the single mark may close it
        stop = text[a - 1] in "!?" or (text[a - 1] == "." and text[a - 2].islower())  # not `U.S.’`
        if stop and _NEW_SENTENCE.match(text, b, end):
            closed = Pair(last.open_start, last.open_end, a, b, False, True)
            return [*doubles[:-1], closed, *_double_pairs([m for m in marks if not m[3] and m[0] >= b], end)]
    return doubles


def _single_pairs(marks: list[tuple[int, int, str, bool]], outer: list[Pair]) -> list[Pair]:
    """Quotations in single marks that stand outside every double-quoted passage."""
    pairs: list[Pair] = []
    opened: tuple[int, int] | None = None
    index = 0
    for a, b, direction, single in marks:
        while index < len(outer) and outer[index].close_end <= a:
            index += 1
        if not single or (index < len(outer) and outer[index].open_start <= a):
            continue
        if opened is None:
            if direction == "open":
                opened = (a, b)
        elif direction in ("close", "close?", "both"):
            pairs.append(Pair(opened[0], opened[1], a, b, True, True))
            opened = None
    return pairs
