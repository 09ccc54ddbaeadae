"""The person whose sentence leads into a quotation over a colon, when the sentence's subject is a
name read with the rest of the clause (`In city after city, Ivo Marsh lobbies for a higher wage: "…"`):
a name followed by a verb that is no reporting verb is read as one long name by the phrase reader."""

from __future__ import annotations

from collections.abc import Container

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.attribution import Found
from osceq.extract.colon_clauses import colon_clause_subject
from osceq.extract.tokens import Token, capitalised, name_end, past_verb, range_tokens, span_of
from osceq.extract.uncued import names_someone

# How far an opening phrase may run before the comma that hands the sentence to its subject.
_OPENING_REACH = 12


def person_before_colon(
    text: str, ranges: list[tuple[int, int]], after_names: Container[str]
) -> Found | None:
    """`Ann Lee makes the case: "…"`, `On Sunday, Lee offered a warning: "…"`: a sentence ending on
    the colon before a quote, with a name for its subject and a verb in the present or the past right
    after the name, gives the name as the quote's speaker (evidence "colon"). after_names: the
    article's `uncued.words_after_names`."""
    if not ranges or text[ranges[-1][0] : ranges[-1][1]].rstrip()[-1:] != ":":
        return None
    tokens = range_tokens(text, ranges)
    if len(tokens) < 3 or len(tokens) > 60 or tokens[-1].text != ":":
        return None
    a = _subject_start(tokens)
    if a is None or not capitalised(tokens[a]) or tokens[a].low in fw.NOT_NAME_WORDS:
        return None
    b = name_end(tokens, a)
    if b <= a or b >= len(tokens) - 1 or not _finite_verb(tokens[b]):
        return None
    if any(not t.text[:1].isalpha() and t.text != "." for t in tokens[a:b]):
        return None
    if b == a + 1 and not names_someone(tokens, a, b, after_names):
        return None  # `Critics charged: …`: a lone capitalised word opening the sentence may be any word
    if colon_clause_subject(tokens, b) is not None:
        return None  # `Lee spoke first, but Roe had the last word: "…"`: either may say it
    return Found(span_of(text, tokens, a, b), span_of(text, tokens, b, len(tokens)), "name", "colon")


def _subject_start(tokens: list[Token]) -> int | None:
    """Where the subject begins: at the start, past connectives (`But Lee …`), or after the comma
    closing an opening phrase of place, time or manner (`In city after city, Lee …`)."""
    i = 0
    while i < len(tokens) and tokens[i].low in fw.CONNECTIVES:
        i += 1
    if i < len(tokens) and (tokens[i].low in fw.PREPOSITIONS or tokens[i].low in fw.INTRO_WORDS):
        comma = next(
            (k for k in range(i, min(len(tokens), i + _OPENING_REACH)) if tokens[k].text == ","), None
        )
        if comma is None:
            return None
        i = comma + 1
    return i if i < len(tokens) else None


def _finite_verb(token: Token) -> bool:
    """A lower-case word that reads as a verb agreeing with a single name: `makes`, `offered`, `gave`
    (not a passive or a helper: `Lee was asked:` quotes the question put to Lee)."""
    word = token.low
    if not token.text.isalpha() or not token.text.islower():
        return False
    if word in fw.PASSIVE_AUXILIARIES or word in fw.NP_STOP or word in fw.PREPOSITIONS:
        return False
    return (
        past_verb(token)
        or word in lex.IRREGULAR_PAST
        or (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")))
    )
