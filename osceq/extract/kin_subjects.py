"""A sentence about a relative between a named person and a he/she (`Jerome Tate … My grandmother
voted no for forty years. She used to say, "…"`): a subject of the pronoun's gender that names no
one stands nearer than the name, so the pronoun is most likely that relative's, not the name's."""

from __future__ import annotations

import re

from osceq.extract import function_words as fw
from osceq.extract import kin_words as kw
from osceq.extract.apposed_speakers import takes_stance
from osceq.extract.described_subjects import unnamed_subject_between
from osceq.extract.kin_words import FEMALE_KIN, MALE_KIN, OWNED_AGENTS
from osceq.extract.name_words import IRREGULAR_PAST
from osceq.extract.quotemarks import QUOTE_BEFORE_TAG
from osceq.extract.word_kinds import KIN_OR_PERSON_NOUNS


def _alternation(nouns: frozenset[str]) -> str:
    """The nouns as a regex alternation, longest first (`grandmother` before `mother`)."""
    return "|".join(re.escape(noun) for noun in sorted(nouns, key=lambda n: (-len(n), n)))


# An owner or article, then a step-, half- or god- of compound kin (`stepsister`, `half-brother`).
_OPENING = r"(?:^|[.!?][\"”’]?\s+|\n)(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]he)\s+(?:step|half-|god)?"

# The relative's own name may follow unset-off (`His son Tom remains`); set off, it is a mention itself.
_OWN_NAME = r"(?:\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})?"

# A sentence opening on an owner or article and a relative, then a lower-case word (its verb).
_KIN_SUBJECT = {
    gender: re.compile(
        _OPENING + f"(?:{nouns})" + r"(?:-in-law)?" + _OWN_NAME + r"\s+[a-z]"  # (and `son-in-law`)
    )
    for gender, nouns in (("f", _alternation(FEMALE_KIN)), ("m", _alternation(MALE_KIN)))
}

# A sentence opening on a his/her and someone who speaks for the owner, unnamed, before a lower-case
# word (`His lawyer remains defiant.`): the he/she of the next quote may be that person.
_SPEAKING_FOR_SUBJECT = {
    gender: re.compile(
        r"(?:^|[.!?][\"”’]?\s+|\n)(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:" + _alternation(nouns) + r")(?=\s+[a-z])"
    )
    for gender, nouns in (
        ("f", kw.SPEAKING_FOR | kw.SPEAKING_FOR_FEMALE),
        ("m", kw.SPEAKING_FOR | kw.SPEAKING_FOR_MALE),
    )
}

# People one may own (`cousin`, `lawyer`, `deputy`, `spokesman`, `solicitor`), by the sex they may be of.
_OWNABLE = KIN_OR_PERSON_NOUNS | OWNED_AGENTS
_WOMEN = FEMALE_KIN | {"girl"} | {noun for noun in _OWNABLE if noun.endswith("woman")}
_MEN = MALE_KIN | {"boy"} | {noun for noun in _OWNABLE if noun.endswith("man") and noun not in _WOMEN}
_OWNED = {"f": _OWNABLE - _MEN, "m": _OWNABLE - _WOMEN}

# A word of size or rank, or a superlative (`biggest`, `top`): before a noun, a firm's, not a person's.
_RANK = r"(?:[a-z]+est|" + _alternation(kw.RANK_WORDS) + ")"

# A sentence opening on a named owner and a person owned (`Ivo Marsh's grandson was`, `Lee's lawyer
# said`): the sentence is about that person, who may be the he/she as well as the owner.
_OWNED_SUBJECT = {
    gender: re.compile(
        r"(?:^|[.!?][\"”’]?\s+|\n)((?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*)['’]s\s+"
        # (one word may come before the noun: `Gask's finance director`, `Lee's defence lawyer`; no
        # superlative nor word of size: `Britain's biggest lender` is a firm)
        rf"(?:(?!{_RANK}\s)[a-z]+\s+)?(?:step|half-|god)?(?:(?:"
        + _alternation(nouns)
        + r")(?:-in-law)?|(?:"  # a name only after a relative: `lawyer Ann Fell` may be of either sex
        + _alternation(kin)
        + r")(?:-in-law)?"
        + _OWN_NAME
        + r")\s+(?=[a-z])"
    )
    for gender, nouns, kin in (("f", _OWNED["f"], FEMALE_KIN), ("m", _OWNED["m"], MALE_KIN))
}


