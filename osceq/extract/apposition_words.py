"""Words of a name's apposition before a relative `who` (`Tom Bell, a farmer, who told me`). Data only."""

from __future__ import annotations

from osceq.extract.word_lists import words as _words

__all__ = ["COMMAND_VERBS", "PERSON_HEADS", "PHRASE_BREAKS"]

# Verbs of command that open a sentence before a name (`Take Ivo Marsh, a farmer, who …`): no part of it.
COMMAND_VERBS = _words("ask call consider imagine listen look meet picture remember see take watch")

# Heads of a person's description beside the lists of roles and kin (`the race's designated grown-up`).
PERSON_HEADS = _words(
    """
    conservative democrat grown-up independent liberal moderate native progressive republican retiree
    veteran
    """
)

# Words that close the head of a description (`a city of farmers`: the head is `city`).
PHRASE_BREAKS = _words("at by for from in of on who whose with")
