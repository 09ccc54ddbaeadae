"""Descriptions of one person that stand for a person the article names: a speaker's description
beside the name (`the party's nominee, Ann Lee, said`), and a he/she pronoun's candidate: the one
holder of a title ("the Ohio governor" for "Ohio Gov. Ann Lee"), the name a description is in
apposition to ("Rep. Ann Lee, the Reno congresswoman who …"), and the person named right before a
definite description ("Ann Lee won the vote. The Reno senator said …").

What these rules need to know of the article's people they ask of the resolver (`ArticlePeople`)
and of its names (`article_names.ArticleNames`).
"""

from __future__ import annotations

from typing import Protocol

from osceq.extract import function_words as fw
from osceq.extract import name_words
from osceq.extract import reporting as lex
from osceq.extract.apposed_names import (
    ASIDE,
    NAME_BETWEEN_COMMAS,
    country_after_place,
    described_name,
    name_after_affiliation,
    role_then_name,
)
from osceq.extract.article_names import ArticleNames
from osceq.extract.held_offices import ONE_PERSON_ROLES, others_in_role, unnamed_other_holder
from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.names import PERSON, is_person_name, parse_mention, singular_person
from osceq.extract.relation_names import given_name_beside_relation
from osceq.extract.speaker_names import (
    NAME_BEFORE_COMMA,
    SENTENCE_END,
    SENTENCE_OPENING,
    last_key_word,
    mid_sentence,
    names_a_person,
)
from osceq.extract.subjects import may_be_he_or_she
from osceq.extract.word_kinds import title_word
from osceq.models import Span

# How far back (characters) a definite description ("the author") looks for the name it stands for.
_DESCRIBED_REACH = 500


class ArticlePeople(Protocol):
    """What the description rules ask of the article's speaker resolver (`speakers.Resolver`)."""

    names: ArticleNames

    def role_of(self, speaker: str | None) -> str | None:
        """The speaker's role in the article."""
        ...

    def candidate_name(self, position: int, found_name: str, gender: str, before: int) -> str | None:
        """The name of a candidate at position, when it may be the person of a pronoun at before."""
        ...

    def known_gender(self, name: str) -> str | None:
        """A person's gender as far as the article tells."""
        ...

    def gender_of(self, name: str) -> str | None:
        """The gender a title or a description's noun tells."""
        ...


def name_beside(text: str, mention: Span) -> tuple[str, str] | None:
    """The person's name a description mention stands beside between commas, and the description
    as written: `Ann Lee, a retired teacher, said` and `the party's nominee, Ann Lee, said` are Ann
    Lee's. Only a name that opens its sentence counts before the description (`… praised Ann Lee, a
    teacher, who …` is no apposition to the subject)."""
    before = NAME_BEFORE_COMMA.search(text, max(0, mention.start - 120), mention.start)
    if before is not None and SENTENCE_OPENING.search(text, max(0, before.start(1) - 3), before.start(1)):
        # The description runs to its closing comma; a verb ending it makes it a tag set into the
        # sentence (`Lee, a top aide said, "is confident"` is the aide's, about Lee).
        name, aside = before.group(1), ASIDE.match(text, mention.start, mention.start + 150)
        closed = aside is not None and text.startswith(",", aside.end())
        role = aside.group() if aside is not None and closed else mention.text
        if any(w in lex.REPORTING_FORMS and not w.endswith("ing") for w in role.lower().split()):
            return None
        if " " not in name and not mid_sentence(text, name, mention.start):
            return None  # `However, the official said`: a word seen only opening sentences
    else:
        after = NAME_BETWEEN_COMMAS.match(text, mention.end) or described_name(text, mention.end)
        after = None if after is not None and country_after_place(mention.text, after.group(1)) else after
        affiliated = (
            name_after_affiliation(text, mention.end) or role_then_name(text, mention.end)
            if after is None
            else None
        )
        if after is None and affiliated is None:
            return None
        name = after.group(1) if after is not None else str(affiliated)
        role = parse_mention(mention.text).name
    named = parse_mention(name)
    if named.kind != PERSON and given_name_beside_relation(name, role):
        return name, role  # `His mother, Denise Banks, said`: a surname that looks like a firm's word
    # A title before the name is part of the apposition (`her rival, Sen. Ann Lee, said`, `his
    # mother, Mrs. Hale, said`).
    prefix = name[: len(name) - len(named.name)].rstrip() if name.endswith(" " + named.name) else ""
    titled = bool(prefix) and all(
        title_word(p) or p.rstrip(".").lower() in name_words.HONORIFICS for p in prefix.split()
    )
    if named.kind != PERSON or (named.name != name and not titled) or not is_person_name(named.name):
        return None  # `In Tokyo, one analyst said`: a phrase, not a name alone
    return named.name, role


