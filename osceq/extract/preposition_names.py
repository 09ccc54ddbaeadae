"""An organisation's name holding a capitalised preposition (`Doctors Without Borders`, `Mothers
Against Drunk Driving`, `Lawyers For Justice`): one name, never the words after the preposition."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.given_names import is_given_name
from osceq.extract.word_kinds import title_word

# Prepositions too short to tell a name's particle from a joint (`De`, `Da`, `Van`): left out.
SHORTEST = 3


def preposition_in_name(tokens: list[str]) -> bool:
    """Whether the mention's words are capitalised words joined by a capitalised preposition, with
    no title or given name to make them an office or a person (`Minister For Trade Ann Lee`)."""
    if len(tokens) < 3 or not all(t[:1].isupper() and t.replace("-", "").isalpha() for t in tokens):
        return False
    joints = [
        k
        for k in range(1, len(tokens) - 1)
        if tokens[k].lower() in fw.PREPOSITIONS and len(tokens[k]) >= SHORTEST
    ]
    if not joints or title_word(tokens[0]) or is_given_name(tokens[0]):
        return False
    return not any(is_given_name(t) for t in tokens[joints[-1] + 1 :])
