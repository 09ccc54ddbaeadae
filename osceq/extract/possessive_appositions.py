"""A subject that a possessive opens and a name in commas follows (`Kestrel's pollster, Ivo Marsh,
says`): where the name starts, when the possessive owns a person. Read by `subjects.py`."""

from __future__ import annotations

from osceq.extract import name_words
from osceq.extract.kin_words import OWNED_AGENTS
from osceq.extract.mention_shapes import owned_person
from osceq.extract.tokens import Token, capitalised, is_word
from osceq.extract.verb_or_noun import is_verb


def possessive_apposition(tokens: list[Token], i: int) -> int | None:
    """Where the name starts in a subject that a possessive opens and a name in commas follows
    ("Kestrel's pollster, Ivo Marsh, says"): the person is the name, not the possessor."""
    owner = i
    while i + 1 < len(tokens) and i - owner < 3 and _opens_owner(tokens[i], tokens[i + 1]):
        i += 1  # (past an owner's first names: "Ann Kestrel's niece, Bo Marsh, says")
    if i >= len(tokens) or not tokens[i].low.endswith(("'s", "’s")):
        return None
    comma = next((k for k in range(i + 1, min(len(tokens), i + 6)) if tokens[k].text == ","), None)
    if comma is None or comma == i + 1 or comma + 1 >= len(tokens):
        return None
    if any(not is_word(t) or is_verb(tokens, k) for k, t in enumerate(tokens[i + 1 : comma], start=i + 1)):
        return None  # "Lee's plan failed, Ebner said": a clause, not a noun before an apposition
    closing = any(t.text == "," for t in tokens[comma + 2 : comma + 10])
    if not _owns_someone(tokens[i + 1 : comma]):
        return None  # "Lee's horse, Silver Arrow, won": a thing set off, so the owner stays the subject
    return comma + 1 if capitalised(tokens[comma + 1]) and closing else None


def _owns_someone(words: list[Token]) -> bool:
    """Whether the words after a possessive name a person, a doer or a group ("pollster", "head of
    research", "bookkeeper", "group"), not a thing the owner has ("horse", "novel", "firm")."""
    # (doers' nouns only from a list of people's: "trawler", "computer" end as "bookkeeper" does)
    return words[-1].low in OWNED_AGENTS or any(
        owned_person(t.low) or t.low in name_words.ORGANISATION_WORDS for t in words
    )


def _opens_owner(token: Token, after: Token) -> bool:
    """Whether a capitalised word that is no possessive goes on into an owner's name ("Ann Kestrel's")."""
    return capitalised(token) and not token.low.endswith(("'s", "’s")) and after.text[:1].isupper()
