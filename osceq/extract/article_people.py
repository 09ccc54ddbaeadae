"""What an article tells of its people for the pronoun resolver: their genders (given names,
titles, earlier pronouns) and who was asked a question or spoken to, so that the he or she of an
answer finds the person asked. `Resolver` in `speakers.py` builds on this class."""

from __future__ import annotations

import re

from osceq.extract import function_words as fw
from osceq.extract import name_words
from osceq.extract.article_names import ArticleNames
from osceq.extract.article_particles import file_without_articles
from osceq.extract.firm_names import firm_not_person, firms_saying
from osceq.extract.given_names import first_name_gender, ranked_name_gender
from osceq.extract.kin_owners import kin_genders
from osceq.extract.names import PERSON, name_matches, parse_mention, singular_person
from osceq.extract.pronoun_genders import next_sentence_genders, title_genders
from osceq.extract.questions import answer_speaks_of, question_addressee
from osceq.extract.speaker_names import ADDRESSED, last_key_word, names_a_person
from osceq.extract.text import fold
from osceq.extract.titled_people import add_titled_people
from osceq.models import Span

__all__ = ["ArticlePeople"]

# A run of capitalised words that may be a person's name (`Ann Ashby`, `Gil Stroud`).
_NAME_RUN = re.compile(r"[A-Z][\w’'\-]*[a-z](?:\s+[A-Z][\w’'\-]*[a-z]){0,2}")
# What any match of ADDRESSED holds (`told`, `tells`, `asked`, `asks`).
_ADDRESSING_VERBS = ("told", "tell", "ask")


