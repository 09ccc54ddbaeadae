"""The speaker a paragraph that opens with a quote and has no cue carries over from the paragraph
before: the last quote's speaker, the sentence ending on a colon that leads into it, the reported
speech or the statement before it, or the person it ends on. Read by `quotes.py`."""

from __future__ import annotations

import re
from collections.abc import Container
from collections.abc import Set as AbstractSet
from dataclasses import replace

from osceq.extract import attribution, uncued
from osceq.extract import reporting as lex
from osceq.extract.attribution import Found
from osceq.extract.introduced_texts import introduced_text
from osceq.extract.issued_statements import statement_issued
from osceq.extract.quote_drafts import STRONG_EVIDENCE, Draft, awaits_speaker
from osceq.extract.quote_kinds import looks_like_title
from osceq.extract.quote_sentences import sentence_start
from osceq.extract.reported_paragraphs import (
    may_go_on_as,
    sole_named_speaker,
    speaker_goes_on,
    speaker_sentences,
)
from osceq.extract.stances import stance_subject
from osceq.models import Block

# A quote given to the subject of its sentence (`Lee hit back, saying he had "…"`) hands its speaker
# on to a statement opening the next paragraph as surely as a reporting cue does; so does one led in
# by `Lee told the crowd:` (a statement running over several paragraphs).
_HANDED_ON = STRONG_EVIDENCE | {"subject", "paragraph", "colon", "carry-over"}


def _hands_on(text: str, draft: Draft) -> bool:
    """Whether a quote's speaker carries on to a statement opening the next paragraph. A tag closing
    the sentence (`"…" and against the bill, Lee said.`) names the speaker as surely as a cue, unless
    its quote is a short term (`permit "when issued" trading, dealers said.`), which is no statement."""
    if draft.found is None:
        return False
    if draft.evidence == "tag":
        return len(text[draft.start : draft.end].split()) >= _STATEMENT_WORDS
    return draft.evidence in _HANDED_ON


def _names_carried(text: str, before: Draft, draft: Draft) -> bool:
    """`"One flaw of Byler's piece is …"` after a run of Byler's paragraphs: a quote naming the
    speaker the run has carried on in the third person is somebody else's (a run passed on by an
    earlier carry-over only)."""
    if before.evidence != "carry-over" or before.found is None or before.found.kind != "name":
        return False
    last = text[before.found.mention.start : before.found.mention.end].split()[-1]
    return re.search(rf"\b{re.escape(last)}\b", text[draft.start : draft.end]) is not None


# The fewest words of a quote whose sentence-closing tag hands its speaker on: scare quotes are short.
_STATEMENT_WORDS = 5


def carry_over(
    text: str,
    body: list[Block],
    index: int,
    previous: list[Draft],
    current: list[Draft],
    speaker_last_words: AbstractSet[str],
    after_names: Container[str],
) -> list[Draft]:
    """A paragraph that opens with a quote and has no cue continues the speaker of the one before.

    speaker_last_words: the last words of the names that earlier quotes of the article were given;
    after_names: the article's `words_after_names`."""
    if not current or index == 0 or not awaits_speaker(current[0]) or current[0].kind != "direct":
        return current
    block = body[index]
    if current[0].pair.open_start != block.start:
        return current
    alone = not text[current[0].pair.close_end : block.end].strip()
    if alone and len(text[current[0].start : current[0].end].split()) < 6:
        return current  # a short quote alone on its line is a subhead or a cry, not the speaker going on
    if re.match(r"\s+(?:is|was|has)\b", text[current[0].pair.close_end : current[0].pair.close_end + 6]):
        return current  # `"Harbour Lights" is a play …`: the quote is the sentence's subject, a title
    # A title quoted after the last statement (`said Smith, the author of "A Book."`) passes nothing on.
    previous = [d for d in previous if d.kind != "partial" or not looks_like_title(text[d.start : d.end])]
    found, evidence = None, "none"
    if previous and not previous[-1].pair.closed and previous[-1].found is not None:
        found, evidence = previous[-1].found, "continuation"
    elif text[body[index - 1].end - 1] == ":":
        # `Smith told the crowd:` ends the paragraph before: it leads into this quote, whoever spoke
        # before it. (A plain reporting sentence there was measured on the training articles: as
        # often wrong as right after a paragraph with quotes of its own, so it is only used below.)
        found, evidence = _introduced_by(text, body[index - 1], previous), "colon"
    if (
        found is None
        and previous
        and _hands_on(text, previous[-1])
        and not _names_carried(text, previous[-1], current[0])
    ):
        found, evidence = previous[-1].found, "carry-over"
    # (`"…" He also noted …`: the quote alone but for its speaker going on)
    going_on = None if alone else speaker_goes_on(text, current[0].pair.close_end, block.end)
    if found is None and not previous and (alone or going_on):
        found, evidence = _reported_before(text, body[index - 1]), "reported-before"
        if found is not None and going_on and not may_go_on_as(found.mention.text, going_on):
            found = None
    if found is None and not previous and alone:
        prior = body[index - 1]
        start = sentence_start(text, prior.start, prior.start, prior.end - 1)
        found, evidence = statement_issued(text, start, prior.end), "statement"
        if found is None:  # `Lee was blunt.` / `"…"`: the words that show the manner follow it
            found, evidence = stance_subject(text, start, prior.end), "previous-sentence"
    if found is None and not previous and alone:
        found = _person_before(text, body[index - 1], speaker_last_words, after_names)
        evidence = "person-before"
    if found is None and alone:  # `Following is the text of the statement.` before a run of quotations
        found, evidence = introduced_text(text, body, index), "statement"
    if found is None:
        return current
    if evidence == "reported-before" and not _own_statement(text, current[0]):
        # Words quoted after their speaker's reported speech carry that speech on: a partial quotation.
        return [replace(current[0], found=found, evidence=evidence, kind="partial"), *current[1:]]
    return [replace(d, found=found, evidence=evidence) if awaits_speaker(d) else d for d in current]


