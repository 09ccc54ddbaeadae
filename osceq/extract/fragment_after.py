"""A quoted fragment inside the sentence right after a sentence of reported speech with a cue of its
own (`Lee said the plan had failed. It "amounts to a handout for the few."`): the fragment carries
that speech on, when its own sentence names nobody."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from osceq.extract import attribution
from osceq.extract import reporting as lex
from osceq.extract.quote_drafts import STRONG_EVIDENCE, Draft, awaits_speaker
from osceq.extract.quote_sentences import sentence_start
from osceq.extract.quotemarks import Pair
from osceq.models import Block

_WORDS = re.compile(r"[a-z]+")
# Fewer words than this are scare quotes or names as often as speech.
_FEWEST_WORDS = 5


def fragment_after_report(text: str, block: Block, pairs: list[Pair], draft: Draft) -> Draft:
    """The speaker of the sentence before a partial quotation's own sentence, when that sentence has
    a reporting cue naming its speaker and the quotation's sentence holds no other quotation."""
    if not awaits_speaker(draft) or draft.kind != "partial":
        return draft
    if len(text[draft.start : draft.end].split()) < _FEWEST_WORDS:
        return draft
    left = sentence_start(text, block.start, block.start, draft.pair.open_start)
    if left <= block.start or left == draft.pair.open_start:
        return draft
    # (Pairs are in text order: bisection keeps a paragraph of thousands of quotes linear.)
    first = bisect.bisect_left(pairs, left, key=lambda p: p.open_start)
    if first < len(pairs) and pairs[first].open_start < draft.pair.open_start:
        return draft  # another quotation opens the sentence first: it leads
    if any(w in lex.REPORTING_FORMS for w in _WORDS.findall(text, left, draft.pair.open_start)):
        return draft  # `The caption quotes Proverbs: "…"`: its own sentence tells who says it, if anyone
    start = sentence_start(text, block.start, block.start, left - 1)
    earliest = bisect.bisect_left(pairs, start, key=lambda p: p.open_start)
    inside = [(p.open_start, p.close_end) for p in pairs[earliest:first]]
    ranges, at = [], start
    for a, b in inside:
        ranges.append((at, a))
        at = b
    ranges.append((at, left))
    found = attribution.before_quote(text, [r for r in ranges if r[1] > r[0]])
    if found is None or found.evidence not in STRONG_EVIDENCE or found.kind not in ("name", "pronoun"):
        return draft  # (`A handful of ferry riders agreed …`: a phrase read as a speaker is often no one)
    return replace(draft, found=found, evidence="previous-sentence")
