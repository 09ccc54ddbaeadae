"""A sentence subject the pronoun resolver cannot place: a lone capitalized word opening a sentence
before a verb in the past (`Varga openly admitted …`), never named in full in the article. When one
stands between a he or she and the person it would be given to, that person is a guess across
another subject, and the pronoun is better left without a name."""

from __future__ import annotations

import re
from collections.abc import Container

from osceq.extract import function_words as fw
from osceq.extract import name_words
from osceq.extract.speaker_names import names_a_person
from osceq.extract.stopwords import STOPWORDS

# A capitalized word opening a sentence or paragraph, then a verb in -ed, maybe after an adverb in
# -ly (`Varga openly admitted`, `Lee defied`).
_BARE_SUBJECT = re.compile(r"(?:(?<=[.!?] )|(?<=[.!?][”\"] )|(?<=\n))([A-Z][a-z]+) (?:[a-z]+ly )?[a-z]+ed\b")


def unplaced_subject_between(
    text: str, start: int, end: int, lower_words: Container[str], people: dict[str, list[str]]
) -> bool:
    """Whether, with a paragraph break between start and end, a sentence of end's own paragraph
    opens on a lone capitalized word that is no function word, no plural (`Republicans voted`), no
    participle (`Citing …`), no word the article also writes in lower case and no known person."""
    paragraph = text.rfind("\n", start, end)
    if paragraph < 0:
        return False  # within one paragraph the named candidate is near enough
    for match in _BARE_SUBJECT.finditer(text, paragraph, end):
        word = match.group(1)
        low = word.lower()
        if (
            low in STOPWORDS
            or low in fw.NOT_NAME_WORDS
            or low in fw.INTRO_WORDS
            or low.endswith(("s", "ing"))
            or text[match.end() : match.end() + 1] in (".", "!", ";", ",")
        ):
            continue  # (`Silence followed.`, `Tension mounted.`: a verb with no object after a noun)
        # (split on any white space: at a paragraph's start the look-back holds its line break too)
        before = text[max(0, match.start() - 6) : match.start()].rstrip(" .").split()
        if before and before[-1] in name_words.ABBREVIATED_TITLES:
            continue  # `Mr. Lee signed`: the full stop is a title's, and Lee is named
        if low not in lower_words and not names_a_person(word, people):
            return True
    return False
