"""A part of a group as a speaker: `One of them said`, `Two of the senators called it "…"`, `Some
of his aides told reporters`: the subject is the whole partitive phrase, opening its clause, not
the group after "of" (nor nothing, for "them")."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.tokens import Token

# Words that take a part of a group (`one of`, `several of`, `neither of`).
_PARTS = frozenset(
    {
        "one",
        "two",
        "three",
        "some",
        "many",
        "most",
        "several",
        "few",
        "each",
        "both",
        "all",
        "neither",
        "either",
    }
)
# Object pronouns a partitive may end on (`one of them`).
_GROUP_PRONOUNS = frozenset({"them", "us", "those", "these"})
# Words a clause may open with before the partitive (`…, and one of them said`).
_CLAUSE_LINKS = frozenset({"and", "but", "while", "though", "although"})
# The longest group after "of" (`two of the state's longest-serving Republican senators`).
_MOST_GROUP_WORDS = 7


def partitive_subject(tokens: list[Token], v: int) -> tuple[int, int, str] | None:
    """(start, end, "nominal") of a partitive phrase opening its clause and ending right before the
    verb at v, or None."""
    for of in range(v - 2, max(0, v - 2 - _MOST_GROUP_WORDS), -1):
        if tokens[of].low != "of":
            continue
        part = of - 1
        if part < 0 or tokens[part].low not in _PARTS:
            return None
        if part > 0 and tokens[part - 1].text not in ",;:" and tokens[part - 1].low not in _CLAUSE_LINKS:
            return None
        group = tokens[of + 1 : v]
        if len(group) == 1 and group[0].low in _GROUP_PRONOUNS:
            return part, v, "nominal"
        if group[0].low not in fw.DETERMINERS and not group[0].text.endswith(("'s", "’s")):
            return None
        if any(
            (not t.text[:1].isalnum() and t.text not in "'’")
            or t.text in fw.MODALS
            or t.low in fw.PREPOSITIONS
            for t in group
        ):
            return None  # `Most of the money was given to a charity called`: a clause, not a group
        return part, v, "nominal"
    return None
