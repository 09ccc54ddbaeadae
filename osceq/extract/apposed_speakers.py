"""A name set off beside a his/her (`His son, Ivo Lomax, a builder, said …`) that goes on to speak:
the he or she of the quote after it is that person, not the possessor."""

from __future__ import annotations

import re

from osceq.extract import reporting as lex

# After the name: an optional role (`, a builder`), the comma closing the apposition, the verb.
_VERB_AFTER = re.compile(r"(?:\s*,[^,.;:!?\"“”\n]{1,80})?\s*,\s+([a-z]+)\b")


def speaks_after(text: str, name_end: int) -> bool:
    """Whether the name ending at name_end is the subject of a reporting or remembering verb (`…,
    Ivo Lomax, a builder, recalled …`): a speaker introduced, where `His rival, Ivo Lomax, won`
    only names someone the possessor's story is about."""
    match = _VERB_AFTER.match(text, name_end)
    return match is not None and (
        match.group(1) in lex.REPORTING_FORMS or match.group(1) in lex.REMEMBERING_FORMS
    )
