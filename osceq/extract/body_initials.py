"""A body's initials in brackets after its name, before one of its officers: "Tarn Harbour Board
(THB) chairman Ivo Marsh said" names Ivo Marsh, the initials a gloss of the board's name, never a
part of a person's name nor the end of the speaker's mention."""

from __future__ import annotations

from collections.abc import Sequence

from osceq.extract import name_words as w
from osceq.extract.word_kinds import person_noun


def initials_of_name_before(words: Sequence[str], k: int) -> bool:
    """Whether the one word in the parenthesis at k is a body's initials, written in capitals, every
    letter the initial of a capitalised word of the name just before it ("Tarn Wheat Board (TWB)",
    "Ministry of Tarn Trade (MTT)"): a gloss of that name, which goes on after the parenthesis."""
    acronym = words[k + 1]
    if not (2 <= len(acronym) <= 6 and acronym.isupper()):
        return False
    name: list[str] = []
    # "of"/"for" between capitalised words: a body's name, never a person's.
    joining = joined = False
    for word in reversed(words[max(0, k - 8) : k]):
        if word[:1].isupper():
            name.append(word)
            joined = joined or joining
        elif word not in ("of", "and", "for", "the"):
            break
        joining = word in ("of", "for") and bool(name)
    initials = {word[0] for word in name}
    if not joined and not any(word.lower() in w.ORGANISATION_WORDS for word in name):
        return False  # a body's name, plainly ("Tarn Wheat Board", "Confederation of Tarn Trade")
    return len(name) >= 2 and all(letter in initials for letter in acronym)


def gloss_before_role(tokens: list[str], k: int) -> bool:
    """Whether the parenthesis at k holds capitalised initials alone, an officer's role after it."""
    return (
        k > 0
        and k + 3 < len(tokens)
        and 2 <= len(tokens[k + 1]) <= 6
        and tokens[k + 1].isupper()
        and tokens[k + 2] == ")"
        and role_word(tokens[k + 3])
    )


def role_word(word: str) -> bool:
    """A word opening an officer's role: "chairman", "President", "vice", "director"."""
    low = word.lower()
    return person_noun(low) or low in w.TITLES or low in w.TITLE_MODIFIERS
