"""A writing given whole after a line that introduces it: `Following are extracts from the
communique issued by the council.` then paragraphs that are each one quotation with nothing else
make those quotations the communique's words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from osceq.extract.attribution import Found
from osceq.extract.text import sentences
from osceq.extract.tokens import span_of, tokenize
from osceq.extract.writing_words import WRITINGS
from osceq.models import Block, Span

# `Following is the text of …`, `Following are extracts from …`: a sentence that introduces a
# writing given below it, word for word.
_INTRODUCING = re.compile(
    r"(?:^|\s)Following (?:is|are) (?:the )?(?:full |complete )?"
    r"(?:text|texts|extracts?|excerpts?) (?:of|from) ",
)
# A paragraph that is one quotation and nothing else (a closing mark may be left out when the
# quotation runs on into the next paragraph).
_QUOTATION_ONLY = re.compile(r'["“][^"“”]+["”]?')
# Words that open the writing's description (`the communique`, `a statement`).
_DETERMINERS = frozenset(["the", "a", "an"])
# Words that lead from a writing to its author (`a letter from Ivo Marsh`, `the speech by Ann Lee`).
_AUTHOR_WORDS = frozenset(["by", "from"])
# How many paragraphs of the writing are followed back to the line that introduces it.
_REACH = 30


def introduced_text(text: str, body: Sequence[Block], index: int) -> Found | None:
    """The writing a line before a run of paragraphs that are quotations only introduces, as the
    speaker of the run's paragraph at index (`Following is the text of the statement:`)."""
    k = index
    while k > 0 and index - k < _REACH and _quotation_only(text, body[k]):
        k -= 1
    if k == index or _quotation_only(text, body[k]):
        return None
    spans = sentences(text, body[k].start, body[k].end)
    if not spans:
        return None
    start, end = spans[-1]
    match = _INTRODUCING.search(text, start, end)
    if match is None:
        return None
    cue = Span(match.group().strip(), match.end() - len(match.group().lstrip()), match.end())
    return _writing(text, match.end(), end, cue)


def _quotation_only(text: str, block: Block) -> bool:
    """Whether a paragraph holds one quotation and nothing outside it."""
    return _QUOTATION_ONLY.fullmatch(text, block.start, block.end) is not None


def _writing(text: str, start: int, end: int, cue: Span) -> Found | None:
    """`the communique issued at the meeting`: the writing named right after the introduction, by
    its determiner and noun, with at most one word between (`the final communique`); a writing
    owned by a name (`Ann Lee's letter`) or any other phrase is none."""
    tokens = tokenize(text, start, end)
    if len(tokens) < 2 or tokens[0].low not in _DETERMINERS:
        return None
    noun = next((k for k in (1, 2) if k < len(tokens) and tokens[k].low in WRITINGS), None)
    if noun is None or (noun == 2 and not tokens[1].text.islower()):
        return None
    last = noun
    if (
        noun + 2 < len(tokens)
        and tokens[noun + 1].low in _AUTHOR_WORDS
        and tokens[noun + 2].text[:1].isupper()
    ):
        last = noun + 2  # (its author kept: `a letter from Ivo Marsh`, not `a letter`)
        while last + 1 < len(tokens) and tokens[last + 1].text[:1].isupper():
            last += 1
    return Found(span_of(text, tokens, 0, last + 1), cue, "nominal", "statement")