def named_before(
    text: str,
    description: str,
    position: int,
    older: list[tuple[int, str]],
    gender: str,
    before: int,
    people: ArticlePeople,
) -> str | None:
    """The person a definite description of a title at position stands for when named right before
    it: "Ann Lee won the vote. The Reno senator said …" is Lee's (not so "a senator", who is someone
    new). older: the pronoun's earlier candidates (offset, name), latest first; before: its offset."""
    if not description_of_title(description):
        return None
    for earlier, found_name in older:
        if earlier >= position:
            continue  # the description itself again, as a quote's speaker beside its subject
        too_far = earlier < position - _DESCRIBED_REACH
        if too_far or len(SENTENCE_END.findall(text, earlier, position + 1)) > 1:
            return None  # only a name of the sentence before: "Lee left. Ebner stayed. The mayor …"
        if not may_be_he_or_she(people.names.known_form(earlier, found_name)):
            continue
        # Only the one person named right before ("Marsh" may be two of the article), whose
        # title, if any, is the description's.
        name = people.candidate_name(earlier, found_name, gender, before)
        if name is None or singular_person(name) or _shared_surname(name, people):
            return None
        if people.gender_of(description) is not None and people.known_gender(name) != gender:
            return None  # "Ivo Tarn spoke. The Reno congresswoman …": a woman, he is not known as one
        role = people.role_of(people.names.full_name(name))
        return name if role is None or not role_denies(description, role) else None
    return None


def _shared_surname(name: str, people: ArticlePeople) -> bool:
    """Whether a lone surname is left as it is for standing for two people of the article."""
    fuller = people.names.names_by_last.get(last_key_word(name))
    return " " not in name and people.names.full_name(name) == name and bool(fuller)


def apposed_name(text: str, position: int, names_by_last: dict[str, list[str]]) -> str | None:
    """The person's name a description at position stands in apposition to: "Rep. Ann Lee, the Reno
    congresswoman who …" names Ann Lee (names_by_last: the article's people by last key word)."""
    match = NAME_BEFORE_COMMA.search(text, max(0, position - 80), position)
    if match is None:
        return None
    named = parse_mention(match.group(1))
    words = [*text[max(0, match.start() - 15) : match.start()].split(), *match.group(1).split()]
    before = words[-len(named.name.split()) - 1].lower() if len(words) > len(named.name.split()) else ""
    if before in fw.PREPOSITIONS or before == "by":
        return None  # "In Reno, a bank spokesman …", "sought by Reno, the official said": places
    if named.kind != PERSON or not names_a_person(named.name, names_by_last):
        return None  # "Instead, the senator …": an opening word, no name
    return named.name


def description_of_title(description: str) -> bool:
    """Whether a description is "the", a few modifiers and a title (`the Reno senator`, `the base
    chief`): one who was named before. Not a spokesman, most often one not named, nor a phrase going
    on (`the manager of a Reno bank` is someone new)."""
    words = description.split()
    if not 2 <= len(words) <= 4 or words[0].lower() != "the":
        return False
    head = words[-1].lower()
    if head not in name_words.TITLES or head in name_words.SPEAKS_FOR or head in name_words.HONORIFICS:
        return False
    return not any(word in name_words.NAME_BREAKS or word in ("of", "for", "at") for word in words[1:])


