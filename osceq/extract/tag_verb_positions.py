"""Where a speech tag's verb stands after its subject: past a prepositional phrase completing the
subject's head noun (`an aide to the governor said`), past comma-enclosed asides (`Ann Lee, 67, a
nurse, said`), or after a title's closing mark. Read by `speech_tags.py`."""

from __future__ import annotations

from osceq.extract import reporting as lex
from osceq.extract.forward_phrases import np_forward
from osceq.extract.nested_quotes import ends_on_comma, quotation_end
from osceq.extract.tag_verbs import retort
from osceq.extract.tokens import Token, dot_inside
from osceq.extract.verb_or_noun import is_verb

__all__ = [
    "MAX_ASIDES",
    "TAG_HEAD_LINKS",
    "completed_head",
    "speech_verb",
    "verb_after_asides",
    "verb_after_title",
]


# Words that join a head noun to the phrase completing it ("an aide to the governor").
TAG_HEAD_LINKS = frozenset({"of", "to", "for", "with", "at", "from", "in", "on"})


def completed_head(tokens: list[Token], i: int, j: int, kind: str) -> int:
    """`a former aide to the governor said`, `people familiar with the matter said`: the end of a
    noun phrase completed by a prepositional phrase that a reporting verb follows, else j."""
    k = j
    if (
        kind == "nominal"
        and k < len(tokens)
        and tokens[k].text.islower()
        and tokens[k].low not in TAG_HEAD_LINKS
    ):
        k += 1  # "people familiar with …"
    if kind == "pronoun" or k + 1 >= len(tokens) or tokens[k].low not in TAG_HEAD_LINKS:
        return j
    completion = np_forward(tokens, k + 1, limit=8)
    if (
        completion is None
        or completion[1] == "pronoun"
        or not (speech_verb(tokens, completion[0]) or verb_after_asides(tokens, completion[0]) < len(tokens))
        or tokens[completion[0]].low.endswith("ing")  # `a nod to the front-runner acknowledging`
    ):
        return j
    return completion[0]  # (its verb may follow asides: `a delegate from Marrow County, Ann Lee, said`)


def speech_verb(tokens: list[Token], k: int) -> bool:
    return (
        k < len(tokens)
        and (is_verb(tokens, k) or verb_after_title(tokens, k) or retort(tokens, k))
        and tokens[k].low not in ("call", "calls", "called")
        and tokens[k].low not in lex.OBJECT_LED_FORMS
    )


# How many tokens of asides may stand between a name and its verb.
MAX_ASIDES = 32


def verb_after_asides(tokens: list[Token], j: int) -> int:
    """`Ann Lee, 67, a nurse in Dover, Del., said` or `Lee, after a pause, said`: the index of the
    verb after a chain of comma-enclosed asides that start at token j, or len(tokens) if none.

    An aside holds no reporting verb or clause break, and no quotation but a short title, so the verb
    after its comma is the first one the name's sentence reaches.
    """
    if j >= len(tokens) or tokens[j].text != ",":
        return len(tokens)
    k = j + 1
    while k < min(len(tokens), j + MAX_ASIDES):
        after = quotation_end(tokens, k)
        if after != k:  # a title or a slogan in the aside (`Lee, wearing a "Vote Roe" pin, said`)
            if after < 0:
                break
            if ends_on_comma(tokens, after) and speech_verb(tokens, after):
                return after  # `Lee, the author of "Roads," said`: the comma is inside the marks
            k = after
            continue
        tok = tokens[k]
        if tok.text in ';:"“”‘’()' or (tok.text in ".!?" and not dot_inside(tokens, k)):
            break
        if tok.text != "," and is_verb(tokens, k):
            break
        if tok.text == "," and speech_verb(tokens, k + 1):
            return k + 1
        k += 1
    return len(tokens)


def verb_after_title(tokens: list[Token], k: int) -> bool:
    """A lower-case reporting verb right after a title's closing mark, read as after the title's
    comma (`is_verb` takes a mark `'` before a word for a possessive's: `''Roads,'' said`)."""
    if not ends_on_comma(tokens, k) or not tokens[k].text.islower():
        return False
    comma = next((m for m in range(k - 1, -1, -1) if tokens[m].text == ","), None)
    return comma is not None and is_verb([tokens[comma], tokens[k]], 1)
