"""A source an outlet cites (`According to the Tarn Courier, which cited a source close to the
talks, the sides …`): the words come from the source cited, the outlet only relays them, as with
`the agency quoted X as saying`."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.forward_phrases import np_forward
from osceq.extract.names import ORGANISATION, PERSON, parse_mention
from osceq.extract.tokens import Token, phrase_text
from osceq.extract.word_kinds import person_noun

# Verbs by which an outlet names whom it got the words from.
_CITING = frozenset({"cited", "quoted"})


def cited_source(tokens: list[Token], j: int) -> tuple[int, int, str] | None:
    """For an according-to source ending at token j: the source it cites in an aside closed by a
    comma (`, which cited X,` or `, citing X,`), as (start, end, kind); else None."""
    if j + 2 >= len(tokens) or tokens[j].text != ",":
        return None
    if tokens[j + 1].low == "citing":
        start = j + 2
    elif tokens[j + 1].low == "which" and tokens[j + 2].low in _CITING:
        start = j + 3
    else:
        return None
    found = np_forward(tokens, start, limit=10)
    if found is None or found[1] in ("pronoun", "relative"):
        return None
    end, kind = found
    if not _may_speak(tokens, start, end, kind):
        return None  # `citing a 1998 law`, `which cited figures from the ministry`: the outlet's words
    close = next((k for k in range(end, min(len(tokens), end + 8)) if tokens[k].text == ","), None)
    if close is None or any(not t.text.isalnum() and t.text not in "-'’" for t in tokens[end:close]):
        return None  # the aside must close after the source and its short description
    return start, close, kind


def _may_speak(tokens: list[Token], start: int, end: int, kind: str) -> bool:
    """Whether a cited phrase is one who can say words: a person's or a body's name, or a
    description headed by a noun for people (`a source close to the talks`), never a writing, a
    law, figures or someone's remarks (a possessive: the words are not the outlet's source)."""
    if any(token.low in ("'s", "’s") or token.low.endswith(("'s", "’s")) for token in tokens[start:end]):
        return False
    if kind == "name":
        return parse_mention(phrase_text(tokens, start, end)).kind in (PERSON, ORGANISATION)
    words = [token.low for token in tokens[start:end]]
    head = next((k for k, word in enumerate(words) if word in fw.PREPOSITIONS), len(words))
    return any(person_noun(word) for word in words[:head])
