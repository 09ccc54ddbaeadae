"""A person who speaks in a later clause of a sentence (`…, but Tom Reed said that …`).

The pronoun resolver reads a sentence's subject; a second clause's speaker is no subject, yet a he
or she after it is as likely to be that speaker as the subject before. When such a speaker stands
between a pronoun and the person it would be given to, the pronoun is left without a name.
"""

from __future__ import annotations

from collections.abc import Iterator

from osceq.extract.letter_cases import any_case_pattern

# A clause joined by a conjunction, a semicolon or a bare comma whose subject is a capitalised name
# of one to four words (a title before it), then a plain verb of speech, maybe after an auxiliary or
# an adverb of time (`, but Tom Reed said`, `; Reed told`, `"…," a spokesman said, Tom Reed told
# reporters`, `…, adding that Finance Minister Tom Reed had told`).
_CLAUSE_SPEAKER = any_case_pattern(
    r"(?:,(?:\s+(?:but|while|whereas|and|yet|as|adding\s+that|saying\s+that))?|;)\s+"
    r"((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)\s+"
    r"(?:(?:also|later|earlier|had|has|have)\s+){0,2}"
    r"(?:said|says|told|tells|added|argued|countered|replied|insisted|warned)\b"
)


# A clause joined by a conjunction or a semicolon whose subject describes one person (`, but the
# minister told`); never after a bare comma (`Lee, the bank's economist, also said` is one person).
_CLAUSE_DESCRIPTION = any_case_pattern(
    r"(?:,\s+(?:but|while|whereas|and|yet)|;)\s+((?:the|a|an|one)\s+(?:[\w’'-]+\s+){0,3}[a-z][\w’'-]+)\s+"
    r"(?:(?:also|later|earlier|had|has|have)\s+){0,2}"
    r"(?:said|says|told|tells|added|argued|countered|replied|insisted|warned)\b"
)


def clause_speakers(text: str, start: int, end: int) -> Iterator[str]:
    """The names, and descriptions of one person, that speak in a joined clause of text[start:end]."""
    for match in _CLAUSE_SPEAKER.finditer(text, start, end):
        yield match.group(1)
    for match in _CLAUSE_DESCRIPTION.finditer(text, start, end):
        yield match.group(1)
