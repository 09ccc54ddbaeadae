"""Whether a list's lead-in gives the items as its speaker's own words: the speaker, a verb, then
only the person told, a time or place, her own things or a count, and the colon (`Bowe said:`,
`Bowe told the council:`, `Bowe listed her priorities:`, `Bowe said she had two priorities:`);
not others' words or writings (`Bowe said residents had raised three complaints:`, `… listed the
slogans on the protesters' signs:`, `… said a survey of voters found these concerns:`), nor what a
wh-word or `that` reports (`Bowe told reporters what residents want:`), nor a lead-in whose his or
her is not its speaker's (`Tomas Ruell listed her demands:`; a speaker of unknown sex: none is)."""

from __future__ import annotations

import re

from osceq.extract import function_words as fw
from osceq.extract.attribution import Found
from osceq.extract.given_names import first_name_gender
from osceq.extract.name_words import IRREGULAR_PAST
from osceq.extract.names import parse_mention
from osceq.extract.reporting import MONTH_WORDS, TELL_FORMS
from osceq.extract.web_words import (
    CLAUSE_VERBS,
    OTHER_PEOPLE,
    OTHERS_WRITINGS,
    OWN_OBJECT_OPENERS,
    PERSONAL_SEXES,
    REPORTED_CLAUSE_OPENERS,
)
from osceq.extract.word_kinds import person_noun

__all__ = ["own_lead_in"]

_WORD = re.compile(r"[\w’'-]+")
# Verbs whose object is the person spoken to (`told the council:`, `asked him:`).
_ADDRESSING = TELL_FORMS | frozenset({"asked", "asks", "urged", "urges", "warned", "warns", "reminded"})
# The most words a lead-in may hold between its verb and its colon, and the most a person told.
_LONGEST_TAIL = 8
_LONGEST_ADDRESSEE = 4
_PRONOUN_SEXES = {"he": "m", "she": "f"}
_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def own_lead_in(text: str, found: Found, start: int, colon: int) -> bool:
    """Whether the lead-in whose cue found read, from start to the colon at colon, gives the items as
    the speaker's own words."""
    if not _pronouns_agree(text[start:colon], found) or _reported_before(text[start : found.mention.start]):
        return False
    if found.evidence == "colon":
        tail = _after_aside(text[found.mention.end : colon])
        verb = tail[0].lower() if tail and tail[0].islower() and tail[0] not in fw.PREPOSITIONS else ""
        tail = tail[1:] if verb else tail
    else:
        verb, tail = found.cue.text.lower(), _WORD.findall(text[found.cue.end : colon])
    if len(tail) > _LONGEST_TAIL or any(word.lower() in REPORTED_CLAUSE_OPENERS for word in tail):
        return False  # (`told reporters what residents want:`, `said that …:`: what others said)
    if verb in _ADDRESSING:
        told = 0
        while told < min(len(tail), _LONGEST_ADDRESSEE) and tail[told].lower() not in fw.PREPOSITIONS:
            told += 1
        tail = tail[told:]  # (the person told: `the council`, `reporters`, `him`)
    if tail and tail[0].lower() in _PRONOUN_SEXES:
        if not _same_sex(tail[0].lower(), found):
            return False
        tail = tail[2:]  # her own clause's subject and verb (`she had`)
    return _own_things(tail)


def _pronouns_agree(lead: str, found: Found) -> bool:
    """Whether every he, his, her … in a lead-in may stand for its speaker, who must be of a known
    sex (`Tomas Ruell listed her demands:`, `gave her`, `relayed her`: another's words); a him or
    her right after a verb of telling is the one told (`She asked him:`)."""
    words = _WORD.findall(lead.lower())
    sexes = {
        PERSONAL_SEXES[word] for k, word in enumerate(words) if word in PERSONAL_SEXES and not _told(words, k)
    }
    return not sexes or sexes == {_speaker_sex(found)}


def _told(words: list[str], k: int) -> bool:
    """Whether the k-th word is a him or her right after a verb of telling (the one told)."""
    return k > 0 and words[k] in ("him", "her") and words[k - 1] in _ADDRESSING


def _speaker_sex(found: Found) -> str | None:
    """The sex of a lead-in's speaker: a he's or she's, or a name's by its given name; else unknown."""
    if found.kind == "pronoun":
        return PERSONAL_SEXES.get(found.mention.text.lower())
    return first_name_gender(parse_mention(found.mention.text).name) if found.kind == "name" else None


def _reported_before(before: str) -> bool:
    """Whether a wh-word or `that` stands before the speaker in its clause (`summed up what her
    critics say:`): the speaker's words are reported by another."""
    clause = before.rsplit(",", 1)[-1]
    return any(word in REPORTED_CLAUSE_OPENERS for word in _WORD.findall(clause.lower()))


def _after_aside(between: str) -> list[str]:
    """The words after a name and any aside set off by commas (`, the new police chief, listed …`)."""
    rest = between.strip()
    if rest.startswith(",") and rest.count(",") >= 2:
        rest = rest[rest.index(",", 1) + 1 :]
    return _WORD.findall(rest)


def _same_sex(pronoun: str, found: Found) -> bool:
    """Whether a clause's he or she may be the lead-in's speaker (a name of the other sex is not)."""
    speaker = found.mention.text
    if speaker.lower() in _PRONOUN_SEXES:
        return speaker.lower() == pronoun
    sex = first_name_gender(speaker)
    return sex is None or sex == _PRONOUN_SEXES[pronoun]


def _own_things(tail: list[str]) -> bool:
    """Whether the words before the colon name only a time or place, the speaker's own things or a
    count: no person, no writing, no other name and no clause of another subject."""
    if tail and not (tail[0].lower() in fw.PREPOSITIONS or tail[0].lower() in OWN_OBJECT_OPENERS):
        return False  # (`said the town …`, `said residents …`: another's words)
    for word in tail:
        low = word.lower()
        if word[:1].isupper() and low not in _DAYS and low not in MONTH_WORDS:
            return False
        if "'" in word or "’" in word or low in OTHER_PEOPLE or low in OTHERS_WRITINGS:
            return False
        if person_noun(low) or low in CLAUSE_VERBS or low in IRREGULAR_PAST or low.endswith("ed"):
            return False
    return True
