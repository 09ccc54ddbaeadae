"""A list of quotations under a lead-in that ends on a colon (`Lee set out her priorities:` / `•
"Cut response times in half."` / `• "Hire 50 more officers."`): each item is the lead-in speaker's
words, however short (a short quotation alone on its line is otherwise a subhead or a cry, and left
out), and one opening on a capital a whole sentence, so a direct quote. An item with a speaker of
its own keeps it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from osceq.extract import attribution
from osceq.extract import reporting as lex
from osceq.extract.attribution import Found
from osceq.extract.names import PERSON, parse_mention
from osceq.extract.own_lead_ins import own_lead_in
from osceq.extract.quote_drafts import Draft, awaits_speaker
from osceq.extract.quote_sentences import sentence_start
from osceq.extract.writing_words import OWNED_WRITINGS
from osceq.models import Block

__all__ = ["listed_quotes"]

# A list item's marker (a bullet, a dash or a number) right before the item's opening quote mark.
_ITEM = re.compile(r"[ \t]*(?:[-–•*·▪●◦►]|\d{1,2}[.)])[ \t]+(?=[\"“‘'])")
# Lead-in speakers a list may take: a person named or described, or a he or she (never `they`, a
# group whose items are each somebody's), by a cue of the lead-in's sentence.
_ONE_PRONOUN = frozenset({"he", "she"})
# Cues by which a speaker voices somebody else's words.
_VOICING_CUES = frozenset(
    {"quoted", "quotes", "quote", "quoting", "read", "reads", "reading", "cited", "cites"}
    | {"heard", "hears", "received", "receives"}  # (`Lee heard from residents:`: theirs, not hers)
)
_WORD = re.compile(r"[a-z’']+")
_LEAD_EVIDENCE = frozenset({"cue-before", "colon"})


def listed_quotes(text: str, body: Sequence[Block], drafts: list[Draft]) -> list[Draft]:
    """drafts (in order) with each list item awaiting a speaker given the lead-in's speaker."""
    result = list(drafts)
    by_paragraph: dict[int, list[int]] = {}
    for k, draft in enumerate(drafts):
        by_paragraph.setdefault(draft.paragraph, []).append(k)
    for index in sorted(by_paragraph):
        if index == 0 or not _ITEM.match(text, body[index].start, body[index].end):
            continue
        lead = _lead_in(text, body, index)
        if lead is None:
            continue
        for k in by_paragraph[index]:
            if _whole_item(text, body[index], result[k]):
                draft = result[k]
                kind = "direct" if text[draft.start : draft.start + 1].isupper() else draft.kind
                result[k] = replace(draft, found=lead, evidence="colon", kind=kind)
    return result


def _lead_in(text: str, body: Sequence[Block], index: int) -> Found | None:
    """The speaker of the colon ending the paragraph before the list that paragraph index is in."""
    first = index
    while first > 0 and _ITEM.match(text, body[first - 1].start, body[first - 1].end):
        first -= 1
    if first == 0:
        return None
    prior = body[first - 1]
    if text[prior.end - 1] != ":":
        return None
    start = sentence_start(text, prior.start, prior.start, prior.end - 1)
    found = attribution.before_quote(text, [(start, prior.end)])
    if found is None or found.evidence not in _LEAD_EVIDENCE:
        return None  # (`Highlights:` labels the list, and speaks no item)
    if _voices_others(text[start : prior.end]) or not own_lead_in(text, found, start, prior.end - 1):
        return None
    if found.kind == "name":  # (a person's name, not `Five things Ann Lee`)
        return found if parse_mention(found.mention.text).kind == PERSON else None
    if found.kind == "nominal" or (found.kind == "pronoun" and found.mention.text.lower() in _ONE_PRONOUN):
        return found
    return None


def _voices_others(lead: str) -> bool:
    """Whether a lead-in gives the items as others' words: read out, quoted or heard by its speaker
    (`Lee quoted her father:`, `Lee heard from residents:`), reported from somebody else after its
    cue (`Lee said Reed had told him:`) or written (`Lee said critics sent her messages such as:`)."""
    words = _WORD.findall(lead.lower())
    if any(word in _VOICING_CUES for word in words):
        return True
    cue = next((k for k, word in enumerate(words) if word in lex.REPORTING_FORMS), len(words))
    return any(word in lex.REPORTING_FORMS or word in OWNED_WRITINGS for word in words[cue + 1 :])


def _whole_item(text: str, block: Block, draft: Draft) -> bool:
    """Whether a quotation awaiting a speaker is the whole item: it opens right after the marker and
    nothing but its closing mark follows it."""
    item = _ITEM.match(text, block.start, block.end)
    return (
        item is not None
        and awaits_speaker(draft)
        and draft.pair.open_start == item.end()
        and draft.pair.closed
        and not text[draft.pair.close_end : block.end].strip()
    )
