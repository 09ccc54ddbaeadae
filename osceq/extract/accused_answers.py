"""An accused person's denial tagged by a bare he/she right after the accusation: `Ann Venn said
Mira Tollan had misled the board. "I never misled anyone," she said` may be Tollan's answer. Only a
quote that denies the charge itself counts (`I did not lie`, `That is false`): any other words with
a negation (`I can't stay silent`, `I have no doubt she lied`) are the accuser's as before."""

from __future__ import annotations

import re

from osceq.extract.accusation_words import ACCUSING_VERBS, CHARGE_FORMS, FLAT_DENIALS, NEGATIONS
from osceq.extract.quotemarks import QUOTE_BEFORE_TAG

_NAME = r"(?:[A-Z][\w'’\-]+\s+){0,2}[A-Z][\w'’\-]*[a-z]"
_VERBS = "|".join(sorted(ACCUSING_VERBS, key=len, reverse=True))
# The person accused within the sentence, and the charge: `accused Mira Tollan of lying`, `(that)
# Tollan had misled`.
_ACCUSED = re.compile(
    rf"\baccused\s+(?P<object>{_NAME})\s+of\s+(?P<gerund>[a-z]+)\b"
    rf"|\b(?P<subject>{_NAME})\s+(?:had\s+|has\s+|of\s+having\s+)?(?P<verb>{_VERBS})\b"
)
# A sentence ending inside the span read.
_SENTENCE_BREAK = re.compile(r"[.?!][\"”’']*\s+[A-Z\"“]")
# `That is false`, `It is simply not true`, `The claims are baseless`.
_FLAT_DENIAL = re.compile(
    rf"\b(?:that|this|it|the\s+\w+)\s*(?:['’]s|is|was|are|were)\s+(?:\w+ly\s+)?(?:{FLAT_DENIALS})\b"
    r"|\bI\s+(?:\w+\s+)?deny\b",
    re.IGNORECASE,
)


def denies(words: str, charge: str) -> bool:
    """Whether a quote denies a charge (the accusing verb or `accused … of` -ing form): the charge's
    verb or noun negated in the first person (`I never misled`, `I did not lie`, `I told no lies`), or
    the charge called untrue (`That is false`)."""
    forms = CHARGE_FORMS.get(charge[:4].lower())
    if forms is not None:
        negated = rf"\b(?:I|we)\b(?:\s+\w+){{0,2}}?\s+(?:{NEGATIONS})\s+(?:\w+\s+){{0,2}}?(?:{forms})\b"
        if re.search(negated, words) or re.search(rf"\bno\s+(?:{forms})\b", words):
            return True
    return _FLAT_DENIAL.search(words) is not None


def accused_before(text: str, position: int, before: int) -> str | None:
    """The name of a person accused in the sentence of the candidate at `position`, when the quote
    the pronoun at `before` tags follows that sentence and denies that charge; else None."""
    quote = QUOTE_BEFORE_TAG.search(text, max(position, before - 620), before)
    if quote is None:
        return None
    end = max(text.rfind(".", position, quote.start()), text.rfind("\n", position, quote.start()))
    if end < 0 or text[end + 1 : quote.start()].strip() or _SENTENCE_BREAK.search(text, position, end):
        return None  # (only the candidate's own sentence, right before the quote, is read)
    for found in _ACCUSED.finditer(text, position, end):
        name = found.group("object") or found.group("subject")
        charge = found.group("gerund") or found.group("verb")
        if found.start() > position and denies(quote.group(1), charge):
            return name
    return None
