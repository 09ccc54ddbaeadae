"""An organisation's name holding a capitalised preposition (`Doctors Without Borders`, `Mothers
Against Drunk Driving`, `Lawyers For Justice`): one name, never the words after the preposition."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.given_names import is_given_name
from osceq.extract.tokens import Token, capitalised
from osceq.extract.word_kinds import title_word

# Prepositions too short to tell a name's particle from a joint (`De`, `Da`, `Van`): left out.
_SHORTEST = 3


def preposition_in_name(tokens: list[str]) -> bool:
    """Whether the mention's words are capitalised words joined by a capitalised preposition, with
    no title or given name to make them an office or a person (`Minister For Trade Ann Lee`)."""
    if len(tokens) < 3 or not all(t[:1].isupper() and t.replace("-", "").isalpha() for t in tokens):
        return False
    joints = [
        k
        for k in range(1, len(tokens) - 1)
        if tokens[k].lower() in fw.PREPOSITIONS and len(tokens[k]) >= _SHORTEST
    ]
    if not joints or title_word(tokens[0]) or is_given_name(tokens[0]):
        return False
    return not any(is_given_name(t) for t in tokens[joints[-1] + 1 :])


def preposition_joint(tokens: list[Token], k: int) -> bool:
    """Whether the token at k is a capitalised preposition joining capitalised words of one name
    (`Doctors Without Borders`), not one opening the sentence (`Without Lee, …`)."""
    joint = tokens[k]
    return (
        k > 0
        and joint.text[:1].isupper()
        and joint.low in fw.PREPOSITIONS
        and len(joint.text) >= _SHORTEST
        and capitalised(tokens[k - 1])
        and not is_given_name(tokens[k + 1].text)
    )
