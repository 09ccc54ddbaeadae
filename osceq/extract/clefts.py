"""Cleft sentences (`It was Ann Lee, not Roe, who called it "…"`): the relative "who" that speaks
stands for the focus after "It was", never for a name set against it after "not"."""

from __future__ import annotations

from osceq.extract.forward_phrases import np_forward
from osceq.extract.tokens import Token

# The "it" and verb that open a cleft: `It was`, `it is`, `It's`.
_CLEFT_OPENERS = frozenset({"it's", "it’s"})
_CLEFT_VERBS = frozenset({"was", "is"})
# How many tokens a cleft's focus and contrast may span between "It was" and "who".
_CLEFT_REACH = 14


def cleft_focus(tokens: list[Token], subject: tuple[int, int, str]) -> tuple[int, int, str] | None:
    """The focus (start, end, kind) of a cleft when the verb's subject is its relative pronoun
    (`It was Lee who said`), or None when the subject is no "who" or "that" after `It was …`."""
    relative = subject[0]
    if subject[2] != "relative" or tokens[relative].low not in ("who", "that"):
        return None
    for k in range(relative - 1, max(-1, relative - _CLEFT_REACH), -1):
        low = tokens[k].low
        if low in _CLEFT_OPENERS or (low in _CLEFT_VERBS and k > 0 and tokens[k - 1].low == "it"):
            start = k + 1
        else:
            continue
        if start < relative and tokens[start].low == "not":
            # `It was not Lee but Roe who`: the focus follows "but".
            turn = next((m for m in range(start, relative) if tokens[m].low == "but"), None)
            if turn is None:
                return None
            start = turn + 1
        found = np_forward(tokens, start)
        if found is None or found[1] not in ("name", "nominal", "pronoun"):
            return None
        end, kind = found
        if end == relative or _contrast_between(tokens, end, relative):
            return start, end, kind
        return None
    return None


def _contrast_between(tokens: list[Token], end: int, relative: int) -> bool:
    """Whether tokens[end:relative] only set another name against the focus (`, not Roe,`,
    `and not Roe`)."""
    between = tokens[end:relative]
    words = [t.low for t in between if t.text != ","]
    if not words:
        return False
    if words[0] == "and":
        words = words[1:]
    return bool(words) and words[0] == "not" and len(words) <= 6
