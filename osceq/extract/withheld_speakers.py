"""Speakers taken back from quotes whose cue or owner is another clause's, once every quote is
resolved (so no other quote's speaker or pronoun changes): the quote stays, unattributed, since a
wrong person is worse than nobody."""

from __future__ import annotations

from osceq.extract import (
    asked_openings,
    background_asides,
    body_pronouns,
    contact_subjects,
    crossed_quotes,
    described_antecedents,
    fronted_objects,
    infinitive_mentions,
    owned_fragments,
    owner_predicates,
    relative_cues,
    semicolon_cues,
    subordinate_subjects,
    subordinator_names,
    title_sexes,
)
from osceq.extract.capital_labels import label_in_full
from osceq.extract.quote_drafts import Draft
from osceq.models import Quote

_RULES = (
    relative_cues.withholds,
    owner_predicates.withholds,
    asked_openings.withholds,
    contact_subjects.withholds,
    described_antecedents.withholds,
    background_asides.withholds,
    fronted_objects.withholds,
    semicolon_cues.withholds,
    subordinate_subjects.withholds,
    infinitive_mentions.withholds,
)
# Rules that read the speaker shown as well (a he or she resolved to a firm, a junk
# name, a title of the other sex, a cue crossed by another speaker's).
_SPEAKER_RULES = (
    body_pronouns.withholds,
    subordinator_names.withholds,
    title_sexes.withholds,
    crossed_quotes.withholds,
)


def withheld(text: str, draft: Draft, quote: Quote) -> Quote:
    """The quote, with no speaker when a rule finds its cue or owner is not the quote's (and a label
    in capitals shown as the full name it stands for, or as nobody)."""
    if quote.speaker is not None:
        quote = label_in_full(text, draft, quote)
    if quote.speaker is None:
        return quote
    if not (
        any(rule(text, draft) for rule in _RULES)
        or owned_fragments.another_owns(text, draft, quote.speaker)
        or any(rule(text, draft, quote.speaker) for rule in _SPEAKER_RULES)
    ):
        return quote
    return Quote(quote.text, quote.start, quote.end, quote.kind, evidence="unread-tag")
