"""A writing that binds or provides (`The declaration commits members to "…"`, `The document
provides for "…"`, `The protocol, which …, calls for the sides to "…"`, `A statement from the
ministry spoke of "…"`): the writing, the subject of the sentence, is the source of its wording."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.found import Found
from osceq.extract.tokens import PRONOUN_SUBJECTS, Token, span_of

# Nouns for writings agreed or issued by a body, which word their own terms.
WRITINGS = frozenset(
    {
        "accord", "agreement", "charter", "communique", "communiqué", "compact", "declaration",
        "decree", "document", "draft", "letter", "memorandum", "pact", "protocol", "resolution",
        "roadmap", "statement", "text", "treaty",
    }
)  # fmt: skip

# Verbs whose words after them are a writing's terms, with the word that must follow the verb at
# once ("for", "of") or, for "commits", come later in the clause ("to").
_BINDING_VERBS = {
    "commit": "to", "commits": "to", "committed": "to",
    "provide": "for", "provides": "for", "provided": "for",
    "call": "for", "calls": "for", "called": "for",
    "speak": "of", "speaks": "of", "spoke": "of",
}  # fmt: skip

# Links that may tie the writing to its author inside the subject (`a draft of the pact`).
_AUTHOR_LINKS = frozenset({"of", "from"})

# Irregular past participles that open a phrase after the writing (`a draft seen by …`).
_IRREGULAR_PARTICIPLES = frozenset({"seen", "drawn", "written", "given", "shown", "sent", "made", "held"})

_REACH = 16


def writing_source(text: str, tokens: list[Token]) -> Found | None:
    """The writing that opens the sentence before a quote, when the sentence's first verb after it
    is one of binding or providing (see module doc); else None."""
    start = 1 if tokens and tokens[0].low in ("but", "and", "yet") else 0
    head = _writing_head(tokens, start)
    end = _author_end(tokens, head + 1) if head is not None else start
    v = _verb_after(tokens, end) if head is not None else None
    if v is None:
        relative = _writing_before_which(tokens)
        if relative is None:
            return None
        start, end, v = relative
    wanted = _BINDING_VERBS[tokens[v].low]
    after = [t.low for t in tokens[v + 1 :]]
    if (wanted == "to" and "to" not in after[:8]) or (wanted != "to" and after[:1] != [wanted]):
        return None
    if any(word in ("who", "which", "whom") or word in PRONOUN_SUBJECTS for word in after):
        return None  # another clause with a subject of its own stands nearer the quote
    return Found(span_of(text, tokens, start, end), span_of(text, tokens, v, v + 1), "nominal", "cue-before")


def _writing_before_which(tokens: list[Token]) -> tuple[int, int, int] | None:
    """`… weaker than the draft circulated on the first day, which spoke of "…"`: the writing's
    phrase (start, end) before the last `, which` and the binding verb after it."""
    w = max((k for k in range(1, len(tokens) - 1) if tokens[k].low == "which"), default=None)
    if w is None or tokens[w - 1].text != "," or tokens[w + 1].low not in _BINDING_VERBS:
        return None
    for start in range(w - 2, max(-1, w - _REACH), -1):
        head = _writing_head(tokens, start) if start == 0 or tokens[start].text.islower() else None
        if head is not None and head < w - 1:
            end = _author_end(tokens, head + 1)
            if end == w - 1 or _verb_after(tokens, end, w - 1) == w - 1:
                return start, end, w + 1
            return None
    return None


def _writing_head(tokens: list[Token], start: int) -> int | None:
    """The writing noun of a phrase that opens at start with a determiner (`The joint protocol`)."""
    if start >= len(tokens) or tokens[start].low not in fw.DETERMINERS:
        return None
    for k in range(start + 1, min(len(tokens), start + 5)):
        word = tokens[k]
        if not word.text.isalpha() or word.low in fw.NOUN_MARKERS or word.low in fw.PREPOSITIONS:
            return None
        if word.low in WRITINGS and word.text.islower():
            following = tokens[k + 1] if k + 1 < len(tokens) else None
            if following is not None and following.text.isalpha() and following.low in WRITINGS:
                continue  # `the draft text`: the head comes later
            return k
    return None


def _author_end(tokens: list[Token], b: int) -> int:
    """The end of the subject: after `of`/`from` and a short phrase naming the writing's author."""
    if b >= len(tokens) or tokens[b].low not in _AUTHOR_LINKS:
        return b
    k = b + 1
    while k < len(tokens) and k < b + 6:
        word = tokens[k]
        if (
            not word.text.isalpha()
            or word.low in fw.PREPOSITIONS
            or _participle(word)
            or word.low in _BINDING_VERBS
        ):
            break
        k += 1
    return k if k > b + 1 and tokens[k - 1].low not in fw.NOUN_MARKERS else b


def _verb_after(tokens: list[Token], b: int, stop: int = -1) -> int | None:
    """The binding verb after the subject ending at b: at once, after an aside between commas, or
    after a phrase of a participle or a preposition with no punctuation and no subject of its own."""
    if b < len(tokens) and tokens[b].low in _BINDING_VERBS and tokens[b].text.islower():
        return b
    if b < len(tokens) and tokens[b].text == ",":
        close = next((k for k in range(b + 1, min(len(tokens), b + _REACH)) if tokens[k].text == ","), None)
        if close is None:
            return None
        b = close + 1
    elif b < len(tokens) and (tokens[b].low in fw.PREPOSITIONS or _participle(tokens[b])):
        for k in range(b + 1, min(len(tokens), b + _REACH)):
            word = tokens[k]
            if k == stop or (word.low in _BINDING_VERBS and word.text.islower()):
                return k
            if (
                not word.text[:1].isalnum()
                or word.low in PRONOUN_SUBJECTS
                or word.low in ("who", "which", "that")
            ):
                return None
        return None
    if b < len(tokens) and tokens[b].low in _BINDING_VERBS and tokens[b].text.islower():
        return b
    return None


def _participle(word: Token) -> bool:
    """A past participle opening a phrase after a noun (`adopted at`, `seen by`)."""
    return word.text.islower() and (word.low.endswith("ed") or word.low in _IRREGULAR_PARTICIPLES)
