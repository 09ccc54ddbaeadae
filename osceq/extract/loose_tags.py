"""A loose tag after a quotation that ends on a comma: `"…," Smith riffed.` or `"…," read one sign.`,
a noun phrase and a verb, whatever the verb."""

from __future__ import annotations

from osceq.extract import reporting as lex
from osceq.extract.asides import apposition_after, skip_relative
from osceq.extract.attribution import Found
from osceq.extract.forward_phrases import np_forward
from osceq.extract.speech_tags import past_leading_punctuation
from osceq.extract.tokens import (
    Token,
    abbreviation_dot,
    between_word,
    capitalised,
    name_end,
    past_verb,
    skip_parenthesis,
    span_of,
    tokenize,
)


def loose_tag(text: str, start: int, end: int) -> Found | None:
    """`"…," Smith riffed.` or `"…," read one sign.`: after a quotation that ends on a comma, a noun
    phrase and a verb, whatever the verb, are its tag (the comma hands the sentence to the tag).

    Only a short clause that ends the sentence, or goes on after a comma or a preposition, counts.
    """
    tokens = tokenize(text, start, min(end, start + 200))
    i = past_leading_punctuation(tokens)
    stop = next(
        (
            k
            for k in range(i, len(tokens))
            if tokens[k].text in '.!?;:"“”' and not abbreviation_dot(tokens, k)
        ),
        len(tokens),
    )
    tokens = tokens[:stop]
    if i >= len(tokens):
        return None
    first = tokens[i]
    inverted = first.low in lex.REPORTING_FORMS and first.text.islower()  # `"…," read one sign.`
    if inverted or past_verb(first):  # `"…!" beamed Ann Lee.`
        found = np_forward(tokens, i + 1, limit=10)
        if found is not None and not inverted and found[1] != "name":
            return None
        if found is not None and (found[0] == len(tokens) or tokens[found[0]].text == ","):
            return Found(
                span_of(text, tokens, i + 1, found[0]), span_of(text, tokens, i, i + 1), found[1], "tag"
            )
        return None
    if first.low == "it":
        return None
    found = np_forward(tokens, i, limit=10)
    if found is None:
        return None
    j, kind = found
    if capitalised(first):
        # A name ends before the first lower-case word after it, unless a title leads to a name
        # ("party strategist Ann Lee").
        j = name_end(tokens, i)
        while j + 1 < len(tokens) and tokens[j].text.islower() and capitalised(tokens[j + 1]):
            j = name_end(tokens, j + 1)
    elif kind == "name":
        # `an angry Brenn retaliated`: the name ends the phrase before a verb in the past.
        c = next(k for k in range(i, j) if capitalised(tokens[k]))
        if name_end(tokens, c) < j and past_verb(tokens[name_end(tokens, c)]):
            j = name_end(tokens, c)
    k = skip_parenthesis(tokens, j)
    role = apposition_after(text, tokens, k) if kind == "name" else None
    k = role[1] if role is not None else skip_relative(tokens, k)
    while k < len(tokens) and between_word(tokens[k]):
        k += 1
    if k >= len(tokens) or j <= i or not _loose_verb(tokens[k]) or k - i > 16:
        return None
    if kind != "pronoun" and not capitalised(tokens[i]) and tokens[i].low not in lex.DETERMINERS:
        return None
    if len(tokens) - k > 10:
        return None  # a long clause is a sentence of its own, not a tag
    return Found(
        span_of(text, tokens, i, j), span_of(text, tokens, k, k + 1), kind, "tag", role[0] if role else None
    )


def _loose_verb(token: Token) -> bool:
    """Whether a token may be the verb of a tag: a word, not a function word or a noun marker."""
    return (
        token.text[:1].isalpha()
        and token.low not in lex.NOT_NAME_WORDS
        and token.low not in lex.NP_STOP
        and token.low not in lex.DETERMINERS
        and token.low not in lex.OBJECT_PRONOUNS
        and token.low not in lex.PREPOSITIONS
        and token.text not in lex.MODALS
    )
