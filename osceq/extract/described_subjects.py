"""A sentence about a person the article says it cannot name, between a named person and a he/she
(`Judge Ann Lee jailed him. The tenant, who cannot be named, escaped. In a statement, she said …`):
someone unnamed stands nearer than the name, so the pronoun is most likely theirs. A plain who-clause
(`Ann Lee, 54, was evicted. The pensioner, who …`) mostly describes the person just named."""

from __future__ import annotations

import re

from osceq.extract.name_words import FEMALE_TITLES, MALE_TITLES

# A sentence opening on "The" or "A", a lower-case noun (maybe after one word) and a who-clause
# saying the person is not named (`who cannot be named`, `who asked not to be identified`).
_UNNAMED_SUBJECT = re.compile(
    r"(?:^|[.!?][\"”’]?\s+|\n)(?:The|A|An)\s+(?:[a-z\-]+\s+)?([a-z\-]+),\s+who\s+"
    r"(?:cannot\s+|can't\s+|could\s+not\s+|(?:[a-z]+\s+){0,3}(?:not|declined|refused)\s+(?:[a-z]+\s+){0,2})"
    r"be\s+(?:named|identified)\b"
)


def _noun_gender(noun: str) -> str | None:
    """ "f" or "m" for a noun only a woman or only a man is called (`landlady`, `businessman`)."""
    if noun in FEMALE_TITLES or noun.endswith(("woman", "ress", "lady", "mother", "wife", "daughter")):
        return "f"
    if noun in MALE_TITLES or noun.endswith(("man", "father", "husband", "grandson")) or noun == "son":
        return "m"
    return None


def unnamed_subject_between(text: str, start: int, end: int, gender: str) -> bool:
    """Whether a sentence between offsets start and end opens on a person the article does not name
    (`The tenant, who cannot be named, …`) who may be the he/she of the given gender ("f" or "m")."""
    for match in _UNNAMED_SUBJECT.finditer(text, start, end):
        noun = match.group(1)
        # `A naval source said …. The source, who …`: the one described before, not someone new.
        named_before = re.search(rf"\b{re.escape(noun)}\b", text[start : match.start()], re.IGNORECASE)
        if named_before is None and _noun_gender(noun) in (None, gender):
            return True
    return False