# Short forms of titles, so that "the Ohio governor" finds "Ohio Gov. Ann Lee".
_TITLE_FORMS = {
    "senator": ("sen",),
    "governor": ("gov",),
    "representative": ("rep", "congressman", "congresswoman"),
    "congressman": ("rep", "representative"),
    "congresswoman": ("rep", "representative"),
    "admiral": ("adm",),
    "ambassador": ("amb",),
    "general": ("gen",),
    "professor": ("prof",),
    "president": ("pres",),
    # `Ann Lee, who chairs the board,` is its chair; so is "Chairwoman Lee", but no chairman.
    "chairman": ("chairs", "chair"),
    "chairwoman": ("chairs", "chair"),
    "chairperson": ("chairs", "chair"),
    "chair": ("chairs", "chairman", "chairwoman", "chairperson"),
}


# Modifiers that place a title in time, not say which title it is.
_TIME_MODIFIERS = frozenset({"former", "then", "new", "current", "outgoing", "incoming", "late"})


def title_holder(description: str, roles: dict[str, str]) -> str | None:
    """The one person of the article a definite description of a title stands for ("the Ohio
    governor" for "Ohio Gov. Ann Lee"), given each named person's role or title; None unless certain.
    """
    words = description.split()
    if len(words) < 2 or words[0].lower() != "the":
        return None
    holders = [name for name, role in roles.items() if role_fits(description, role)]
    return holders[0] if len(holders) == 1 else None


def role_fits(description: str, role: str) -> bool:
    """Whether a description of a title ("the Ohio governor") fits a person's role ("Ohio Gov.")."""
    words = _place_before_title(description).split()
    head = words[-1].lower()
    forms = {head, *_TITLE_FORMS.get(head, ())}
    # The modifiers ("Ohio", "trade") must be in the role too: "the Ohio governor" is no Texan, "the
    # trade minister" no prime minister; only a word of time ("the former governor") may be missing.
    marks = {w.lower() for w in words[1:-1] if w.lower() not in _TIME_MODIFIERS}
    return bool(forms & _role_words(role)) and marks <= _role_words(role)


def role_denies(description: str, role: str) -> bool:
    """Whether a person's role names a title other than a description's ("Gov." for "the senator");
    a role with no title ("Democratic candidate") denies nothing."""
    titles = {word for word in _role_words(role) if word in name_words.TITLES}
    return bool(titles) and not role_fits(description, role)


def _role_words(role: str) -> set[str]:
    return {w.strip(".,").lower() for w in role.split()}


# Office nouns that are no title written before a name, but a post one person of a story holds.
_OFFICE_NOUNS = frozenset({"administrator", "clerk", "general"}) | ONE_PERSON_ROLES
# Words that make another office of a title: a former governor, a vice president, a deputy minister,
# a lieutenant governor ("Lt. Gov."), an under secretary, an associate, a co-chairman or a prime minister.
_OTHER_HOLDERS = frozenset(
    {"former", "late", "then", "ex", "vice", "deputy", "assistant", "acting"}
    | {"lt", "lieutenant", "under", "associate", "co", "sub", "prime"}
)
# A place after the title: "the senator from Ohio" is "the Ohio senator".
_PLACE_AFTER = any_case_pattern(r"(the(?:\s+[\w\-]+){1,2}?)\s+(?:from|of)\s+([A-Z][\w\-]+)")


def _place_before_title(description: str) -> str:
    match = _PLACE_AFTER.fullmatch(description.strip())
    if match is None:
        return description
    first, rest = match.group(1).split(maxsplit=1)
    return f"{first} {match.group(2)} {rest}"


def names_an_office(description: str) -> bool:
    """Whether a speaker's description is "the", at most two modifiers and an office that one person
    holds ("the governor", "the trade minister", "the senator from Ohio"); not a spokesman, whom
    many may be, nor a plural, an organisation or a phrase going on ("the head of a bank")."""
    words = _place_before_title(description).split()
    if not 2 <= len(words) <= 4 or words[0].lower() != "the":
        return False
    if not all(w.isalpha() or "-" in w for w in words[1:]):
        return False  # "the ministry's spokesman", "the 1987 chairman"
    head = words[-1].lower()
    office = head in name_words.TITLES or head in _OFFICE_NOUNS
    if not office or head in name_words.SPEAKS_FOR or head in name_words.HONORIFICS:
        return False
    return not any(w.lower() in name_words.NAME_BREAKS for w in words[1:])


