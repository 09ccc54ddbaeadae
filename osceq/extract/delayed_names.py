"""A story that opens on someone described (`A retired teacher has won the lottery.`) and names
her only after (`Mary Hollis, 64, said …`): a he/she that passes over her name for its sex and
reaches the description has most likely reached her again, and is left without a name."""

from __future__ import annotations

import re

from osceq.extract import reporting as lex

# The word right after a description: its verb.
_NEXT_WORD = re.compile(r"\s+([a-z]+)")


def described_before_named(text: str, position: int, description: str) -> bool:
    """Whether a description a he/she reached at position is indefinite (`a retired teacher`) and
    its sentence does not open on its speech (`A spokesman said …` is someone else who speaks)."""
    if not description.lower().startswith(("a ", "an ")):
        return False
    verb = _NEXT_WORD.match(text, position + len(description))
    return verb is None or verb.group(1) not in lex.REPORTING_FORMS
