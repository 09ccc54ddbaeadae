"""A quotation that runs on over paragraphs is tagged where it ends: `"We will stay open.` (no
closing mark: the quote goes on) / `"Nobody will lose a job," Lee said.`. The opening paragraph's
speaker is the tag's below, not a guess from the sentence before it; and a statement alone in its
paragraph is tagged by a next paragraph giving the words again (`He said it twice more …`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from osceq.extract.attribution import Found
from osceq.extract.names import name_matches
from osceq.extract.pointing_tags import GUESSED_FROM_BEFORE, pointed_after, said_below
from osceq.extract.quote_drafts import Draft
from osceq.extract.quote_lists import listed_quotes
from osceq.models import Block

# Speakers found with no cue of the quote's own: a guess from the sentences before the quote, which a
# tag closing the same run-on quotation outranks.
_GUESSES = frozenset(
    {
        "none",
        "reported-before",
        "carry-over",
        "continuation",
        "previous-sentence",
        "person-before",
        "statement",
    }
)
# A tag of the quotation that continues it in the next paragraph.
_TAGS = frozenset({"cue-after", "tag-below"})


def tagged_below(text: str, body: Sequence[Block], drafts: list[Draft]) -> list[Draft]:
    """drafts (in order) with each quotation that fills its paragraph, left open at its end and
    attributed by a guess only, given the tag of the quotation opening the next paragraph; run
    backwards, so a three-paragraph quotation takes the tag of its last. A pronoun's tag replaces no
    guess: its person is read from the sentences before it, as the guess was. (A list of quotations
    under a colon takes its lead-in's speaker first: the items run over paragraphs too.)"""
    result = listed_quotes(text, body, drafts)
    for k in range(len(result) - 2, -1, -1):
        draft, following = result[k], result[k + 1]
        if (
            draft.pair.closed
            or draft.pair.single
            or draft.evidence not in _GUESSES
            or following.paragraph != draft.paragraph + 1
            or following.evidence not in _TAGS
            or following.found is None
            or following.pair.open_start != body[following.paragraph].start
            or draft.pair.open_start != body[draft.paragraph].start
            or _mark(text, draft) != _mark(text, following)
            or (draft.found is not None and following.found.kind == "pronoun")
            or text[draft.pair.close_start - 1 : draft.pair.close_start] not in (".", "!", "?")
        ):
            continue
        # The whole paragraph is the quotation's: a direct quote, like the tagged one it runs into.
        result[k] = replace(draft, found=following.found, evidence="tag-below", kind="direct")
    return [_said_below(text, body, d, result) for d in result]


def _said_below(text: str, body: Sequence[Block], draft: Draft, drafts: list[Draft]) -> Draft:
    """A statement closing its paragraph as a sentence of its own, with no speaker, tagged by the next
    paragraph's first sentence giving the words again (`"…"` / `He said it twice more before …`)."""
    guessed = draft.evidence in GUESSED_FROM_BEFORE
    if not guessed and (draft.found is not None or draft.evidence != "none"):
        return draft  # (most quotes: the paragraph's other quotes need not be gathered)
    block = body[draft.paragraph]
    others = [other for other in drafts if other.paragraph == draft.paragraph and other is not draft]
    # (last, after the quote's own tags and its paragraph's)
    pointed = pointed_after(text, block, draft, others)
    if pointed is not None and guessed:
        # A speaker carried on from before and a next sentence naming another disagree: neither is
        # sure (`The line came from Tom Reed.` may be right, or `… from Tom Reed's memoir`, `… from
        # Lincoln, whom Lee quoted` wrong), so nobody, never a guess against the text.
        return (
            draft if _same_person(pointed, draft.found) else replace(draft, found=None, evidence="unread-tag")
        )
    if pointed is not None:
        return replace(draft, found=pointed, evidence=pointed.evidence, kind="direct")  # (a sentence)
    if guessed:
        return draft
    if (
        any(other.found is not None for other in others)
        or draft.kind != "direct"
        or draft.paragraph + 1 >= len(body)
        or text[block.start : draft.pair.open_start].rstrip()[-1:] not in ("", ".", "!", "?")
        or text[draft.pair.close_end : block.end].strip()
    ):
        return draft
    found = said_below(text, draft.end, draft.pair, block, body[draft.paragraph + 1])
    return draft if found is None else replace(draft, found=found, evidence="tag-below")


def _same_person(pointed: Found, guessed: Found | None) -> bool:
    """Whether the two mentions may name one person: a pronoun or description carried on cannot be
    told apart here (the guess stands, as before); names are compared as everywhere else
    (names.name_matches: `Reed` is `Sen. Tom Reed`, `Tom Reed` is no `Ann Reed`)."""
    if guessed is None:
        return False
    if guessed.kind != "name" or pointed.kind != "name":
        return True
    a, b = pointed.mention.text, guessed.mention.text
    return name_matches(a, b) or name_matches(b, a)


def _mark(text: str, draft: Draft) -> str:
    """The opening mark: a quotation continued in the next paragraph reopens with the same one (a
    straight mark then a curly one is a passage of another source quoted inside)."""
    return text[draft.pair.open_start : draft.pair.open_end]
