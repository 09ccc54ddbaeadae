"""A form that is mostly a noun is the verb of an "as"-aside that ends right before the quotation
(`…, as the Harbour Union website notes: "…"`, `as the council's report states, "…"`): the aside's
noun phrase is its subject. Read by `verb_or_noun.py`."""

from __future__ import annotations

from osceq.extract import as_aside_words as aw
from osceq.extract import function_words as fw
from osceq.extract.document_relatives import WRITINGS as FOUND_WRITINGS
from osceq.extract.name_words import ORGANISATION_WORDS
from osceq.extract.tokens import Token, possessive
from osceq.extract.word_kinds import person_noun
from osceq.extract.writing_words import OWNED_WRITINGS, WRITINGS

__all__ = ["ends_as_aside"]

# The most words from "as" to the verb: a determiner or a possessive owner opens the subject's noun
# phrase, capitalised words and lower-case nouns fill it (`the Harbour Union website`).
_LONGEST = 6


def ends_as_aside(tokens: list[Token], v: int) -> bool:
    """Whether the -s form at v closes an aside `as` + a determined noun phrase + the form, set off
    by a comma or opening the sentence, with only a comma or a colon between it and the quotation."""
    if not tokens[v].low.endswith("s") or not tokens[v].text.islower():
        return False
    if not _source_says(tokens[v].low, tokens[v - 1].low):
        return False  # `as the red light signals: "…"` names no source of the words
    rest = tokens[v + 1 :]
    if len(rest) > 1 or (rest and rest[0].text not in ",:"):
        return False
    k = v - 1
    while k > 0 and v - k <= _LONGEST and tokens[k].low != "as":
        k -= 1
    if tokens[k].low != "as" or v - k < 3:
        return False
    if k > 0 and tokens[k - 1].text != ",":
        return False  # `such as the …`, `as well as the …`, `described as the …`: no aside
    opener, phrase = tokens[k + 1], tokens[k + 2 : v]
    if opener.low not in fw.DETERMINERS and not any(possessive(t) for t in tokens[k + 1 : v - 1]):
        return False  # `as Ann Lee notes` is read as a name's verb elsewhere
    return all(_in_phrase(t) for t in phrase)


def _source_says(verb: str, head: str) -> bool:
    """Whether the verb says or shows in writing and the phrase's head may be its source: a writing,
    a website or figures, an organisation or a person (figures and writings only show)."""
    writing = head in WRITINGS or head in FOUND_WRITINGS or head in OWNED_WRITINGS or head in aw.SOURCES
    if verb in aw.SHOWING:
        return writing or head in aw.FIGURES
    return verb in aw.SAYING and (writing or head in ORGANISATION_WORDS or person_noun(head))


def _in_phrase(token: Token) -> bool:
    """Whether a token may stand inside the subject's noun phrase: a word, no verb or function word."""
    if not token.text.replace("'s", "").replace("’s", "").isalpha():
        return False
    return token.low not in fw.NOUN_MARKERS and token.low not in fw.PREPOSITIONS and token.low != "as"
