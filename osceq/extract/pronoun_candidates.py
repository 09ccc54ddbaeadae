"""The tests a he or she pronoun's candidate passes before the resolver takes it: the name it is
known by, and a clause's other speaker who may be the pronoun's as well; and the reporters of
others' words noted as candidates. `Resolver` in `speakers.py` builds on this class."""

from __future__ import annotations

import bisect

from osceq.extract import function_words as fw
from osceq.extract.agent_descriptions import one_unlisted_doer
from osceq.extract.apposed_sexes import apposed_sex
from osceq.extract.article_people import ArticlePeople
from osceq.extract.name_words import FEMALE_TITLES, MALE_TITLES
from osceq.extract.names import DESCRIPTION, PERSON, name_matches, parse_mention, singular_person
from osceq.extract.reported_others import reported_other
from osceq.extract.speaker_names import QUOTED_PREDICATE, REPORTED_AFTER, beside_owner
from osceq.extract.subjects import may_be_he_or_she
from osceq.extract.victims import named_as_victim
from osceq.models import Span

__all__ = ["PronounCandidates"]


class PronounCandidates(ArticlePeople):
    """A pronoun's candidates tested against the article's people; the state is filled in by `Resolver`."""

    _people: dict[str, list[str]] | None  # last key word -> names a subject may be

    def _other_speaker(self, other: str, candidate: str, gender: str, people: dict[str, list[str]]) -> bool:
        """Whether a clause's speaker is a person, not the candidate, who may be the pronoun's."""
        named = parse_mention(other)
        if named.kind == DESCRIPTION and singular_person(named.name):
            # `"…," a spokesman said, but the minister told reporters …`: one person described, who may
            # be the pronoun's; only against a candidate described too (`Tom Reed said …, and the
            # minister told …` may well be Reed again, the description being his office)
            if parse_mention(candidate).kind != DESCRIPTION:
                return False
            return named.name.lower() != candidate.lower() and self.known_gender(named.name) in (None, gender)
        if named.kind != PERSON or not self._is_person(named.name, people):
            return False
        if name_matches(named.name, candidate) or name_matches(candidate, named.name):
            return False
        return self.known_gender(named.name) in (None, gender)

    def candidate_name(self, position: int, found_name: str, gender: str, before: int) -> str | None:
        """The name a pronoun's candidate is known by, when it may be the pronoun's person."""
        name = self.names.known_form(position, found_name)
        if not (may_be_he_or_she(name) or one_unlisted_doer(name)):
            return None
        if self._addressed_by(name, gender, position, before):
            return None
        if beside_owner(self.text, position, found_name, gender, before):
            return None  # "His opponent, Lee, won. He told": the pronoun is the possessor's
        if QUOTED_PREDICATE.fullmatch(self.text, position, before):
            return None  # "Lee “caused havoc,” he said": Lee is talked about, by someone else
        known = self.known_gender(name)
        if known not in (None, gender) and apposed_sex(self.text, position, name) == gender:
            known = gender  # `The chairwoman, Gabriele Sarrow,`: her role tells what a given name may not
        if known is None and REPORTED_AFTER.match(self.text, position + len(found_name)):
            return None  # "…, Bright Lantern Watch first reported": an outlet, no he or she
        return name if known is None or known == gender else None

    def reports_another(
        self, position: int, name: str, gender: str, before: int, people: dict[str, list[str]]
    ) -> bool:
        """Whether the candidate's sentence closes the paragraph before the pronoun's with a report on
        another person known to be of its sex (`reported_others`): the He opening the paragraph may be
        that person's as well as the candidate's."""
        other = reported_other(self.text, position, before)
        if other is None or name_matches(other, name) or name_matches(name, other):
            return False
        plain = parse_mention(other).name
        title = other.split(".", 1)[0].lower() if "." in other else ""  # (`Ms. Reyes` is a she)
        sex = "m" if title in MALE_TITLES else "f" if title in FEMALE_TITLES else self.known_gender(plain)
        return sex == gender and self._is_person(plain, people)  # (a firm's name tells no sex: `Heinz is`)

    def victim_passed_over(
        self, position: int, name: str, gender: str, candidates: list[tuple[int, str]]
    ) -> bool:
        """Whether a candidate who has not spoken is named as one dead (`named_as_victim`)
        while the pronoun's candidates hold someone else who may be of its sex."""
        return named_as_victim(self.text, position, name) and any(
            not (name_matches(other, name) or name_matches(name, other))
            and self.known_gender(other) in (None, gender)
            for _, other in candidates
        )

    def note_reporter(self, mention: Span, owner: str) -> None:
        """A person named as reporting words that are another's, owner as written (`Lee said his
        mother once called it "…"`): the he or she after it may be the reporter's, and the owner's
        "his" or "her" tells the reporter's sex."""
        named = parse_mention(mention.text)
        if named.kind != PERSON:
            return
        full = self.names.full_name(named.name)
        bisect.insort(self._speakers, (mention.start, full))
        gender = fw.PRONOUN_GENDER.get(owner.split(" ", 1)[0].lower()) if " " in owner else None
        if gender in ("m", "f"):
            self._resolved_gender.setdefault(full, gender)
