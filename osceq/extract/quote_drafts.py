"""Quotations on their way to becoming Quotes, and the speaker a quotation with no cue of its own
takes from its neighbours: the quote before or after it in its paragraph, the sentence before it,
or a signature line below it (the paragraph before it is read in `carried_speakers.py`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from osceq.extract import attribution, signatures, speech_tags
from osceq.extract import reporting as lex
from osceq.extract.attribution import Found
from osceq.extract.issued_statements import statement_issued
from osceq.extract.questions import asked_answerer, past_asked_opening
from osceq.extract.quote_kinds import looks_like_title
from osceq.extract.quote_sentences import SENTENCE_BREAK, SentenceBreaks, sentence_start
from osceq.extract.quotemarks import Pair
from osceq.extract.stances import stance_subject
from osceq.extract.tokens import tokenize
from osceq.extract.trailing_tags import closing_tag
from osceq.models import Block


@dataclass(frozen=True, slots=True)
class Draft:
    """A quotation on its way to becoming a Quote."""

    start: int
    end: int
    pair: Pair
    kind: str
    found: Found | None
    evidence: str
    paragraph: int


# Evidence that finds a reporting cue of the quote's own: only it passes a speaker on to neighbours.
STRONG_EVIDENCE = frozenset({"cue-after", "cue-before", "according-to"})


def awaits_speaker(draft: Draft) -> bool:
    """Whether a quote may take a speaker from around it: it found none, and no tag of its own whose
    speaker could not be read ("unread-tag") says the speaker is somebody not named nearby."""
    return draft.found is None and draft.evidence == "none"


def signed_below(text: str, drafts: list[Draft], below: Block) -> list[Draft]:
    """`"…"` closing a paragraph, then a paragraph `- Jane Doe.`: the line signs the quotation; and
    `"…` left open, then `Jane Doe, City College."`: the line closing it signs it."""
    if not drafts or drafts[-1].found is not None:
        return drafts
    last = drafts[-1]
    if not last.pair.closed:
        found = signatures.signature_line(text, below.start, below.end)
        return drafts if found is None else [*drafts[:-1], replace(last, found=found, evidence="signature")]
    if (
        text[last.pair.close_end : below.start].strip(" \t\r\n.")
        or text[below.start : below.start + 1] not in _DASHES
    ):
        return drafts
    found = speech_tags.after_quote(text, last.pair.close_end, below.end)
    if found is None or found.evidence != "signature":
        return drafts
    return [*drafts[:-1], replace(last, found=found, evidence="signature")]


_DASHES = "—―–-"


def previous_sentence(text: str, block: Block, pairs: list[Pair], draft: Draft, unquoted: bool) -> Draft:
    """A quote opening a sentence with no cue takes the speaker of the sentence before it.

    With unquoted, only a sentence with no quotation of its own counts (it then beats the speaker of
    an older quote in the paragraph: `"A," Smith said. Jones says X. "B."` is Jones's).
    """
    left = sentence_start(text, block.start, block.start, draft.pair.open_start)
    if left != draft.pair.open_start or left <= block.start:
        return draft
    floor = max((p.close_end for p in pairs if p.close_end <= left), default=block.start)
    start = sentence_start(text, block.start, floor, left - 1)
    if unquoted and start == floor and floor > block.start and not _closed_before(text, pairs, floor):
        return draft
    sentence, start = start, past_asked_opening(text, start, left)  # `Asked what Lee said, Roe …`
    found = attribution.before_quote(text, [(start, left)])
    if found is None or (found.evidence == "subject" and found.kind == "nominal"):
        # `Most shares are held by firms, said Ann Lee. "…"`: the tag closing the sentence, not its
        # subject, is who speaks.
        found = closing_tag(text, start, left) or found
    issued = statement_issued(text, start, left) if found is None else None
    if issued is not None:  # `The party issued a statement. "…"`: the statement's own words, whole
        return replace(draft, found=issued, evidence="statement")
    stance = stance_subject(text, start, left) if found is None else None
    if stance is not None:  # `Lee was blunt. "…"`: the words that show the manner follow it
        return replace(draft, found=stance, evidence="previous-sentence")
    answerer = asked_answerer(text, sentence, left) if found is None else None
    if answerer is not None:  # `Asked about the deal, Lee shrugged. "…"`: the answer follows
        return replace(draft, found=Found(*answerer, "previous-sentence"), evidence="previous-sentence")
    # `Lee distanced himself from the group by saying he would back it. "…"`: a person who is the
    # subject of a reporting participle speaks on, as after a cue of his own.
    person = found is not None and found.evidence == "subject" and found.kind in ("name", "pronoun")
    if found is None or not (found.evidence in STRONG_EVIDENCE or person):
        return draft
    # After a sentence of reported speech with no quotation (`Lee added that the plan failed. "…"`)
    # the quote carries that reported speech on: a partial quotation.
    # (A sentence right after a quote that closed its own is that quote's tag: `"A?" Lee asked. "B."`.)
    reported = unquoted and (start > floor or floor == block.start)
    kind = "partial" if reported else draft.kind
    return replace(draft, found=found, evidence="previous-sentence", kind=kind)


def _closed_before(text: str, pairs: list[Pair], floor: int) -> bool:
    """`"… everywhere." Lee added that …`: the quote ending at floor closed its own sentence, so the
    sentence after it holds no quotation."""
    quote = next((p for p in pairs if p.close_end == floor), None)
    if quote is None:
        return False
    inside = text[quote.open_end : quote.close_start].rstrip()
    return inside[-1:] in (".", "!", "?") and text[floor : floor + 3].lstrip()[:1].isupper()


# Evidence of a tag that follows its quote: `"…," Lee said`, `"…" as the plan stalled, Lee said`.
_TAGS_AFTER = frozenset({"cue-after", "tag"})


def tag_later_in_sentence(text: str, drafts: list[Draft]) -> list[Draft]:
    """`"A" but "b," Lee said.`: a quote with no cue takes the tag of the next quote in its own
    sentence, which names the sentence's speaker more surely than the sentence before it does."""
    filled = list(drafts)
    for k in range(len(drafts) - 2, -1, -1):
        after = filled[k + 1]
        if (
            awaits_speaker(drafts[k])
            and after.found is not None
            and after.evidence in _TAGS_AFTER
            and after.found.cue.start >= after.pair.close_end
            # - 1: the quote's own closing stop; + 1: a break is only seen with the capital after it.
            and not SENTENCE_BREAK.search(text, drafts[k].end - 1, after.start + 1)
        ):
            filled[k] = replace(drafts[k], found=after.found, evidence="paragraph")
    return filled


def fill_paragraph(text: str, drafts: list[Draft]) -> list[Draft]:
    """A quote with no cue takes the speaker of a neighbouring quote in its paragraph.

    The quote before it counts when it is in the same sentence or was attributed by a reporting cue;
    the quote after it only when its own tag follows it (`"A." "B," she said.`). A quote in the same
    sentence as one that took its speaker so takes it too (`"A," said Lee. "B" and his team "c"`).
    """
    filled = list(drafts)
    if not drafts:
        return filled
    breaks = SentenceBreaks(text, min(d.start for d in drafts), max(d.pair.close_end for d in drafts))
    before: Draft | None = None  # the last quote so far that found a speaker of its own
    for k, draft in enumerate(drafts):
        if k and drafts[k - 1].found is not None:
            before = drafts[k - 1]
        if not awaits_speaker(draft):
            continue
        neighbour = filled[k - 1] if k else None
        if (
            neighbour is not None
            and neighbour.found is not None
            and not SENTENCE_BREAK.search(text, neighbour.end, draft.start)
        ):
            filled[k] = replace(draft, found=neighbour.found, evidence="paragraph")
            continue
        same_sentence = before is not None and breaks.count(before.end, draft.start) == 0
        # A fragment in a later sentence is often someone else's: only a statement carries on.
        if (
            before is not None
            and before.found is not None
            and (
                same_sentence
                or (
                    before.evidence in STRONG_EVIDENCE
                    and (
                        draft.kind == "direct"
                        or _connector_lead(text, breaks, before, draft)
                        or _ends_next_sentence(text, breaks, before, draft)
                    )
                )
            )
        ):
            filled[k] = replace(draft, found=before.found, evidence="paragraph")
            continue
        after = drafts[k + 1] if k + 1 < len(drafts) else None
        # A fragment's own closing stop ends the writer's sentence (`… as "temporary." About the
        # "levy," Lee said`); a statement's (`"A." "B," she said.`) does not.
        break_search_from = draft.end - 1 if draft.kind == "partial" else draft.end
        if (
            after is not None
            and after.found is not None
            and after.evidence == "cue-after"
            # + 1: a break is only seen with the capital after it, the first letter of `after`.
            and not SENTENCE_BREAK.search(text, break_search_from, after.start + 1)
        ):
            filled[k] = replace(draft, found=after.found, evidence="paragraph")
    return filled


def _ends_next_sentence(text: str, breaks: SentenceBreaks, before: Draft, draft: Draft) -> bool:
    """`"A," said Lee, a pilot. The ferry "is doomed. Nobody will fix it."`: a fragment that runs to
    the end of the sentence right after a quote's own goes on with that quote's statement."""
    between = (before.pair.close_end, draft.pair.open_start)
    content = text[draft.start : draft.end]
    if breaks.count(*between) != 1 or len(content.split()) < 3 or looks_like_title(content):
        return False  # (`Lee starred in "Harbour Lights."`, `in "Mayday."`: a title, nobody's statement)
    lead = tokenize(text, breaks.first_end(*between) or 0, draft.pair.open_start)
    if any(t.low in lex.REPORTING_FORMS for t in lead):
        return False  # `Roe said that it was "…"`: a cue of the sentence's own, though unread
    inside = text[draft.pair.open_end : draft.pair.close_start].rstrip()
    after = text[draft.pair.close_end : draft.pair.close_end + 3]
    return inside[-1:] in (".", "!", "?") and (
        not after.strip() or (after[:1].isspace() and after.strip()[:1].isupper())
    )


# Words that join a sentence to the one before without starting a statement of their own.
_CONNECTORS = frozenset(
    {"but", "and", "then", "still", "yet", "so", "also", "however", "now", "instead", "rather"}
)


def _connector_lead(text: str, breaks: SentenceBreaks, before: Draft, draft: Draft) -> bool:
    """`"A," Smith said. But "b …"`: a sentence that only joins its quote to the statement before."""
    last_break = breaks.last_end(before.pair.close_end, draft.pair.open_start)
    if last_break is None:
        return False
    words = re.findall(r"[^\W\d_]+", text[last_break : draft.pair.open_start])
    return bool(words) and all(w.lower() in _CONNECTORS for w in words)
