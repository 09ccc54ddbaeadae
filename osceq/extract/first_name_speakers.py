"""A speaker written by the first name alone (`"…," Carla says` after `Carla Mendt`), as features
write people once fully named: shown by the article's one full name opening with that word."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from osceq.extract import kin_words
from osceq.extract import name_words as w
from osceq.extract.given_names import first_name_gender, is_given_name
from osceq.extract.kin_told import kin_told_sex
from osceq.extract.knighted_names import honoured_full_name
from osceq.extract.letter_cases import UPPER
from osceq.extract.speaker_names import last_key_word
from osceq.extract.timex_lexicon import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from osceq.extract.article_names import ArticleNames

# Double-quoted stretches of a paragraph (an unclosed one runs to the paragraph's end).
_QUOTED = re.compile(r"\"[^\"\n]*(?:\"|$)|“[^”\n]*(?:”|$)", re.MULTILINE)
# Nouns that make a lone given name after them somebody's own (`his daughter Ivy`, `a nurse Ivy`).
_OWN_NOUNS = w.PERSON_NOUNS | w.RELATION_NOUNS | w.TRADE_NOUNS | kin_words.KIN_NOUNS | w.TITLES

# A lower-case noun right before a lone name, with or without a comma (`husband, Ivo`, `son Ivo`).
_OWN_NOUN_BEFORE = re.compile(r"\b([a-z]+)(,?)\s+$")
# Nouns for a doer (`singer`, `captain`, `florist`), not `debate` or `business` before a comma.
_DOER = re.compile(r"..(?:er|or|ist|ian|man|woman)$")
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’']?\s+)(?=[^.!?]*$)", re.MULTILINE)


def _own_noun_before(text: str, position: int) -> bool:
    """Whether a kin or person noun stands right before the lone name at position (`son Ivo`), or a
    doer's noun set off by a comma (`The band's singer, Ivo`)."""
    noun = _OWN_NOUN_BEFORE.search(text, max(0, position - 30), position)
    if noun is None:
        return False
    return noun.group(1) in _OWN_NOUNS or bool(noun.group(2) and _DOER.search(noun.group(1)))


def _family_named(text: str, position: int, owner: str) -> bool:
    """Whether the owner's surname is written earlier in the sentence of the lone name at position
    (`Lenz and her husband, Ivo,`): the relation is then the named family's own."""
    start = max(0, position - 200)
    opening = _SENTENCE_START.search(text, start, position)
    begin = opening.end() if opening else start
    return re.search(rf"\b{re.escape(owner.split()[-1])}\b", text[begin:position]) is not None


def shown_full_name(names: ArticleNames, written: str, name: str) -> str:
    """The name to show for a person's mention: the honoured or fullest form of the name, or, for a
    given name written alone that is nobody's surname in the article, the one full name it opens
    (`Carla` for Carla Mendt, even beside her son Peter Mendt)."""
    full = honoured_full_name(names, written, name)
    sex = _title_sex(written) if " " not in name else None
    if sex is not None and (first_name_gender(full) not in (None, sex) or full == name):
        return full_name_of_sex(names, name, sex)
    if full != name or " " in name or written.strip() != name or not is_given_name(name):
        return full  # (a firm's or a family name alone, `Ford`, `Li`, is left as written)
    owner = names.first_name_owner(name)
    if owner is None or not _surely_owner(names.text, name, owner):
        return full
    return owner


def _surely_owner(text: str, name: str, owner: str) -> bool:
    """Whether the lone given name can only be the full name's owner: the full name is not written
    only inside quotations nor with a generation after it, and the lone name is never given its own
    description, age or relation (`Her husband, Ivo,`, `Ivo, 7,`, `his son Ivo`)."""
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]

    def outside(position: int) -> bool:
        return not any(start <= position < end for start, end in quoted)

    full = re.compile(rf"\b{re.escape(owner)}\b(,?\s+(?:[JS]r\b|I{{2,3}}\b|IV\b))?")
    written = list(full.finditer(text))
    if (written and all(not outside(m.start()) for m in written)) or any(m.group(1) for m in written):
        return False  # named only inside a quote (`my hero, Ivy Marsh`), or a Jr./Sr. shares it
    for lone in re.finditer(rf"\b{re.escape(name)}\b(?!\s+[{UPPER}])", text):
        if not outside(lone.start()):
            continue
        if _own_noun_before(text, lone.start()) and not _family_named(text, lone.start(), owner):
            return False  # `Her husband, Ivo,`, `The band's singer, Ivo,`, `his daughter Ivy`
        if re.match(r",\s+\d{1,3}\b", text[lone.end() : lone.end() + 6]):
            return False  # `Ivo, 7,`: an age of his own
    return True


def _title_sex(written: str) -> str | None:
    """ "f" or "m" for a mention opening on a form of address of one sex (`Mrs Lee`, `Mr. Lee`)."""
    first = written.split(" ", 1)[0].lower()
    if first in w.FEMALE_TITLES:
        return "f"
    return "m" if first in w.MALE_TITLES else None


def full_name_of_sex(names: ArticleNames, surname: str, sex: str) -> str:
    """The one full name of that sex the article gives the surname (`Mrs Lee` beside Ivo and Ann
    Lee: Ann Lee); else the surname alone: a spouse or sibling of the other sex is never shown, nor
    anyone when one who shares the surname may be of that sex unknown or a child (`sex_unsure`).
    A name of more than one word is returned as it is."""
    if " " in surname:
        return surname
    fits = {n for n in names.names_by_last.get(last_key_word(surname), ()) if n.endswith(f" {surname}")}
    # (`her husband Robin Lee` is no Mrs, whatever his given name)
    told = {n: kin_told_sex(names.text, n) for n in fits}
    if any(sex_unsure(names, n, sex) and told[n] in ("", sex) for n in fits):
        return surname  # `Kim Lee` may be the she; `Tom Lee, 8,` is no Mr, his father may be
    fits = {n for n in fits if (told[n] or first_name_gender(n)) == sex}
    return fits.pop() if len(fits) == 1 else surname


def sex_unsure(names: ArticleNames, name: str, sex: str) -> bool:
    """Whether a full name may be of either sex, or is a child's of that sex, whom a title or a
    pronoun of the surname is unlikely to stand for (`Robin Voss`; `Tom Lee, 8,` for a Mr Lee): its
    first word a given name of either sex or a capitalised word the article never writes in lower
    case (not `Echoing Voss` nor `In August Voss said`), or an age under 18 set off after it."""
    first = name.split(" ", 1)[0]
    low = first.lower()
    gender = first_name_gender(name)
    minor = (  # (only where the name stands before a comma: a pattern per name is compiled then)
        re.search(rf"\b{re.escape(name)},\s+(?:aged\s+)?(\d{{1,2}})\b", names.text)
        if f"{name}," in names.text
        else None
    )
    if minor is not None and int(minor.group(1)) < 18 and gender in (None, sex):
        return True
    if gender is not None or low in MONTHS or low in WEEKDAYS or low.endswith("ing"):
        return False
    return low not in names.lower_case_words()
