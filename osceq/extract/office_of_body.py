"""`The chairman of the Kestrel Panel, Ann Lee, said`: a subject phrase of an office in a body, with
the holder's name set off after it. The subject reader lands on the body's name (the name between
commas reads as an apposition to it); the speaker is the person, not the body, when the name is
a person's: a title or a known given name first, or no word of a place, firm or body in it
(`, Scotland Yard,` is the body's other name)."""

from __future__ import annotations

from osceq.extract import name_words as w
from osceq.extract.given_names import is_given_name
from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.word_kinds import person_noun, title_word
from osceq.models import Span

# "The" and one to three words (the office, capitalised as a title may be: `The Governor of`) and
# "of", maybe "the", right before the body.
_OFFICE_OF = any_case_pattern(r"\b[Tt]he\s+((?:[A-Za-z][\w\-]*\s+){1,3})of\s+(?:the\s+)?$")
# A name set off by commas right after the body (`, Ann Lee, said`).
_NAME_SET_OFF = any_case_pattern(r",\s+([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){1,3}),\s")


def office_before_body(text: str, mention: Span) -> bool:
    """Whether an organisation mention follows `the <office> of (the)` and comes before a name set
    off by commas: the name is the office holder's, and the speaker."""
    before = _OFFICE_OF.search(text, max(0, mention.start - 60), mention.start)
    name = _NAME_SET_OFF.match(text, mention.end)
    if before is None or name is None:
        return False
    if not _person_name(name.group(1).split()):
        return False
    return _names_people(before.group(1))


def office_of_body(text: str, mention: Span) -> str | None:
    """The office a body mention set off by a comma stands in (`the Governor of the Bank of Tarnland`
    for `The Governor of the Bank of Tarnland, Dorvik, said`), whose holder speaks, not the body;
    None when no office or group of people comes before the body."""
    before = _OFFICE_OF.search(text, max(0, mention.start - 60), mention.start)
    if before is None or not text.startswith(",", mention.end) or not _names_people(before.group(1)):
        return None
    return "the" + text[before.start() + 3 : mention.end]


def _names_people(office: str) -> bool:
    """Whether the words of an office name a person or a group of people (`Governor`, `Friends`)."""
    words = office.lower().split()
    return any(
        person_noun(word) or title_word(word, nouns_only=True) or word.removesuffix("s") in w.RELATION_NOUNS
        for word in words
    )


def _person_name(words: list[str]) -> bool:
    """Whether a capitalised run set off after a body names a person rather than a place or body."""
    if title_word(words[0]) or is_given_name(words[0]):
        return True
    lows = [word.lower().rstrip(".") for word in words]
    return not any(
        low in w.PLACES or low in w.ORGANISATION_WORDS or low in w.FIRM_ENDINGS or low in w.PLACE_HEADS
        for low in lows
    )
