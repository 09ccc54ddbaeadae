"""A paragraph whose sentence opens on a relative named earlier in the article (`his daughter, Jo
Marsh,` … `His daughter said …. "…," she said.`): the he or she of its tag is that relative, known by
the one name the article sets off after the same noun of kin."""

from __future__ import annotations

import re

from osceq.extract.kin_owners import set_off_kin
from osceq.extract.kin_words import FEMALE_KIN, MALE_KIN

__all__ = ["named_relative"]

_KIN = {"f": FEMALE_KIN, "m": MALE_KIN}
# A sentence opening on his or her and a noun of kin, then a lower-case word (its verb).
_KIN_OPENING = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s))([Hh]is|[Hh]er)\s+([a-z]+)\s+[a-z]", re.MULTILINE
)


def named_relative(text: str, start: int, before: int, gender: str) -> tuple[str, int, int, int] | None:
    """The name of the relative (of the pronoun's sex) the paragraph of the pronoun at `before` opens
    a sentence on, set off after the same owner word and noun of kin earlier in the text, when one
    name only is set off so, with where its owner word stands, where the set-off name ends and where
    the opening sentence starts; else None. `start` is the pronoun's candidate's offset: the relative
    is looked for after it."""
    paragraph = max(start, text.rfind("\n", 0, before) + 1)
    found = None
    for match in _KIN_OPENING.finditer(text, paragraph, before):
        if match.group(2) in _KIN.get(gender, ()):
            found = match
    if found is None:
        return None
    owner, noun = found.group(1).lower(), found.group(2)
    # (the names `kin_owners` finds set off after the same owner word and noun: `his daughter, Jo Marsh,`)
    matches = [
        match
        for match in set_off_kin(text, found.start())
        if match.group(1) == noun
        and text[match.start() : match.start() + len(owner) + 1].lower() == owner + " "
    ]
    if len({match.group(2) for match in matches}) != 1:
        return None
    return matches[-1].group(2), matches[-1].start(), matches[-1].end(), found.start()


def owner_sex(text: str, at: int) -> str:
    """ "m" for the his, "f" for the her at an offset: the sex of the relative's owner."""
    return "m" if text[at : at + 3].lower() == "his" else "f"
