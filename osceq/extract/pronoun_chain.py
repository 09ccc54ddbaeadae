"""Who a he or she carries on from: the last resolved he or she when no one is named near it
(`"…," he said. It will take years. "…," he added.` is the same person again, when nothing between
names or describes anyone else), and an "another" whose sentence the quotation follows."""

from __future__ import annotations

import re

from osceq.extract import function_words as fw
from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.name_words import ORGANISATION_WORDS, PLACES
from osceq.extract.pronoun_genders import CAPITALISED
from osceq.extract.word_kinds import agent_noun, person_noun

# A quotation (closed, or left open at the end), whose words are the speaker's and name no one new.
_QUOTATION = re.compile(r'"[^"]*"|“[^”]*”|["“][^"”]*$')
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_WORD = any_case_pattern(r"[A-Za-z][\w’'\-]*(?:\.[A-Za-z]+)*\.?")


def chained_person(
    text: str, last: tuple[int, str, str] | None, start: int, gender: str, people: dict[str, list[str]]
) -> str | None:
    """The person the last resolved he or she (offset, pronoun, person) stood for, when it is of
    the same gender and every sentence between it and start shows that nobody else came in."""
    if last is None or fw.PRONOUN_GENDER.get(last[1]) != gender:
        return None
    masked = _QUOTATION.sub('"q"', text[last[0] : start])
    at = 0
    for end in [*(match.start() for match in _SENTENCE_END.finditer(masked)), len(masked)]:
        sentence, current = masked[at:end], end == len(masked)
        # (an untagged quotation is the same speaker's only in the paragraph of the last he)
        if not _nobody_new(sentence, last[1], current, "\n" not in masked[:at]):
            return None
        if current and sentence.split()[:1] and sentence.split()[0].lower() in people:
            return None  # `Lee "…," he said`
        at = end
    return last[2]


def _nobody_new(sentence: str, pronoun: str, current: bool, paragraph: bool) -> bool:
    """Whether a sentence (its quotations masked) between two he-tags can only be of the same person:
    no capitalised word but its first (or a place), no noun for a person, and as its subject the same
    pronoun or a thing (`It will take years.`); the pronoun's own sentence needs no subject test."""
    words: list[str] = _WORD.findall(sentence)
    if not words:
        return paragraph or current  # an untagged quotation: the same speaker only in his paragraph
    capitalised = CAPITALISED.findall(sentence)[1 if len(words[0]) > 1 and words[0][:1].isupper() else 0 :]
    for word in capitalised:
        if word.lower().removesuffix("'s").removesuffix("’s") not in PLACES:
            return False  # `I asked Brede`, `The Chief Executive`: a name or an office
    for word in words:
        low = word.lower()
        if low in ORGANISATION_WORDS:
            continue  # `the government`: a body, no he or she
        if person_noun(low) or agent_noun(low) or low in fw.PERSON_LIKE_NOUNS or low.endswith("-old"):
            return False  # `The mayor took a different view.`, `The 50-year-old`
    if current:
        return True
    first = words[0].lower()
    if sentence.lstrip().startswith('"'):
        return first == pronoun  # `"…," he said` and not `"…," came the reply`
    return first == pronoun or first in fw.THING_OPENERS


_SENTENCE_STOP = re.compile(r"[.!?]\s")
# A second clause's subject after a joining word: a name, or a noun phrase that may be a person.
_SECOND_SUBJECT = re.compile(
    r"\b(?:and|but|while|whereas|although|though|yet)\s+(?:[A-Z]|(?:the|a|an|his|her|their|one|another|some)\s)"
)


def quote_right_after(text: str, position: int, before: int) -> bool:
    """Whether the sentence at position is followed by nothing but the quotation the pronoun's tag
    closes (`Another said …. "…," he said`)."""
    stop = _SENTENCE_STOP.search(text, position, before)
    if stop and _SECOND_SUBJECT.search(text, position, stop.start()):
        return False  # `Another said …, but Ivo Marsh disagreed. "…," he said`: Marsh may be the he
    rest = text[stop.end() : before].strip() if stop else ""
    return len(rest) > 2 and rest[0] in '"“' and rest[-1] in '"”' and "\n" not in rest
