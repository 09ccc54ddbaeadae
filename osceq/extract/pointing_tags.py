"""A quotation that stands as a sentence of its own, tagged by the next sentence pointing back at
it: `"…" Those were the words of Ann Lee, on a call.`, `"…" The comment came from an aide.`, `"…" So
said Ann Lee.` The sentence must plainly take the words back; one that only goes on reporting
(`"…" Lee said that the tax was unfair.`) tags nothing."""

from __future__ import annotations

from osceq.extract import pointing_words as pw
from osceq.extract.attribution import Found
from osceq.extract.closing_tags import cue_after
from osceq.extract.forward_phrases import np_forward
from osceq.extract.names import parse_mention
from osceq.extract.quotemarks import Pair
from osceq.extract.tokens import Token, full_stop, past_verb, span_of, tokenize
from osceq.extract.word_kinds import person_noun, title_word

_ARTICLES = frozenset({"the", "a", "an"})
# How far past the quotation the pointing sentence is read.
_REACH = 320


def tag_after(text: str, pair: Pair, start: int, end: int, right: int, opens: bool) -> Found | None:
    """The tag after the closing mark (`closing_tags.cue_after`), or else a next sentence pointing
    back at a quotation that opens and closes its own sentence (right: where the next one opens)."""
    found = cue_after(text, pair, start, end, right, opens)
    if found is not None or not opens or not pair.closed or text[end - 1 : end] not in (".", "?", "!"):
        return found
    following = text[pair.close_end : pair.close_end + 2]
    if following[:1] != " " or not following[1:].isupper():
        return None  # (a quote closing its paragraph, or a lower-case word going on with its sentence)
    tokens = tokenize(text, pair.close_end, min(right, pair.close_end + _REACH))
    stop = next((k for k in range(len(tokens)) if full_stop(tokens, k)), None)
    if stop is None:
        return None
    return _words_of(text, tokens[:stop], text[end - 1] == "?")


def _words_of(text: str, tokens: list[Token], question: bool) -> Found | None:
    """`Those were the words of Ann Lee`, `The comment came from an aide`, `That quote from Lee …`,
    `So said Lee`: the person the sentence names as the words' source (a question is only its asker's:
    `The question came from a reporter`)."""
    nouns = pw.QUESTION_NOUNS if question else pw.WORDING_NOUNS
    low = [t.low for t in tokens]
    if low[:2] in (["so", "said"], ["so", "says"]) and not question:
        return _person(text, tokens, 2, 1)
    if len(low) > 5 and low[0] in ("those", "these") and low[1:3] in (["were", "the"], ["are", "the"]):
        return _person(text, tokens, 5, 3) if low[3] in nouns and low[4] == "of" else None
    if len(low) < 4 or low[0] not in pw.POINTING_DETERMINERS or low[1] not in nouns:
        return None
    k = 3 if low[2] in ("came", "comes", "come") else 2
    return _person(text, tokens, k + 1, 1) if low[k] == "from" else None


def _person(text: str, tokens: list[Token], k: int, cue: int) -> Found | None:
    """The person or person's description opening at token k (he or she, a name that is no title,
    `a committee member`), with the cue at token cue; None for a document or a place."""
    phrase = np_forward(tokens, k)
    if phrase is None:
        return None
    end, kind = phrase
    while end > k + 1 and past_verb(tokens[end - 1]):
        end -= 1  # `That quote from Ann Lee appeared …`: the verb after the name is the sentence's
    mention = span_of(text, tokens, k, end)
    if kind == "pronoun" and tokens[k].low not in ("he", "she"):
        return None
    if kind == "name" and (tokens[k].low in _ARTICLES or parse_mention(mention.text).kind != "person"):
        return None  # `the words of the Constitution`
    if kind == "nominal" and not (person_noun(tokens[end - 1].low) or title_word(tokens[end - 1].low)):
        return None  # `the words of a 1998 speech`
    return Found(mention, span_of(text, tokens, cue, cue + 1), kind, "cue-after")