def join_roles(joined: dict[str, str], roles: list[tuple[str, str]], names: ArticleNames) -> None:
    """Add roles (name, role) to each person's roles together, by full name: "Sen. Ann Lee, a
    Democrat from Ohio," is "the senator from Ohio"."""
    for name, role in roles:
        full = names.full_name(name)
        joined[full] = f"{joined.get(full, '')} {_office_part(role)}"


# Words after which a role speaks of somebody else: `the wife of the governor`, `an adviser to the
# mayor`, `a candidate for governor` hold no office of governor or mayor.
_OTHERS_AFTER = frozenset({"of", "to", "for", "against", "with", "from", "at", "on", "under", "by"})


def _office_part(role: str) -> str:
    """The words of a role before its first preposition, and a place right after `of` or `from`
    (`the governor of Nevada` -> `the governor Nevada`, `the wife of the governor` -> `the wife`)."""
    words = role.split()
    for k, word in enumerate(words):
        if k and word.lower() in _OTHERS_AFTER:
            after = words[k + 1] if k + 1 < len(words) else ""
            place = after if word.lower() in ("of", "from") and after[:1].isupper() else ""
            return " ".join([*words[:k], place]).strip()
    return role


def role_holder(
    text: str, description: str, position: int, joined: dict[str, str], people: ArticlePeople
) -> str | None:
    """The one person of the article a definite description of an office that a quote's speaker is
    ("the governor said") stands for: the only person whose title, apposition or `who chairs` clause
    fits it ("Gov. Ann Lee", "Ann Lee, the state's governor,"), named before the description, whose
    gender does not clash with the description's; joined: each person's roles (`join_roles`).
    None when no one or several fit, or for a spokesman, an organisation or a plural."""
    if not names_an_office(description):
        return None
    words = _place_before_title(description).split()
    held = {w.lower() for w in words[1:-1]} & _OTHER_HOLDERS
    # A past holder is no present one: "the governor" is not "former Gov. Ann Lee", nor the reverse;
    # nor is "the president" a vice president.
    holders = [
        name
        for name, role in joined.items()
        if role_fits(description, role) and held == _role_words(role) & _OTHER_HOLDERS
    ]
    if len(holders) != 1:
        return None  # nobody, or "the senator" of a story of two senators
    (holder,) = holders
    first = people.names.first_at.get(holder)
    if first is None or first >= position:
        return None  # "the governor said" before the article names its governor
    gender = people.gender_of(description)
    # (Unless the article gave the holder the very word: `Ann Lee, the chairman of the board,`.)
    own_word = words[-1].lower() in _role_words(joined[holder])
    if gender is not None and people.known_gender(holder) not in (None, gender) and not own_word:
        return None  # "the chairwoman" is no man the article calls "he"
    if _other_named_before(text, position, holder, description, joined, people):
        return None
    holder_words = {w.lower() for w in f"{joined[holder]} {holder}".split()}
    if len(words) == 2 and unnamed_other_holder(text, first, position, words[1], holder_words):
        return None  # `The Utah governor stayed home.` after `Gov. Tom Reed of Nevada`
    if words[-1].lower() in ONE_PERSON_ROLES and others_in_role(text, position, words[-1].lower()):
        return None  # `a second witness`, `other reporters`: "the witness" may be any of them
    return holder


# How far back (characters) a description's office holder must be the only person who may hold it.
_NEAR_REACH = 250
_CAPITALISED = any_case_pattern(r"\b[A-Z][\w’'\-]*[a-z]\b")


def _other_named_before(
    text: str, position: int, holder: str, description: str, roles: dict[str, str], people: ArticlePeople
) -> bool:
    """Whether a person other than the office's holder, given no role by the article (roles: each
    person's roles, by full name) and of no clashing gender, is named right before it: "Tarn spoke
    in Reno. …, the senator said" may be Tarn's even when the article gives the title only to Sen.
    Ann Lee."""
    gender = people.gender_of(description)
    held_by = last_key_word(holder)
    for word in _CAPITALISED.findall(text, max(0, position - _NEAR_REACH), position):
        key = last_key_word(word)
        if key == held_by or key not in people.names.names_by_last:
            continue
        full = people.names.full_name(word)
        # Only a person (no firm's name), of no other office and of no clashing gender.
        if full in roles or not may_be_he_or_she(full) or not is_person_name(full):
            continue
        if gender is None or people.known_gender(full) in (None, gender):
            return True
    return False