class ArticlePeople:
    """Genders and questions of one article's people; the state is filled in by `Resolver` and, when
    a pronoun first asks, by `_index_people`."""

    text: str
    names: ArticleNames
    _gender: dict[str, str]  # folded surname -> gender its titles tell
    _addressed: list[tuple[int, str, str]]  # (offset, gender, name) of "he told Name"
    _resolved_gender: dict[str, str]  # the pronoun's gender each person was given
    _firms: dict[str, bool]  # name -> whether it is a firm's and no person's
    _people: dict[str, list[str]] | None  # last key word -> names a subject may be
    _speakers: list[tuple[int, str]]  # (offset, name) of the names resolved so far, sorted

    def _index_people(self) -> None:
        """Collect the names a subject may be, and the genders and "he told X" of the whole text
        (built when a pronoun needs them)."""
        self.names.known_names()
        people = {last: list(names) for last, names in self.names.names_by_last.items()}
        for _, name in self._speakers:
            people.setdefault(last_key_word(name), []).append(name)
        add_titled_people(people, self.text, last_key_word)  # `Mr. Tamimi` alone is a person
        file_without_articles(people)  # `Attiya` for Ali al-Attiya
        self._people = people
        self._gender.update(next_sentence_genders(self.text))  # (titles below overrule it)
        self._resolved_gender = {**kin_genders(self.text), **self._resolved_gender}  # `his wife, Jo,`
        self._gender.update(title_genders(self.text))
        # (The verbs looked for first: most articles have none, and the pattern scans all the text.)
        addressing = any(verb in self.text for verb in _ADDRESSING_VERBS)
        self._addressed = [
            (match.start(), fw.PRONOUN_GENDER[match.group(1).lower()], match.group(2))
            for match in (ADDRESSED.finditer(self.text) if addressing else ())
        ]

    def _person_asked(self, position: int, before: int, people: dict[str, list[str]]) -> str | None:
        """The article's person a question at `position` was put to, by their fullest name; None
        when the words after "asked" are no person the article names (`asked Tuesday`, `asked
        Congress`, `asked Acme Corp`)."""
        asked = question_addressee(self.text, position, before)
        named = parse_mention(asked) if asked else None
        if named is None or named.kind != PERSON or not self._is_person(named.name, people):
            return None
        return self.names.full_name(named.name)

    def _reported_addressee(
        self, question: tuple[Span, str], gender: str, people: dict[str, list[str]]
    ) -> str | None:
        """For a he/she tagging the answer to a question asked in the writer's words right before
        it: the person asked, by their fullest name, when they are a person whose gender fits; else
        None."""
        named = parse_mention(question[1])
        if question[1] in ("him", "her") or named.kind != PERSON or not self._is_person(named.name, people):
            return None
        full = self.names.full_name(named.name)
        if self.known_gender(full) not in (None, gender):
            return None
        self._resolved_gender.setdefault(full, gender)
        return full

    def _asker_may_answer(self, asker: Span, gender: str, before: int) -> bool:
        """Whether the he/she after a question in the writer's words may as well be its asker: the
        asker is of the pronoun's sex (by the first person's name in the asker's words, or their
        description's noun) and the answer speaks of a he/she, not for its speaker (`Lee asked Roe
        whether …. "She refused," she said`)."""
        if not answer_speaks_of(self.text, before, gender):
            return False
        for run in _NAME_RUN.finditer(asker.text):
            named = parse_mention(run.group())
            if named.kind == PERSON:
                return self.known_gender(self.names.full_name(named.name)) == gender
        return self.gender_of(asker.text) == gender

    def _answers(self, addressee: str, asker: str, gender: str) -> bool:
        """Whether the he/she after a question is the person asked: their gender fits, and the asker
        is not known to be of the pronoun's gender while the person asked is unknown."""
        known = self.known_gender(addressee)
        return known == gender or (known is None and self.known_gender(asker) != gender)

    def known_gender(self, name: str) -> str | None:
        """A person's gender as far as the article tells: a given name, an earlier he or she, a title."""
        resolved = self._resolved_gender.get(name)
        if resolved is None and not singular_person(name):
            resolved = self._resolved_gender.get(self.names.full_name(name))
        return self._given_name_gender(name) or resolved or self.gender_of(name)

    def _is_person(self, name: str, people: dict[str, list[str]]) -> bool:
        return (
            names_a_person(name, people)
            or self.names.first_name_owner(name) is not None
            or self.names.lone_given_gender(name) is not None
        ) and not self._firm(name, people)

    def _firm(self, name: str, people: dict[str, list[str]]) -> bool:
        """Whether a name is a firm's the article writes with its ending (`firm_not_person`), once."""
        if singular_person(name) or any(
            other.endswith(" " + name) for other in people.get(last_key_word(name), ())
        ):
            return False  # (a description, "a company spokesman"; a fuller name's end, Martin T. Holm's)
        if name not in self._firms:
            self._firms[name] = firm_not_person(self.text, name)
        return self._firms[name]

    def firm_said_between(self, start: int, end: int, people: dict[str, list[str]]) -> bool:
        """Whether a firm (`_firm`) is the subject of a verb of saying between offsets start and end:
        a he/she after it is its unnamed spokesman, no person named before it."""
        return any(self._firm(name, people) for name in firms_saying(self.text, start, end))

    def kin_owners(
        self, owners: list[tuple[int, str, str, str]], gender: str, people: dict[str, list[str]]
    ) -> list[tuple[int, str]]:
        """Of the owners opening sentences on kin (`Hollis's husband, …`, `kin_owners`), the article's
        people of the pronoun's sex, as known or as a partner tells, with where they are named, when
        every relative the sentence names is of the other sex (`Lee's son, Sam, … He` may be Sam)."""
        found = []
        for position, name, told, relatives in owners:
            if not relatives or gender in relatives:
                continue
            known = self.known_gender(self.names.first_name_owner(name) or self.names.full_name(name))
            if self._is_person(name, people) and (known or told) == gender:
                found.append((position, name))
        return found

    def _addressed_by(self, name: str, gender: str, after: int, before: int) -> bool:
        """Whether a he/she of this gender spoke to the person between two offsets ("he told
        Varga"): the pronoun's chain then stands for someone else."""
        return any(
            g == gender and after < at <= before and (name_matches(told, name) or name_matches(name, told))
            for at, g, told in self._addressed
        )

    def _given_name_gender(self, name: str) -> str | None:
        """ "m" or "f" when the person's fullest name in the article opens with a given name of one
        gender ("Steven Holm" is no she); before a pronoun's earlier resolutions, which may be wrong."""
        if singular_person(name):
            return None
        full = self.names.full_name(name)
        # (a given name the article writes alone, in no fuller name: `Margo` is a she)
        if " " not in full:
            return self.names.lone_given_gender(full)
        # (a rank the name keeps before its given name: `Inspector Mary Cole` is a she)
        return first_name_gender(full) or ranked_name_gender(full)

    def gender_of(self, name: str) -> str | None:
        """ "m" or "f" when a title seen with the surname, or a description's noun, tells it."""
        # A description's own noun tells it, wherever it stands: "a spokesman for Mrs. Lee" is a he.
        words = [w.lower() for w in name.split()] if singular_person(name) else [name.split()[-1].lower()]
        if any(w in name_words.MALE_TITLES for w in words):
            return "m"
        if any(w in name_words.FEMALE_TITLES for w in words):
            return "f"
        surname = name.split()[-1]
        known = self._gender.get(fold(surname))
        if known and len(name.split()) > 1 and self.names.full_name(surname) != name and not _particles(name):
            return None  # "Mrs. Tarn" may be another Tarn of the article than John Tarn
        return known


def _particles(name: str) -> bool:
    """Whether every word of a name but its last is a surname's particle (`de la Cruz`, `Ó Faoláin`):
    a surname written whole after its title, so the title's sex is the name's."""
    words = name.split()[:-1]
    return all(
        w in name_words.GAELIC_PARTICLES or (w.islower() and w in name_words.NAME_PARTICLES) for w in words
    )
