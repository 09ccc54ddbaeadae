"""The words that may stand between a role or a relative's noun and the name set off after it
(`The commission's chairwoman, retired Judge Leon Vell,`): a modifier of the role, then a title."""

from __future__ import annotations

from osceq.extract.name_words import TITLE_MODIFIERS
from osceq.extract.word_lists import words as _words

__all__ = ["ROLE_MODIFIERS"]

# A role's modifiers written in lower case before a name: the title modifiers (`former`, `acting`,
# `deputy`) and a few that tell how the person holds or held it.
ROLE_MODIFIERS = TITLE_MODIFIERS | _words("retired interim longtime veteran then late newly")
