"""Whether a paragraph reports speech: a quotation with a tag of its own (`"…," said Ann Lee`, `Lee
said: "…"`) or, more loosely, a quotation of a few words and a verb of saying outside it. Such a
paragraph is the story's, so no test of page furniture may throw it away."""

from __future__ import annotations

import re

from osceq.extract.web_words import TAG_VERBS

__all__ = ["has_tag_verb", "holds_reported_quote", "holds_tagged_quote"]

_WORD = re.compile(r"[a-z]+")
# A quotation between double marks (or single curly ones), at most a paragraph's length.
_QUOTATION = re.compile(r"[\"“”]([^\"“”\n]{1,600})[\"“”]|‘([^‘’\n]{1,600})’")
# The fewest words of a quotation that a loose report counts.
_REPORTED_WORDS = 3
# The words right after a quotation's closing mark, up to a stop (`…," said Lee`, `…?" she asked`).
_AFTER = re.compile(r"[^.!?\n\"“”]{0,60}")
# How many words after a closing mark may hold its tag's verb (`…," spokeswoman Dena Marsh said`).
_TAG_WORDS = 6
# A tag right before an opening mark (`Lee said: "…`, `she told reporters, "…`).
_TAG_BEFORE = re.compile(r"\b([a-z]+)\b(?:[ \t]+[\w.’'-]+){0,4}[ \t]*[:,][ \t]*$")


def has_tag_verb(chunk: str) -> bool:
    """Whether a paragraph holds a verb of a quotation's tag anywhere (`said`, `told`, `says`)."""
    return any(word in TAG_VERBS for word in _WORD.findall(chunk.lower()))


def holds_reported_quote(chunk: str) -> bool:
    """Whether a paragraph holds a quotation of three words or more and a verb of saying outside it."""
    if not any(mark in chunk for mark in '"“‘'):
        return False
    quotations = list(_QUOTATION.finditer(chunk))
    if not any(len((q.group(1) or q.group(2)).split()) >= _REPORTED_WORDS for q in quotations):
        return False
    return has_tag_verb(_QUOTATION.sub(" ", chunk))


def holds_tagged_quote(chunk: str) -> bool:
    """Whether a paragraph holds a quotation with a tag of its own right after its closing mark or
    right before its opening one (not a quotation a sentence merely reports: `said she called the
    plan "a waste"`)."""
    for quotation in _QUOTATION.finditer(chunk):
        inner = (quotation.group(1) or quotation.group(2)).rstrip()
        if inner[-1:] in ",?!" and _verb_after(chunk, quotation.end()):
            return True
        before = _TAG_BEFORE.search(chunk, 0, quotation.start())
        if before is not None and before.group(1) in TAG_VERBS:
            return True
    return False


def _verb_after(chunk: str, end: int) -> bool:
    """Whether one of the first words after a closing mark, before any stop, is a tag's verb."""
    after = _AFTER.match(chunk, end)
    words = _WORD.findall(after.group().lower())[:_TAG_WORDS] if after else []
    return any(word in TAG_VERBS for word in words)
