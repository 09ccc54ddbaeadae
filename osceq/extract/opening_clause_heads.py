"""A speaker inside an opening clause (`As Ann Lee called the budget "lean," Tom Reed shook his
head. He …`): the person subject of the main clause after it may be the next he or she as well."""

from __future__ import annotations

import re

from osceq.extract.names import PERSON, parse_mention

# An opening clause's conjunction at a sentence's start, with no comma between it and the position
# (a period only after a title's abbreviation: `While Sen. Ann Lee`).
_OPENING = re.compile(
    r"(?:^|[.!?][”\"’]?\s+|\n)(?:As|While|When|After|Before|Although|Though|Because|Since|Once|Even\s+as)\s+"
    r"(?:[^,;:.!?\n]|(?:(?<=\b[A-Z][a-z])|(?<=\b[A-Z][a-z]{2}))\.){0,120}$"
)
# The comma closing the opening clause (perhaps inside the quote's closing mark), then the main
# clause's capitalised subject and its lower-case verb.
_MAIN_SUBJECT = re.compile(
    r"(?:[^;:.!?\n]|(?:(?<=\b[A-Z][a-z])|(?<=\b[A-Z][a-z]{2}))\.){0,200}?,[”\"’]?\s+((?:(?:state|former)\s+)?(?:[A-Z][\w.'’\-]*\s+){1,4})(?=[a-z])"
)


def another_main_subject(text: str, position: int, name: str) -> str | None:
    """The person subject of the main clause when position opens a name inside the sentence's
    opening clause, if that subject is another than name (an apposition's `Lee's aide` is none)."""
    if _OPENING.search(text, max(0, position - 140), position) is None:
        return None
    main = _MAIN_SUBJECT.match(text, position)
    if main is None:
        return None
    subject = main.group(1).strip()
    if subject.endswith(("'s", "’s", "'", "’")) or parse_mention(subject).kind != PERSON:
        return None
    return None if subject.split()[-1] in name.split() else parse_mention(subject).name
