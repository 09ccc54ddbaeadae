"""A one-word name that the article writes elsewhere as the start of a firm's full name ("Tarnbank
AG", "Kestrel Glass Bottle Corp"): the bare name is the firm, an "it", not a person."""

from __future__ import annotations

import re

from osceq.extract import name_words
from osceq.extract.given_names import is_given_name
from osceq.extract.lazy_patterns import lazy_compile
from osceq.extract.letter_cases import any_case, any_case_pattern
from osceq.extract.tokens import Token

# Firms' endings, as written after the name ("AG", "Corp.", "Group").
_ENDINGS = "|".join(
    sorted({e.rstrip(".") for e in name_words.FIRM_ENDINGS} | {"corporation", "group", "holdings", "company"})
)
# Up to three capitalised words between the name and its ending ("Kestrel Glass Bottle Corp").
_AFTER_NAME = any_case(r"(?:\s+[A-Z][\w&'\-]*){0,3}?\s+(?i:") + _ENDINGS + r")\b"
# A capitalised word right before a name, read as its given name (`Jane Tarnmoor`).
_WORD_BEFORE_NAME = any_case(r"\b([A-Z][a-z]+)\s+")


def written_as_firm(text: str, name: str) -> bool:
    """Whether a name opens a firm's name in the text: capitalised words after it that end in a
    firm's ending (`Lumenvale Capital Inc`, `Marine Tarn Banks Inc` for `Marine Tarn`). A name the
    text also gives a person as surname (`Jane Tarnmoor`) is no firm's alone."""
    if not name[:1].isupper():
        return False
    if not _ending_after(text, name):
        return False
    return not any(
        is_given_name(m[1]) for m in re.finditer(_WORD_BEFORE_NAME + re.escape(name) + r"\b", text)
    )


# The words and the ending after a name, compiled once: built afresh for each name the pattern
# took about 2 ms to compile, and the names of a stream of articles outrun the cache of patterns.
_ENDING_AFTER = lazy_compile(_AFTER_NAME)
_WORD_START = re.compile(r"\b")


def _ending_after(text: str, name: str) -> bool:
    """Whether the name, opening a word somewhere in the text, has a firm's ending after it (as a
    search for `\\b`, the name and `_AFTER_NAME`; the name is found by a plain string scan)."""
    at = text.find(name)
    while at >= 0:
        if _WORD_START.match(text, at) and _ENDING_AFTER.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


# A courtesy title right before a name: the name is a person's, whatever firm bears it too.
_COURTESY_BEFORE = r"\b(?:Mr|Mrs|Ms|Dr)\.?\s+"


# A he or she right after a verb of saying: `Kestrel Marine said on Monday he would step down` (a
# firm speaking of a person named before, who stays the he).
_SAID_HE = re.compile(r"(?:\s+on\s+\w+|\s+\w+day)?(?:\s+that)?\s+(?:he|she)\b")

# A name opening a sentence as the subject of a verb of saying (`Kestrel Marine said its …`).
_SAYS = any_case_pattern(
    r"(?:^|[.!?][\"”’]?\s+)((?:[A-Z][\w&’'\-]*\s+){0,3}[A-Z][\w&’'\-]*)\s+(?:said|says)\b"
)


def firm_not_person(text: str, name: str) -> bool:
    """Whether a name a subject gives is a firm's and no person's: the text writes it with a firm's
    ending (`Kestrel Marine Corp` for `Kestrel Marine`, `written_as_firm`), it opens on no given
    name (`Ann Kestrel Inc` may be named after her) and no courtesy title stands before it."""
    if is_given_name(name.split()[0]) or not written_as_firm(text, name):
        return False
    return re.search(_COURTESY_BEFORE + re.escape(name) + r"\b", text) is None


def firms_saying(text: str, start: int, end: int) -> list[str]:
    """The names opening sentences between offsets start and end as the subject of `said` or `says`
    (`Kestrel Marine said its profits rose`), for the caller to check as firms; not when a he or she
    is what it said (`Kestrel Marine said he would step down`: the he is the person before)."""
    part = text[start:end]
    return [m.group(1) for m in _SAYS.finditer(part) if _SAID_HE.match(part, m.end()) is None]


def joined_firm_end(tokens: list[Token], i: int, j: int, before: str) -> int:
    """Where a one-word subject (tokens i to j) ends when an "and" joins it to a second name into a
    firm's (`Tarn and Tarn said`, `Tarn and Vell said` after `Tarn and Vell Pty Ltd`): the whole
    name, since bare surnames doubled or written so with a firm's ending are one firm, not two people."""
    if j - i != 1 or j + 1 >= len(tokens) or tokens[j].low not in ("and", "&"):
        return j
    first, second = tokens[i].text, tokens[j + 1].text
    if not (first[:1].isupper() and second[:1].isupper() and first.isalpha() and second.isalpha()):
        return j
    joined = rf"\b{first}\s+(?:and|&)\s+{second}"
    # (a doubled given name is two people, `Tom and Tom said`, unless written with a firm's ending)
    doubled = first == second and not is_given_name(first)
    return j + 2 if doubled or re.search(joined + _AFTER_NAME, before) else j
