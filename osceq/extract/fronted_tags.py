"""A tag verb opening the sentence before a quotation (`Said Ann Lee, the county clerk: "…"`,
`Said Lee, "…"`): an inverted tag set in front, whose speaker is the noun phrase after the verb."""

from __future__ import annotations

import re

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.forward_phrases import np_forward
from osceq.extract.tokens import Token

# The longest fronted tag read, in tokens: a name or description and one short aside.
_LONGEST_TAG = 16


def fronted_speaker(tokens: list[Token]) -> tuple[int, int, str] | None:
    """The speaker (start, end, kind) of a sentence that opens on a capitalised tag verb and ends on
    the comma or colon before the quotation, the phrase after the verb running to its first comma
    or that mark. A description set off by commas names the person after it (`Said the county
    clerk, Ann Lee: "…"`)."""
    n = len(tokens)
    if n < 3 or n > 2 * _LONGEST_TAG or tokens[-1].text not in ",:" or not tokens[0].text[:1].isupper():
        return None
    if tokens[0].low not in lex.INVERTING_FORMS or tokens[0].low.endswith("ing"):
        return None
    found = np_forward(tokens, 1)
    if found is not None and _clause_to_colon(tokens, found):
        return 1, found[0], found[1]  # `Said an aide who would know: "…"`: the clause tells of the aide
    if found is None or found[1] == "pronoun" or tokens[found[0]].text not in ",:" or n > _LONGEST_TAG:
        return None
    end, kind = found
    if kind != "name" and tokens[1].low in fw.DETERMINERS and tokens[end].text == ",":
        named = np_forward(tokens, end + 1)
        if named is not None and named[1] == "name" and named[0] == n - 1:
            return end + 1, named[0], "name"
    if end == n - 1 or tokens[end].text == ",":
        return 1, end, kind
    return None


def _clause_to_colon(tokens: list[Token], found: tuple[int, str]) -> bool:
    """Whether the speaker found is a name or description that a who-clause running to the
    sentence's closing colon tells of (`Said another aide who would know:`)."""
    return found[1] != "pronoun" and tokens[found[0]].low == "who" and tokens[-1].text == ":"


# A fronted tag's sentence from its verb to the comma or colon before the next quotation's mark.
_TO_QUOTE = re.compile(r"[^.!?\"“”\n]*[,:]\s*")
_CAPITAL_VERB = re.compile(r"[A-Z][a-z]+\b")


def fronts_next_quote(text: str, cue: int, right: int) -> bool:
    """Whether the capitalised tag verb at cue opens a sentence that runs with no sentence end to a
    comma or colon right before the quotation opening at right (`"…." Said another aide: "…"`): the
    tag is that quotation's, not the one before it."""
    verb = _CAPITAL_VERB.match(text, cue)
    if verb is None or verb.group().lower() not in lex.INVERTING_FORMS or verb.group().endswith("ing"):
        return False
    return text[right : right + 1] in ('"', "“") and _TO_QUOTE.fullmatch(text, cue, right) is not None