_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Mm]e|[Uu]s)\b")


def _own_statement(text: str, draft: Draft) -> bool:
    """A quote that runs on into the next paragraph and speaks in the first person (`"My daughter
    would wait in the dark. …` with no closing mark) is a statement of its own, whole: a direct quote."""
    return (
        not draft.pair.closed
        and not text[draft.start : draft.start + 1].islower()  # `"the worst idea I have heard` carries it on
        and _FIRST_PERSON.search(text, draft.start, draft.end) is not None
    )


def _reported_before(text: str, prior: Block) -> Found | None:
    """`Lee praised the mayor's record.` / `"We need someone who gets things done."`: a paragraph of
    reported speech with no quote of its own names the speaker of a statement alone on the next line,
    when its last sentence has a reporting cue."""
    for k, span in enumerate(speaker_sentences(text, prior)):
        found = attribution.before_quote(text, [span])
        if found is not None:
            # (`Lee in a long interview said …`: as sure, when the paragraph's last and sole speaker)
            said = (
                k == 0
                and found.evidence == "subject"
                and found.kind == "name"
                and found.cue.text in lex.REPORTING_FORMS
                and sole_named_speaker(text, found.mention.text, found.cue.end, span[1])
            )
            return found if found.evidence in STRONG_EVIDENCE or said else None
    return None


def _person_before(
    text: str, prior: Block, speaker_last_words: AbstractSet[str], after_names: Container[str]
) -> Found | None:
    """`Asked about the plan, Ann Lee was blunt.` / `"It will never pass."`: a statement alone on
    its line speaks for the named person the paragraph before ends on, as its subject, when an
    earlier quote was that person's (a country or a firm as the subject speaks for nobody)."""
    if text[prior.end - 1] != ".":
        return None  # `The ministry's statement said -`: a paragraph cut off leads into something else
    start = sentence_start(text, prior.start, prior.start, prior.end - 1)
    found = uncued.any_subject(text, [(start, prior.end)], after_names)
    if found is None or found.kind != "name" or re.search(r"['’](?:s\b|$)", found.mention.text):
        return None  # `Lee's committee will meet.`: a possessive's head, not the person, is the subject
    return found if found.mention.text.split()[-1] in speaker_last_words else None


def speaker_words(drafts: list[Draft]) -> set[str]:
    """The last words of the names that drafts were given (`Lee` for "Ann Lee")."""
    return {
        d.found.mention.text.split()[-1]
        for d in drafts
        if d.found is not None and d.found.kind == "name" and d.found.mention.text.split()
    }


def _introduced_by(text: str, prior: Block, previous: list[Draft]) -> Found | None:
    """The speaker of the sentence ending the paragraph before on a colon (`Smith told the crowd:`)."""
    floor = previous[-1].pair.close_end if previous else prior.start
    start = sentence_start(text, prior.start, floor, prior.end - 1)
    return attribution.before_quote(text, [(start, prior.end)])
