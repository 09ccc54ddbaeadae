"""A name set off beside a his/her (`His son, Ivo Lomax, a builder, said …`) that goes on to speak:
the he or she of the quote after it is that person, not the possessor."""

from __future__ import annotations

import re

from osceq.extract import kin_words
from osceq.extract import reporting as lex
from osceq.extract.given_names import first_name_gender, given_name_gender

# After the name: an optional role (`, a builder`), the comma closing the apposition, the verb.
_VERB_AFTER = re.compile(r"(?:\s*,[^,.;:!?\"“”\n]{1,80})?\s*,\s+([a-z]+)\b(?:\s+([a-z]+)(?:\s+(to)\b)?)?")
# Verbs that, with an object and "to" (`told him to sell`), bid someone act: no words of one's own.
_BIDDING = frozenset({"told", "tells", "asked", "asks", "urged", "urges", "begged", "advised", "warned"})
# The relation noun closing `His son,` before the name.
_RELATION = re.compile(r"([a-z][\w’'\-]*),\s*$")


def speaks_after(text: str, name_end: int) -> bool:
    """Whether the name ending at name_end is the subject of a reporting or remembering verb (`…,
    Ivo Lomax, a builder, recalled …`): a speaker introduced, where `His rival, Ivo Lomax, won`
    only names someone the possessor's story is about."""
    match = _VERB_AFTER.match(text, name_end)
    if match is None or match.group(1) not in lex.REPORTING_FORMS:
        return False
    return not (match.group(1) in _BIDDING and _bids(match.group(2), match.group(3)))


def _bids(object_word: str | None, to: str | None) -> bool:
    """Whether a bidding verb's next words make it a bid (`told him to sell`), not words of one's own
    (`told reporters the shop would close`, `told him the recipe was secret`)."""
    return object_word is not None and to == "to"


def relative_goes_on(text: str, owner: str, name: str, name_end: int, gender: str) -> bool:
    """Whether the name set off after `owner` (`His son,`) is the he/she ("m"/"f") of a later quote:
    it goes on to speak, the relation is kin of that sex and the given name is of that sex too
    (`His daughter, Ann Lee, said` is no he; `His lawyer, Chris Lee, said` may be anyone)."""
    relation = _RELATION.search(owner)
    if relation is None or not speaks_after(text, name_end):
        return False
    kin = kin_words.MALE_KIN if gender == "m" else kin_words.FEMALE_KIN
    # (a lone word set off after kin is a given name: `His brother, Mark, said`)
    sex = first_name_gender(name) if " " in name else given_name_gender(name)
    return relation.group(1).lower() in kin and sex == gender


# After a subject: an aside of age or role that joins no one else to it (`, 24,`; not `, and his
# lawyer,`), the comma closing it, then up to five lower-case words, the verb group.
_PREDICATE = re.compile(
    r"(?:\s*,(?!\s*(?:and|or|with|along|together|plus)\b)[^,.;:!?\"“”\n]{1,80}\s*,)?\s*,?\s+"
    r"((?:[a-z]+\s+){0,4}[a-z]+)"
)
# Verbs that tie a subject to a state, with a stance after them (`remains defiant`, `was blunt`).
_COPULAS = frozenset({"is", "was", "remains", "remained", "stays", "stayed"})
# Words that leave a verb group as it is (`still insists`, `was more blunt`).
_FILLERS = kin_words.VERB_GROUP_FILLERS | {"more", "even", "equally", "just", "as"}
_STANCES = lex.STANCE_ADJECTIVES | lex.HELD_STANCES


def takes_stance(text: str, at: int) -> bool:
    """Whether the subject ending at offset `at` is the subject of an active verb of speech or stance
    in its own sentence (`insists`, `disagreed`, `put it simply`, `remains defiant`, `was blunt`):
    someone who may speak next, where `was killed`, `died`, `is abroad` or `and his lawyer …` do not
    make one."""
    match = _PREDICATE.match(text, at)
    if match is None:
        return False
    words = [w for w in match.group(1).split() if w not in _FILLERS and not w.endswith("ly")]
    if not words:
        return False
    verb, after = words[0], words[1:]
    if verb in _BIDDING and after and _bids(after[0], after[1] if len(after) > 1 else None):
        return False  # `told him to sell`: a bid, no words of one's own
    if verb in lex.STANCE_VERBS or (verb in lex.REPORTING_FORMS and verb not in lex.WEAK_VERBS):
        return True
    if verb in ("put", "puts"):
        return after[:1] == ["it"]  # `put it simply`
    return verb in _COPULAS and bool(after) and after[0] in _STANCES
