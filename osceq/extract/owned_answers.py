"""A quotation after a colon whose sentence is about someone's answer (`Ybarra's reply, when I read
her the quote, was one sentence: "…"`, `Her verdict was short: "…"`): the owner of the answer speaks,
whatever verbs stand in the asides of the sentence."""

from __future__ import annotations

from osceq.extract.clauses import sentence_subject
from osceq.extract.tokens import Token, possessive

# Nouns for what someone answers or concludes, which a possessor owns and a colon then gives.
_ANSWER_NOUNS = frozenset(
    {
        "answer", "reply", "response", "retort", "verdict", "explanation", "assessment", "pitch",
        "message", "advice", "defense", "defence", "diagnosis", "prescription", "summary", "conclusion",
    }
)  # fmt: skip

_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})


def answer_owner(tokens: list[Token]) -> tuple[int, int, str] | None:
    """For tokens ending on the colon before a quotation: the owner of an answer that is the
    sentence's subject, as (start, end, kind), kind "pronoun" for `Her verdict`; else None."""
    if not tokens or tokens[-1].text != ":":
        return None
    subject = sentence_subject(tokens, len(tokens) - 1)
    if subject is None or subject[2] == "pronoun":
        return None
    i, j, _ = subject
    if tokens[j - 1].low not in _ANSWER_NOUNS:
        return None
    owner_end = next(
        (k for k in range(i, j - 1) if possessive(tokens[k]) or tokens[k].low in _POSSESSIVE_PRONOUNS), None
    )
    if owner_end is None or not all(t.text.islower() for t in tokens[owner_end + 1 : j - 1]):
        return None  # (`own`, `first`: only lower-case words between the owner and the answer)
    if tokens[owner_end].low in _POSSESSIVE_PRONOUNS:
        return (owner_end, owner_end + 1, "pronoun") if owner_end == i else None
    kind = "name" if tokens[owner_end].text[:1].isupper() else "nominal"
    return i, owner_end + 1, kind
