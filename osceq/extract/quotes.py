"""Direct and partial quotations in an article's body, and who said them, with the evidence.

Here each paragraph's quotations become drafts with the cue nearest each, drafts become Quotes with
a confidence, and quotations that are no speech (titles, glosses, nicknames) are dropped. The parts
live apart: cues in `attribution.py` and `speech_tags.py` (guesses with no cue in `uncued.py`,
a poll behind its respondents in `sources.py`, a tag after the closing mark checked against the
sentence it may begin in `closing_tags.py`), direct or partial in `quote_kinds.py`,
sentence bounds in `quote_sentences.py`, speakers passed between quotations in `quote_drafts.py`,
quotations that are no speech in `quote_filters.py`.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from dataclasses import replace

from osceq.extract import attribution, clauses, speech_tags, uncued
from osceq.extract.attribution import Found
from osceq.extract.attribution_kinds import attribution_kinds
from osceq.extract.caption_quotes import caption_quotes
from osceq.extract.carried_speakers import carry_over, speaker_words
from osceq.extract.closing_tags import (
    cue_after,
    cue_past_title,
    ends_sentence,
    finite_tag,
    leads_into_next,
    tag_right_after,
)
from osceq.extract.colon_subjects import person_before_colon
from osceq.extract.earlier_words import caller_before_tag, earlier_speaker, named_by_others
from osceq.extract.fragment_after import fragment_after_report
from osceq.extract.group_tags import unread_tags
from osceq.extract.how_tags import how_tag
from osceq.extract.joined_speakers import both_speakers
from osceq.extract.layout import ROLE_BODY, segment
from osceq.extract.listed_office_spans import whole_office_mention
from osceq.extract.loose_tags import long_tag, loose_tag
from osceq.extract.lower_case import with_names_capitalised, written_in_lower_case
from osceq.extract.nearer_subjects import later_pronoun_subject
from osceq.extract.own_sentence_cues import next_sentence_tag
from osceq.extract.passive_agents import agent_after_quote
from osceq.extract.plural_noun_cues import noun_before_quote
from osceq.extract.pull_quotes import without_pull_quotes
from osceq.extract.quote_drafts import (
    STRONG_EVIDENCE,
    Draft,
    awaits_speaker,
    fill_paragraph,
    previous_sentence,
    signed_below,
    tag_later_in_sentence,
)
from osceq.extract.quote_filters import EXPLICIT_EVIDENCE, keep
from osceq.extract.quote_kinds import finishes_writers_sentence, goes_on_past_tag, quote_kind
from osceq.extract.quote_sentences import sentence_ranges, sentence_start
from osceq.extract.quotemarks import Pair, may_quote, pair_marks
from osceq.extract.resolved_quotes import to_quote as _to_quote
from osceq.extract.run_on_quotes import tagged_below
from osceq.extract.sources import credits_a_writing, outer_source, owned_quote, poll_behind, speech_owner
from osceq.extract.speakers import Resolver
from osceq.extract.text import trim
from osceq.extract.unclosed_tags import close_at_tags
from osceq.extract.withheld_speakers import withheld
from osceq.extract.word_users import names_wording, word_user_tag
from osceq.extract.wording_appositives import names_the_wording
from osceq.models import Block, Quote, Span

# Two letters or digits, anything but letters and digits between them: a search stops at the second
# one, where counting them all (findall) made a list of every character of a long quotation.
_TWO_WORD_CHARACTERS = re.compile(r"[^\W_][\W_]*[^\W_]")
# A citation mark after a quotation ("…»[1, p.3]"), matched at a position.
_REFERENCE_AT = re.compile(r"\s*\[[\w ,.;:-]{1,20}\]")


def extract_quotes(text: str, blocks: Sequence[Block] | None = None) -> list[Quote]:
    """Find quotes in the body paragraphs of text and attribute each to a speaker when the cues allow."""
    if blocks is None:
        blocks = segment(text)
    body = sorted(
        (b for b in blocks if b.role == ROLE_BODY and 0 <= b.start < b.end <= len(text)),
        key=lambda b: b.start,
    )
    spans = [(b.start, b.end) for b in body]
    # (a body with no mark that may quote has no quotation to read, in either case: none is sought)
    quoting = may_quote(text, spans)
    cased = with_names_capitalised(text) if quoting and written_in_lower_case(text, spans) else text
    if cased != text:
        # Names are read in a capitalised copy of the same length; quotes show the text as written.
        found = [_as_written(text, q) for q in _body_quotes(cased, body)]
    else:
        found = _body_quotes(text, body) if quoting else []
    captions = caption_quotes(text, blocks, _body_quotes)  # `Ann Lee: '…' Photo: …`, read apart
    return sorted([*found, *captions], key=lambda q: (q.start, q.end)) if captions else found


def _body_quotes(text: str, body: list[Block]) -> list[Quote]:
    """The quotes of the body blocks (sorted, inside the text), attributed."""
    drafts: list[Draft] = []
    previous: list[Draft] = []
    after_names = uncued.WordsAfterNames(text)
    speaker_last_words: set[str] = set()
    for index, block in enumerate(body):
        current = _paragraph_drafts(text, block, index, after_names)
        if index + 1 < len(body):
            current = signed_below(text, current, body[index + 1])
        current = carry_over(text, body, index, previous, current, speaker_last_words, after_names)
        speaker_last_words |= speaker_words(current)
        drafts.extend(current)
        previous = current
    drafts = tagged_below(text, body, drafts)
    drafts = [_as_citation(text, d) for d in (_nested_kind(text, d) for d in drafts)]
    # A title that shares a tag with a statement (`On CNN's "Meet Us," he said, "…"`) is no fragment
    # of it: only quotations kept as speech pass their kind on.
    drafts = attribution_kinds(text, [d for d in drafts if keep(text, d)])
    resolver = Resolver(text, body)
    quotes = [withheld(text, d, _to_quote(text, d, resolver)) for d in drafts if keep(text, d)]
    return without_pull_quotes(text, body, sorted(quotes, key=lambda q: (q.start, q.end)))


def _wording_user(text: str, pair: Pair, ranges: list[tuple[int, int]], right: int) -> Found | None:
    """`"…," a word that Lee used`: the user of the wording, unless a clause before the fragment
    reports it (`Marsk said it would "…," a phrase she has used`: the gold keeps the reporter)."""
    found = word_user_tag(text, pair.close_end, right)
    return None if found is None else attribution.before_quote(text, ranges) or found


def _as_written(text: str, quote: Quote) -> Quote:
    """A quote read in a capitalised copy of text, with its passage, mention and cue as text has them."""

    def written(span: Span | None) -> Span | None:
        return None if span is None else Span(text[span.start : span.end], span.start, span.end)

    return replace(
        quote, text=text[quote.start : quote.end], mention=written(quote.mention), cue=written(quote.cue)
    )


def _paragraph_drafts(text: str, block: Block, index: int, after_names: Container[str]) -> list[Draft]:
    """Drafts for every quotation of one paragraph, each with the cue nearest to it (after_names:
    the article's `uncued.words_after_names`, for a subject that may be any capitalised word)."""
    pairs = close_at_tags(text, pair_marks(text, block.start, block.end), block.end)
    if not pairs:
        return []  # (most paragraphs hold no quotation: every step below would pass an empty list on)
    drafts: list[Draft] = []
    # The sentence start and ranges of each fragment with no cue of its own, by its index in drafts.
    sentences: dict[int, tuple[int, list[tuple[int, int]]]] = {}
    for k, pair in enumerate(pairs):
        start, end = trim(text, pair.open_end, pair.close_start)
        if end <= start or _TWO_WORD_CHARACTERS.search(text, start, end) is None:
            continue  # no words, or a lone letter between apostrophes (`rock 'n' roll`)
        left = sentence_start(
            text, block.start, pairs[k - 1].close_end if k else block.start, pair.open_start
        )
        right = pairs[k + 1].open_start if k + 1 < len(pairs) else block.end
        ranges = sentence_ranges(text, block.start, pairs, k)
        opens = quote_kind(text, pair, left, pair.close_end) == "direct"
        # `When Smith said he would "fight back," the crowd cheered`: the clause ends with the quote,
        # so the subject after it is the main clause's, not the quote's speaker.
        inside = not opens and text[end - 1] == "," and clauses.in_opening_clause(text, ranges)
        how = how_tag(text, pair.close_end, right) if pair.closed and opens else None
        wording_follows = pair.closed and not opens and names_wording(text, pair.close_end)
        after = None if wording_follows else cue_after(text, pair, start, end, right, opens)
        if next_sentence_tag(text, pair, end, right, after, ranges):
            after = None  # `Lee said it was "hostile." Tarnco said …`: the next sentence's subject
        found = (
            uncued.transcript_label(text, start, end)
            or how
            or (_wording_user(text, pair, ranges, right) if pair.closed and not opens else None)
            or (_before_cue(text, ranges) if inside else None)
            or after
            or cue_past_title(text, pairs, k, block.end, opens)
            or (agent_after_quote(text, ranges, pair, right) if pair.closed else None)
            or attribution.before_quote(text, ranges)
            or person_before_colon(text, ranges, after_names)
        )
        if found is not None and noun_before_quote(text, found, pair):
            found = None  # `The union calls "…" were ignored`: the calls, not the union, are the subject
        if found is not None and found.evidence == "cue-before":
            found = poll_behind(text, ranges, found) or found
        # `"…" is how Lee put it`: the words are the subject of the writer's sentence.
        kind = "partial" if how is not None else quote_kind(text, pair, left, right)
        aside = text[max(left, pair.open_start - 3) : pair.open_start].rstrip()[-1:] in ("—", "–", "-", "(")
        if (
            kind == "partial"
            and (opens or aside)
            and tag_right_after(text, end, pair, found)
            and not goes_on_past_tag(text, pair, right)
        ):
            # `"…," Ann Lee, 81 and retired, said`: the tag's aside is no more speech; and `… - "…,"
            # Lee said - and …`: a statement with its own tag set off by dashes stands on its own.
            kind = "direct"
        if (
            found is None
            and pair.closed
            and (text[end - 1] in ",?!" or text[pair.close_end : pair.close_end + 1] == ",")
        ):
            # Only a quote that opens its sentence: `While X said "…," Y did …` has a main clause after it.
            found = loose_tag(text, pair.close_end, right) if opens else None
            if found is not None and text[end - 1] in "?!" and leads_into_next(text, found, right):
                found = None
            if found is not None:
                found = replace(found, evidence="loose-tag")
                kind = "direct"
        if found is None and opens and pair.closed:
            # A tag too cluttered for the readers above, read before a sentence-closing tag, which
            # would take the quote for a fragment of the apposition's sentence.
            found = long_tag(text, end, pair.close_end, right)
            kind = "direct" if found is not None else kind
        if found is None and pair.closed and not ends_sentence(text, end, pair.close_end):
            found = speech_tags.sentence_tag(text, pair.close_end, right)
        elif found is not None and found.evidence in ("cue-before", "subject") and pair.closed:
            # (A tag later in the sentence outranks a guess from its subject: `Lee should begin "…,"
            # said Roe.`)
            tag = finite_tag(text, end, pair, right) if found.evidence == "subject" else None
            # The source closing the sentence reports it all, across later quotes (`…, what she calls
            # "…", is "central," reported the Ledger.`): the sentence is read to its end in the paragraph.
            outer = outer_source(text, pair.close_end, block.end)
            if outer is not None and found.kind in ("name", "nominal") and credits_a_writing(outer):
                outer = None  # `The board voiced "…", according to a letter`: the board's words
            found = outer or tag or found
        if kind == "partial":
            found = speech_owner(text, ranges, found) or found  # `her remark that "…"`
        charged = kind == "partial" and found is not None and found.evidence in ("cue-before", "subject")
        if charged and found is not None:  # (None after: charged to someone unnamed, so no guess below)
            found = earlier_speaker(text, pair.open_start, found)  # `… that Roe once called it "…"`
        if kind == "partial" and found is not None and found.evidence == "cue-after":
            found = (
                caller_before_tag(text, left, pair.open_start, found) or found
            )  # `Lee called it "…," Roe said`
        if pair.closed and (
            found is None or (kind == "partial" and found.evidence in ("cue-before", "subject"))
        ):
            # `Lee cited Roe's "…" remark`, `Lee mocked Roe's plan to "…"`: a named possessor right before
            # the quote owns the words, not the subject who brings them up (a pronoun's may be that subject).
            owned = owned_quote(text, ranges, pair.close_end) or (
                uncued.plan_owner(text, pair.open_start)
                if uncued.after_to(text, start, pair.open_start)
                else None
            )
            if owned is not None and (found is None or owned.kind == "name"):
                found = owned
        if (
            found is None
            and kind == "partial"
            and not charged
            and (len(text[start:end].split()) >= 5 or uncued.after_to(text, start, pair.open_start))
        ):
            # A longer fragment with no cue is most often the sentence subject's; scare quotes are short
            # (but a short one after "to" is mostly a quoted verb phrase: `vowed to "dig in"`).
            found = uncued.any_subject(text, ranges, after_names)
        if kind == "partial" and found is not None and named_by_others(text, left, pair.open_start):
            found = None  # `Asked about analysts who called it "…," Lee said`: the analysts' label
        if (
            kind == "direct"
            and found is not None
            and found.evidence == "cue-before"
            and finishes_writers_sentence(text, left, min(found.mention.start, found.cue.start), pair)
        ):
            kind = "partial"
        if found is not None and kind == "partial":
            found = later_pronoun_subject(text, ranges, found)
        # `…," a phrase used by Lee, echoed …`: a tag whose subject is the words themselves, not who
        # spoke them; a speaker from around the quote would be a guess.
        worded = found is not None and names_the_wording(found.mention.text)
        found = None if worded else found
        if found is not None:
            found = whole_office_mention(text, found) or both_speakers(text, found) or found
        evidence = (
            found.evidence if found else "unread-tag" if worded or unread_tags(text, end, pair) else "none"
        )
        if found is None and kind == "partial":
            sentences[len(drafts)] = (left, ranges)
        drafts.append(Draft(start, end, pair, kind, found, evidence, index))
    # The sentence right before a cue-less quote names its speaker more surely than an older quote.
    drafts = tag_later_in_sentence(text, drafts)
    drafts = [previous_sentence(text, block, pairs, d, True) if awaits_speaker(d) else d for d in drafts]
    drafts = fill_paragraph(text, drafts)
    drafts = [previous_sentence(text, block, pairs, d, False) if awaits_speaker(d) else d for d in drafts]
    drafts = [fragment_after_report(text, block, pairs, d) for d in drafts]
    return [
        _own_subject(text, d, sentences[k], after_names) if k in sentences else d
        for k, d in enumerate(drafts)
    ]


def _own_subject(
    text: str, draft: Draft, sentence: tuple[int, list[tuple[int, int]]], after_names: Container[str]
) -> Draft:
    """`Roe called her "a leader." Lee credited her with "holding it together"`: a fragment lent the
    speaker of an earlier sentence takes instead a person who is the subject of its own sentence."""
    left, ranges = sentence
    if draft.evidence != "paragraph" or draft.found is None or draft.found.mention.start >= left:
        return draft
    subject = uncued.any_subject(text, ranges, after_names) or uncued.speaking_body(text, ranges)
    if subject is None:
        return draft
    return replace(draft, found=later_pronoun_subject(text, ranges, subject), evidence="sentence-subject")


def _before_cue(text: str, ranges: list[tuple[int, int]]) -> Found | None:
    """A reporting cue before the quote in its sentence, if one names its speaker outright."""
    found = attribution.before_quote(text, ranges)
    return found if found is not None and found.evidence in STRONG_EVIDENCE else None


def _nested_kind(text: str, draft: Draft) -> Draft:
    """A quote whose speaker is named by a tag further on (`"…" in the end, Smith said`) or by an
    outer source (`"…," Smith said, according to Jones`) sits inside reported speech: partial.

    (`According to Jones, "…"` before the quote stays direct, and so does a tag right after the
    quote's own comma.)"""
    if draft.kind != "direct" or draft.found is None or draft.found.cue.start < draft.end:
        return draft
    between = text[draft.pair.close_end : draft.found.cue.start].lstrip()
    if (draft.evidence == "tag" and between[:1].isalnum()) or draft.evidence == "according-to":
        return replace(draft, kind="partial")
    return draft


def _as_citation(text: str, draft: Draft) -> Draft:
    """A quotation followed by a reference mark ("…»[1, p.3]") quotes a written source: only an
    explicit cue may name its speaker, never a guess from the sentence around it."""
    if (
        draft.evidence in EXPLICIT_EVIDENCE
        or not draft.pair.closed
        or not _REFERENCE_AT.match(text, draft.pair.close_end)
    ):
        return draft
    return replace(draft, found=None, evidence="citation")
