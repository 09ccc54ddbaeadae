"""A story that opens on someone described (`A retired teacher has won the lottery.`) and names
her only after, by an age (`Mary Hollis, 64, said …`): a he/she that passes over her name for its
sex and reaches the description has most likely reached her again, and is left without a name."""

from __future__ import annotations

import re

from osceq.extract import reporting as lex
from osceq.extract.given_names import first_name_gender

# The word right after a description: its verb.
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
# The end of a sentence: its full stop, maybe a closing quotation mark, then a space or the end.
_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?=\s|$)")
# A plain verb of speech: a description's sentence that holds one is its speech, not its naming.
_SPEAKS = re.compile(r"\b(?:said|says|told|tells|added)\b")
# A full name set off by an age, as a story names the one it opened on (`Mary Hollis, 64, said`).
_NAMED_BY_AGE = re.compile(r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+),\s+(?:aged\s+)?\d{1,3},")
# A sentence opening on a his or her (`His lawyer, Ann Roe, said`): someone of that sex spoken of.
_OWNER_OPENS = re.compile(r"(?:^|[.!?][\"”’']?\s+)(His|Her)\s+[a-z]", re.MULTILINE)
_OWNER_SEX = {"His": "m", "Her": "f"}


def described_before_named(text: str, position: int, description: str, pronoun_at: int, sex: str) -> bool:
    """Whether a description a he/she (of sex) at pronoun_at reached at position is indefinite (`a
    retired teacher`), its sentence not its speech (`A spokesman said …`, `A pensioner who lives
    nearby said …` is someone else who speaks), someone not of that sex is named by an age after it
    (`Mary Hollis, 64,`: the description named), and no sentence between opens on a his/her of
    that sex (`His lawyer, Ann Roe, said`: the description is of the pronoun's sex)."""
    if not description.lower().startswith(("a ", "an ")):
        return False
    verb = _NEXT_WORD.match(text, position + len(description))
    if verb is not None and verb.group(1) in lex.REPORTING_FORMS:
        return False
    end = _SENTENCE_END.search(text, position + len(description), pronoun_at)
    if end is None or _SPEAKS.search(text, position + len(description), end.start()):
        return False
    between = text[end.start() : pronoun_at]
    if any(_OWNER_SEX[m.group(1)] == sex for m in _OWNER_OPENS.finditer(between)):
        return False
    return any(first_name_gender(m.group(1)) not in (None, sex) for m in _NAMED_BY_AGE.finditer(between))
