"""An accused person's denial tagged by a bare he/she right after the accusation: `Ann Venn said
Mira Tollan had misled the board. "I never misled anyone," she said` may be Tollan's answer."""

from __future__ import annotations

import re

from osceq.extract.accusation_words import ACCUSING_VERBS, DENYING_WORDS

_NAME = r"(?:[A-Z][\w'’\-]+\s+){0,2}[A-Z][\w'’\-]*[a-z]"
_VERBS = "|".join(sorted(ACCUSING_VERBS, key=len, reverse=True))
# The person accused within the sentence: `accused Mira Tollan`, `(that) Tollan had misled`.
_ACCUSED = re.compile(
    rf"\baccused\s+(?P<object>{_NAME})\b"
    rf"|\b(?P<subject>{_NAME})\s+(?:had\s+|has\s+|of\s+having\s+)?(?:{_VERBS})\b"
)
# The quotation right before the tag's pronoun.
_QUOTE_BEFORE = re.compile(r"[\"“]([^\"“”\n]{1,600})[\"”]\s*,?\s*$")
# A first-person word: the answer speaks for its speaker.
_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur)\b")
# A sentence ending inside the span read.
_SENTENCE_BREAK = re.compile(r"[.?!][\"”’']*\s+[A-Z\"“]")
_DENYING = re.compile(rf"\b(?:{'|'.join(sorted(DENYING_WORDS))})\b|n['’]t\b", re.IGNORECASE)


def accused_before(text: str, position: int, before: int) -> str | None:
    """The name of a person accused in the sentence of the candidate at `position`, when the quote
    the pronoun at `before` tags follows that sentence and denies in the first person; else None."""
    quote = _QUOTE_BEFORE.search(text, max(position, before - 620), before)
    if quote is None:
        return None
    words = quote.group(1)
    if _FIRST_PERSON.search(words) is None or _DENYING.search(words) is None:
        return None
    end = max(text.rfind(".", position, quote.start()), text.rfind("\n", position, quote.start()))
    if end < 0 or text[end + 1 : quote.start()].strip() or _SENTENCE_BREAK.search(text, position, end):
        return None  # (only the candidate's own sentence, right before the quote, is read)
    for found in _ACCUSED.finditer(text, position, end):
        name = found.group("object") or found.group("subject")
        if found.start() > position:
            return name
    return None
