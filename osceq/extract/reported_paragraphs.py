"""The sentence of a paragraph of reported speech that names its speaker, for a statement alone on
the next line: the last sentence, or the one before when the last only goes on with what was said
(`He said tea prices fell by half. Rubber prices also fell.`)."""

from __future__ import annotations

import re

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.given_names import first_name_gender, is_given_name
from osceq.extract.names import parse_mention
from osceq.extract.quote_sentences import sentence_start
from osceq.extract.tokens import tokenize
from osceq.extract.verb_or_noun import is_verb
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
    tokens = tokenize(text, start, end)
    # (as verbs only: in `he raised his estimates` the noun reports nothing)
    return sum(t.low in lex.REPORTING_FORMS and is_verb(tokens, k) for k, t in enumerate(tokens)) == 1


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


# Words that may stand between a pronoun and its reporting verb ("He also noted").
_BETWEEN = frozenset(("also", "further", "later", "then"))


def speaker_goes_on(text: str, start: int, end: int) -> str | None:
    """The gender ("m" or "f") of a he or she reporting in a new sentence after a quote in its
    paragraph (`"…" He also noted that …`): the quote's speaker going on, no one new; else None."""
    tokens = tokenize(text, start, min(end, start + 80))
    if len(tokens) < 2 or tokens[0].text not in ("He", "She"):
        return None
    verb = 2 if tokens[1].low in _BETWEEN and len(tokens) > 2 else 1
    if tokens[verb].low not in lex.REPORTING_FORMS or tokens[verb].low.endswith("ing"):
        return None
    return "m" if tokens[0].text == "He" else "f"


def may_go_on_as(name: str, gender: str) -> bool:
    """Whether the speaker named may be the he or she that goes on: no given name of the other sex."""
    return first_name_gender(parse_mention(name).name) in (None, gender)


# A lawyer's or agent's words about the one they speak for (`said his client was innocent`).
_CLIENT = re.compile(r"\b(?:his|her|their)\s+(?:client|clients|employer|principal)\b")


def sole_named_speaker(text: str, mention: str, cue_end: int, end: int) -> bool:
    """Whether a name reported as saying something (`Lee in an interview said …`, cue ending at
    cue_end) may go on in a lone quote after: no possessive (`Lee's lawyer`), no client spoken of,
    and no person named after the verb (`said Tollan had lied`: Tollan may answer)."""
    if re.search(r"['’]s\b", mention) is not None:
        return False
    after = text[cue_end:end]
    if _CLIENT.search(after) is not None:
        return False
    return not any(_person_word(text, m.group()) for m in re.finditer(r"\b[A-Z][a-z]+\b", after))


def _person_word(text: str, word: str) -> bool:
    """Whether a capitalised word is a person's: a given name, or written after a given name or a
    courtesy title somewhere in the text (`Tollan` after `Mira Tollan`)."""
    if is_given_name(word):
        return True
    return any(
        is_given_name(m.group(1)) or m.group(1) in _TITLES
        for m in re.finditer(r"\b([A-Z][a-z]+)\.?\s+" + re.escape(word) + r"\b", text)
    )


_TITLES = frozenset({"Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "Lady"})