def nearer_subject_between(text: str, start: int, end: int, gender: str, name: str = "") -> bool:
    """Whether a sentence between offsets start and end opens on someone unnamed who may be the
    he/she of the given gender ("f" or "m"): a relative of that gender, a person owned by the name
    (`name`), or one owned by another who acts, or a person the article says it does not name."""
    pattern = _KIN_SUBJECT.get(gender)
    if pattern is not None and pattern.search(text, start, end) is not None:
        return True
    speaking_for = _SPEAKING_FOR_SUBJECT.get(gender)
    if (
        speaking_for is not None
        and any(takes_stance(text, found.end()) for found in speaking_for.finditer(text, start, end))
        and not _speaks_for_self(text, end)
    ):
        return True  # `His lawyer remains defiant.`, not `His agent was delighted.` or `His aide quit.`
    owned = _OWNED_SUBJECT.get(gender)
    if owned is not None and any(
        _owned_by(found.group(1), name) or _acts(text, found.end(), end)
        for found in owned.finditer(text, start, end)
        if not (name and name in text[found.end(1) : found.end()])  # `Lee's son Tom Reed`: the candidate
    ):
        return True
    return unnamed_subject_between(text, start, end, gender)  # `The tenant, who cannot be named, …`


# A first person singular in the quotation right before a tag's pronoun.
_FIRST_SINGULAR = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b")


def _speaks_for_self(text: str, before: int) -> bool:
    """Whether the quote the pronoun at `before` tags speaks for its speaker alone (`"I am innocent,"`,
    `"I trained hard,"`): the owner's words, not those of one who speaks for the owner (`"We will
    appeal,"`)."""
    quote = QUOTE_BEFORE_TAG.search(text, max(0, before - 620), before)
    return quote is not None and _FIRST_SINGULAR.search(quote.group(1)) is not None


def _owned_by(owner: str, name: str) -> bool:
    """Whether the owner's words (`Marsh` of `Marsh's son`) name the he/she's candidate: the owned
    person, in a state or not, is then nearer, and the quote never goes past them to the owner."""
    return bool(set(owner.split()) & set(name.split()))


_WORD = re.compile(r"[A-Za-z’'\-]+|[.!?;]")
_VERB_OF_STATE = kw.STATE_VERBS | kw.PERFECT_AUXILIARIES | {"been"}


def _acts(text: str, at: int, end: int) -> bool:
    """Whether the words after an owned person at offset `at` tell an act or speech of theirs (`filed
    an appeal`, `said`, `was arrested`), not a state (`is a pupil`, `was absent`): a phrase of place
    before the verb is passed over (`Lee's opponent in the race was absent`)."""
    words = [m.group().lower() for m in _WORD.finditer(text, at, min(end, at + 120))]
    words = [word for word in words if word not in kw.VERB_GROUP_FILLERS and not word.endswith("ly")]
    if words and words[0] in fw.PREPOSITIONS:
        stop = next((k for k, word in enumerate(words) if word in ".!?;"), len(words))
        verb = next((k for k in range(stop) if words[k] in kw.STATE_VERBS), None)
        words = words[verb:] if verb is not None else words
    if len(words) > 2 and words[0] in kw.PERFECT_AUXILIARIES and words[1] == "been":
        words = words[1:]  # (`has been charged`: as `was charged`; `has sued` an act, `has a farm` not)
    if not words or words[0] not in _VERB_OF_STATE:
        return True
    after = words[1] if len(words) > 1 else ""
    return after.endswith(("ed", "en")) or after in IRREGULAR_PAST or after in kw.BARE_PARTICIPLES
