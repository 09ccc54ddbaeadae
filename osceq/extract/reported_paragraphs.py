"""The sentence of a paragraph of reported speech that names its speaker, for a statement alone on
the next line: the last sentence, or the one before when the last only goes on with what was said
(`He said tea prices fell by half. Rubber prices also fell.`)."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.quote_sentences import sentence_start
from osceq.extract.tokens import tokenize
from osceq.models import Block

# Marks of a quotation, whose sentence is no plain report.
_MARKS = frozenset('"“”')


def speaker_sentences(text: str, prior: Block) -> list[tuple[int, int]]:
    """The sentences (start, end) that may name the reported speaker, best first: the paragraph's
    last sentence, then the one before it when the last names no one and reports nothing of its own."""
    last = sentence_start(text, prior.start, prior.start, prior.end - 1)
    spans = [(last, prior.end)]
    if last > prior.start and _goes_on(text, last, prior.end):
        before = sentence_start(text, prior.start, prior.start, last - 1)
        if _one_report(text, before, last):
            spans.append((before, last))
    return spans


def _one_report(text: str, start: int, end: int) -> bool:
    """Whether a sentence reports once (`Ann Lee said wool prices fell.`): with two reporting verbs
    (`He said …, and Ann Lee said …`) either speaker may go on in the next line."""
    return sum(t.low in lex.REPORTING_FORMS for t in tokenize(text, start, end)) == 1


def _goes_on(text: str, start: int, end: int) -> bool:
    """Whether a sentence only goes on with what was reported: no quotation, no reporting verb, no
    pronoun subject and no capitalised word past its first."""
    tokens = tokenize(text, start, end)
    return bool(tokens) and not any(
        t.text in _MARKS
        or t.low in lex.REPORTING_FORMS
        or t.low in fw.PRONOUN_GENDER
        or (k > 0 and t.text[:1].isupper())
        for k, t in enumerate(tokens)
    )
