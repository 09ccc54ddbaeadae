"""A draft made a Quote: its mention resolved to a speaker, its confidence set from the kind of
evidence that named it. Read by `quotes.py`."""

from __future__ import annotations

from dataclasses import replace

from osceq.extract.quote_drafts import Draft
from osceq.extract.speakers import Resolver, clean_role
from osceq.extract.third_person import given_name_in_words
from osceq.extract.wire_brackets import mention_after_bracket
from osceq.models import Quote

# How often each kind of evidence named the annotated speaker on the training articles (speaker
# accuracy of matched quotes, `python -m osceq.evaluate quotes`), rounded down: a guess says so. Kinds
# seen fewer than 20 times there (transcript, signature, loose-tag, label, …) are set by judgement.
# How often the person a resolved he or she is given is the right one: 47 of 55 pronoun quotes of
# the training split read by hand, drawn apart from the set the resolver was developed on
# (eval/pronouns/README.md). The evidence above only says the mention is right.
_PRONOUN_PERSON_RIGHT = 0.85
_CONFIDENCE = {
    "cue-after": 0.95,
    "cue-before": 0.9,
    "according-to": 0.9,
    "paragraph": 0.95,
    "continuation": 0.85,
    "tag-below": 0.85,
    "subject": 0.8,
    "tag": 0.9,
    "carry-over": 0.8,
    "previous-sentence": 0.85,
    "colon": 0.8,
    "reported-before": 0.8,
    "person-before": 0.7,
    "statement": 0.8,
    "sentence-subject": 0.8,
    "owner": 0.65,
    "transcript": 0.7,
    "signature": 0.7,
    "loose-tag": 0.9,
    "label": 0.9,
    "citation": 0.0,
    "none": 0.0,
}


def to_quote(text: str, draft: Draft, resolver: Resolver) -> Quote:
    found = draft.found
    body = text[draft.start : draft.end]
    if found is None:
        return Quote(body, draft.start, draft.end, draft.kind, evidence=draft.evidence)
    if found.reporter is not None:
        resolver.note_reporter(found.reporter, found.mention.text)
    if "<" in text:  # (the tokens left a wire's brackets out: the mention drops them too)
        found = replace(found, mention=mention_after_bracket(text, found.mention))
    speaker, aliases = resolver.resolve(found.mention, found.kind, found.role)
    if (
        found.kind == "pronoun"
        and found.mention.text.lower() in ("he", "she")
        and speaker is not None
        and given_name_in_words(speaker, body)
    ):
        speaker, aliases = None, ()  # `"Lorna thinks the courts will save us," she said`: not Lorna
    return Quote(
        body,
        draft.start,
        draft.end,
        draft.kind,
        speaker=speaker,
        mention=found.mention,
        cue=found.cue,
        evidence=draft.evidence,
        confidence=_CONFIDENCE.get(draft.evidence, 0.5)
        * (1.0 if speaker else 0.6)
        * (_PRONOUN_PERSON_RIGHT if found.kind == "pronoun" and speaker else 1.0),
        role=clean_role(found.role) or resolver.role_of(speaker),
        aliases=aliases,
    )
