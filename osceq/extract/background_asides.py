"""An "as" or "while" aside between the main clause and the quotation. One that only looks on (`Tom
Orrin spoke, as the crowd watched: "…"`) has a subject that says nothing; one that brings the
quotation in itself (`Prices rose again, as the Board's latest figures show: "…"`) makes the main
clause's subject, when it names no one, no speaker (a person's words the aside shows, `Ann Vell
refused, as the minutes show: "…"`, stay hers). Either speaker, read from the wrong clause, is
withheld (nobody, rather than the crowd or prices). Read by `withheld_speakers.py`."""

from __future__ import annotations

import re

from osceq.extract import as_aside_words as aw
from osceq.extract import function_words as fw
from osceq.extract.document_relatives import WRITINGS as FOUND_WRITINGS
from osceq.extract.given_names import is_given_name
from osceq.extract.name_words import ORGANISATION_WORDS
from osceq.extract.quote_drafts import Draft
from osceq.extract.word_kinds import person_noun, title_word
from osceq.extract.writing_words import OWNED_WRITINGS, WRITINGS

__all__ = ["withholds"]

# "as" or "while" right before the mention (`, as the crowd`).
_BEFORE_MENTION = re.compile(r"\b(?:as|while)\s+$")
# A comma or a colon alone between the aside's verb and the quotation.
_TO_QUOTE = re.compile(r"\s*[,:]\s*$")
# An aside `, as <a determined phrase> <verb>:` closing the words between the mention and the
# quotation; group 1 is the phrase's head, group 2 the verb.
_INTRODUCING_ASIDE = re.compile(
    r",\s+as\s+(?:the|a|an|its|their|his|her|[A-Z][\w’']*(?:’s|'s))\s[^,:;\"“”]{0,60}?\b([\w’']+)\s+([a-z]+)\s*:\s*$"
)
# How far before the mention the "as" may stand, in characters.
_REACH = 12


def withholds(text: str, draft: Draft) -> bool:
    """Whether the draft's speaker is an onlooking aside's subject, or a main subject whose aside
    brings the quotation in."""
    found = draft.found
    if found is None or not found.cue.end <= draft.pair.open_start:
        return False
    if found.mention.end <= found.cue.start and _onlooker(text, draft):
        return True
    between = text[found.mention.end : draft.pair.open_start]
    aside = _INTRODUCING_ASIDE.search(between)
    return (
        aside is not None and _brings_in(aside.group(1), aside.group(2)) and _no_one(text, found.mention.text)
    )


def _no_one(text: str, mention: str) -> bool:
    """Whether the main clause's subject names no one who could speak: a thing described (`the
    index`), or one capitalised plural the article also writes in lower case and never after another
    name word (`Prices`; `Ann Vell refused …, as the minutes show: "…"` quotes her, as read before)."""
    words = mention.split()
    if len(words) > 1:
        head = words[-1]
        return (
            words[0].lower() in fw.DETERMINERS
            and head.isalpha()
            and head.islower()
            and not (person_noun(head) or title_word(head) or head in ORGANISATION_WORDS)
            and not (head.endswith("s") and (person_noun(head[:-1]) or head[:-1] in ORGANISATION_WORDS))
        )
    word = words[0] if words else ""
    if not word.isalpha() or is_given_name(word) or re.search(rf"[A-Z][\w’'\-]*\s+{word}\b", text):
        return False
    if not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return False  # `Hunt refused …` beside `the hunt`: a surname may be a common word too
    return re.search(rf"\b{word.lower()}\b", text) is not None


def _brings_in(head: str, verb: str) -> bool:
    """Whether an aside's head may be the source of the words its verb brings in: a writing or
    figures that show or state them, a body or a person that states them (`as the studio light
    states` brings in nothing)."""
    if verb not in aw.INTRODUCING:
        return False
    head = head.lower().removesuffix("'s").removesuffix("’s")
    writing = head in WRITINGS or head in FOUND_WRITINGS or head in OWNED_WRITINGS or head in aw.SOURCES
    if verb.startswith("show"):
        return writing
    return writing or head in ORGANISATION_WORDS or person_noun(head)


def _onlooker(text: str, draft: Draft) -> bool:
    """Whether the mention opens an "as" aside whose verb, right before the quotation, only looks on."""
    found = draft.found
    assert found is not None
    verb = found.cue.text
    if not verb.isalpha() or not verb.islower() or text[found.mention.end : found.cue.start].strip():
        return False
    if not _TO_QUOTE.fullmatch(text, found.cue.end, draft.pair.open_start):
        return False
    if not _BEFORE_MENTION.search(text, max(0, found.mention.start - _REACH), found.mention.start):
        return False
    return verb in aw.ONLOOKING
