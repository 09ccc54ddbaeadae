"""Speaker names in one article: one canonical name per person, and pronouns resolved to people.

The name functions that need no article (keys, matching, corpus merging) live in `names.py`;
they are re-exported here for the modules that import them from this one. A description that
stands for a named person ("the Reno senator") is read in `descriptions.py`, which asks the
resolver what it knows of the article's people. The people's names themselves (fullest forms,
titles, appositions) are read in `article_names.py`.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from osceq.extract import function_words as fw
from osceq.extract.accused_answers import accused_before
from osceq.extract.agent_descriptions import one_unlisted_doer
from osceq.extract.agent_own_words import agent_before_own_words
from osceq.extract.article_names import ArticleNames
from osceq.extract.clause_speakers import clause_speakers
from osceq.extract.cut_names import possessive_name
from osceq.extract.delayed_names import described_before_named
from osceq.extract.descriptions import (
    apposed_name,
    join_roles,
    name_beside,
    named_before,
    names_an_office,
    role_holder,
    title_holder,
)
from osceq.extract.first_name_speakers import full_name_of_sex, shown_full_name
from osceq.extract.it_antecedent import it_antecedent
from osceq.extract.kin_subjects import nearer_subject_between
from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.list_speakers import shown_list
from osceq.extract.mention_shapes import and_in_organisation_name, persons_own_person
from osceq.extract.name_words import ABBREVIATED_GIVEN_NAMES, ABBREVIATED_TITLES
from osceq.extract.names import (
    DESCRIPTION,
    PERSON,
    canonical_names,
    clean_role,
    core_name,
    is_person_name,
    name_matches,
    parse_mention,
    singular_person,
    speaker_key,
)
from osceq.extract.office_of_body import office_before_body, office_of_body
from osceq.extract.opening_clause_heads import another_main_subject
from osceq.extract.possessive_speakers import bracketed_affiliation, owned_body, possessive_firm
from osceq.extract.pressed_openers import questioned_in_opening
from osceq.extract.pronoun_candidates import PronounCandidates
from osceq.extract.questions import (
    asked_unnamed_word,
    newcomer_between,
    question_to_pronoun,
    reported_question,
)
from osceq.extract.quote_right_after import quote_right_after
from osceq.extract.relative_antecedents import relative_antecedent
from osceq.extract.relative_heads import in_persons_relative
from osceq.extract.remembered_sayings import remembered_by, speaks_of_another
from osceq.extract.speaker_names import (
    OWNED,
    after_the,
    last_key_word,
    names_nobody,
    reported_subject_before,
    sentence_case_opener,
)
from osceq.extract.subject_index import SubjectIndex
from osceq.extract.subjects import ANOTHER
from osceq.extract.they_antecedent import they_antecedent
from osceq.extract.unnamed_subjects import unplaced_subject_between
from osceq.extract.verb_surnames import known_verb_surname
from osceq.models import Block, Span

__all__ = [
    "PRONOUNS",
    "Resolver",
    "canonical_names",
    "clean_role",
    "core_name",
    "is_person_name",
    "name_matches",
    "speaker_key",
]

PRONOUNS = frozenset(fw.PRONOUN_GENDER)
# How far back (characters) a pronoun looks for its person: on train, a person found further back
# was the wrong one about two times in three, and no person is better than a wrong one.
_WINDOW = 1000


# The capitalised name run opening a sentence (`Jerome Haskins, the chairman, …`).
_OPENING_NAME = any_case_pattern(r"[A-Z][\w’'\-]*[a-z](?:\s+[A-Z][\w’'\-]*[a-z]){0,2}(?=[\s,])")


def _object_pronoun(gender: str) -> str:
    """The object pronoun of a he (him) or a she (her)."""
    return "him" if gender == "m" else "her"


class Resolver(PronounCandidates):
    """Resolves speaker mentions in one article: surnames to full names, pronouns to people."""

    def __init__(self, text: str, body: Sequence[Block]) -> None:
        self.text = text
        self.body = body
        self.names = ArticleNames(text, body)
        self._people: dict[str, list[str]] | None = None  # last key word -> names a subject may be
        # Person subjects per body block, indexed only for the blocks a pronoun's window reaches.
        self._subjects = SubjectIndex(text, body)
        self._gender: dict[str, str] = {}
        self._roles: dict[str, str] = {}  # roles seen with quoted mentions
        # Every role the article gives each person, joined, for "the governor" to find its holder,
        # gathered once (the roles of quoted mentions as they come).
        self._office_roles: dict[str, str] | None = None
        self._unfolded_roles: list[tuple[str, str]] = []
        self._speakers: list[tuple[int, str]] = []  # (offset, name) of the names resolved so far, sorted
        self._addressed: list[tuple[int, str, str]] = []  # (offset, gender, name) of "he told Name"
        self._resolved_gender: dict[str, str] = {}  # the pronoun's gender each person was given
        self._firms: dict[str, bool] = {}  # names found to be firms' (`ArticlePeople._firm`)

    def resolve(
        self, mention: Span, kind: str, role: str | None = None
    ) -> tuple[str | None, tuple[str, ...]]:
        """The canonical speaker for a mention, and the other names it goes by in the article.

        A person gets the article's fullest form of the name; an organisation its name; a description
        ("a company spokesman") stays as written, since it names nobody in particular.
        """
        if kind == "list":
            return shown_list(self.text, mention, self.names.full_name), ()  # all of them, none alone
        if kind == "pronoun":
            if mention.text.lower() == "it":
                return it_antecedent(self.text, self.body, mention), ()
            if mention.text.lower() == "they":
                return they_antecedent(self.text, self.body, mention), ()
            return self._antecedent(mention), ()
        if kind == "relative":
            match = relative_antecedent(self.text, mention.start)  # (past `of` and a place)
            if match is None:
                return None, ()
            named = parse_mention(match.group(1))
            if named.kind != PERSON:
                return named.name, ()
            full = self.names.full_name(named.name)
            # "Ann Lee, who told them: “…”" makes her the he or she of the quotes after it.
            bisect.insort(self._speakers, (match.start(1), full))
            return full, ()
        whole = possessive_name(self.text, mention) if kind in ("name", "nominal") else None
        if whole is not None:
            return whole or None, ()  # `Your Vote Counts said`: the group's whole name, or nobody
        if mention.text.strip().rstrip(".") in (*ABBREVIATED_TITLES, *ABBREVIATED_GIVEN_NAMES):
            return None, ()  # `Mr. Asked said` read as `Mr.` and a verb: a title alone is nobody's name
        named = parse_mention(mention.text)
        if named.kind == DESCRIPTION and " and " in named.name and not and_in_organisation_name(named.name):
            # Two people speaking together: each by the article's fullest form of the name.
            parts = named.name.split(" and ")
            # (a described one by the office's holder the article names: `the mayor of Reno and Tom Reed`)
            return " and ".join(
                self.names.full_name(p) if is_person_name(p) else self._office_holder(p, mention.start) or p
                for p in parts
            ), ()
        if kind in ("nominal", "name") and (
            named.kind == DESCRIPTION or office_before_body(self.text, mention)
        ):
            apposed = self._apposed_name(mention)
            if apposed is not None:
                return apposed, ()
        office = office_of_body(self.text, mention) if kind == "name" and named.kind != PERSON else None
        if office is not None:
            return office, ()  # `The Governor of the Bank of Tarnland, Dorvik, said`: the governor
        owned = OWNED.match(named.name) if named.kind == DESCRIPTION else None
        if owned and persons_own_person(owned.group(3)) and parse_mention(owned.group(1)).kind == PERSON:
            # "Mrs. Lee's campaign" speaks for Ann Lee, and is shown so, never as Ann Lee herself.
            return self.names.full_name(core_name(owned.group(1))) + owned.group(2), ()
        if named.kind == PERSON and possessive_firm(self.text, mention):
            return mention.text.strip(), ()
        body_speaking = owned_body(self.text, mention) if named.kind == PERSON else None
        if body_speaking is not None:
            return body_speaking, ()
        if named.kind != PERSON:
            speaker = mention.text if kind == "nominal" and named.kind != DESCRIPTION else named.name
            if named.kind == DESCRIPTION:
                speaker += bracketed_affiliation(self.text, mention, speaker)
                speaker = sentence_case_opener(self.text, mention, speaker, self.names.lower_case_words())
            holder = self._office_holder(speaker, mention.start) if named.kind == DESCRIPTION else None
            if holder is not None:
                bisect.insort(self._speakers, (mention.start, holder))
                return holder, ()
            if named.kind == DESCRIPTION and (singular_person(speaker) or one_unlisted_doer(speaker)):
                bisect.insort(self._speakers, (mention.start, speaker))  # "…," he added: the spokesman again
            return speaker, ()
        if names_nobody(self.text, mention, named.name) and not known_verb_surname(
            named.name, self.names.names_by_last.get(last_key_word(named.name), ())
        ):
            return None, ()
        full = shown_full_name(self.names, mention.text, named.name)
        if not after_the(self.text, mention):  # not so "the Reno Star": a paper, no he or she
            bisect.insort(self._speakers, (mention.start, full))
        role = clean_role(role) or self.names.title_before(mention, named.name) or named.role
        if role:
            self._keep_role(full, role)
        aliases = tuple(sorted({mention.text} - {full}))
        return full, aliases

    def _apposed_name(self, mention: Span) -> str | None:
        """The person a description stands beside between commas (`descriptions.name_beside`), who
        is the speaker, by the article's fullest name, with the description as the role."""
        beside = name_beside(self.text, mention)
        if beside is None:
            return None
        name, role = beside
        full = self.names.full_name(name)
        bisect.insort(self._speakers, (mention.start, full))
        cleaned = clean_role(role)
        if cleaned:
            self._keep_role(full, cleaned)
        return full

    def _keep_role(self, full: str, role: str) -> None:
        if full not in self._roles:
            self._roles[full] = role
            self._unfolded_roles.append((full, role))

    def _office_holder(self, description: str, position: int) -> str | None:
        """The one person the article gave the office a speaker's description names ("the governor"
        for "Gov. Ann Lee"), by the fullest name (`descriptions.role_holder`)."""
        if not names_an_office(description):
            return None  # (before gathering the article's roles, which every mention would repeat)
        if self._people is None:
            self._index_people()  # the genders the article's titles tell
        if self._office_roles is None:
            names = self.names
            self._office_roles = {}
            found = [*names.titles.items(), *names.appositions.items(), *names.offices]
            join_roles(self._office_roles, found, names)
        join_roles(self._office_roles, self._unfolded_roles, self.names)
        self._unfolded_roles.clear()
        return role_holder(self.text, description, position, self._office_roles, self)

    def role_of(self, speaker: str | None) -> str | None:
        """The speaker's role in this article: from an apposition or a title beside a quoted mention,
        else from a title written before the full name anywhere in the body, else from an apposition
        after it (`Ann Lee, the head of the Reno council, arrived`)."""
        if not speaker:
            return None
        return (
            self._roles.get(speaker) or self.names.titles.get(speaker) or self.names.appositions.get(speaker)
        )

    def _antecedent(self, mention: Span) -> str | None:
        """The person a he/she pronoun stands for: the subject of the latest sentence before it.

        Subjects beat objects ("A handed the prize to B. … she said" is A's); a known gender (from
        Mr./Ms. titles, or "spokeswoman") rules candidates out; names inside quotations never count.
        """
        gender = fw.PRONOUN_GENDER.get(mention.text.lower())
        if gender not in ("m", "f"):
            return None
        if self._people is None:
            self._index_people()
        # Only the window before the mention: a long file has thousands of subjects and speakers.
        lowest = mention.start - _WINDOW
        people = self._people or {}
        subjects = self._subjects.between(lowest, mention.start, lambda name: self._is_person(name, people))
        # (Sorted, so the window is a slice: a scan of every speaker for each pronoun grew with the
        # square of a huge file's length.)
        low_at = bisect.bisect_left(self._speakers, (lowest,))
        near = self._speakers[low_at : bisect.bisect_left(self._speakers, (mention.start,), low_at)]
        owners = self.kin_owners(self._subjects.owners_between(lowest, mention.start), gender, people)
        candidates = sorted([*subjects, *near, *owners], reverse=True)
        quoted_at = {position for position, _ in near}
        question = reported_question(self.text, mention.start)
        answering = self._reported_addressee(question, gender, people) if question else None
        if answering is not None and question is not None:
            if self._asker_may_answer(question[0], gender, mention.start):
                return None  # `Ann Lee asked Roe whether …. "She refused," she said`: Lee, or another
            return answering  # `Lee asked Roe whether …. "No," she said`: Roe answers
        # `Lee asked him whether …. "No," he said`: whoever the him is, the asker does not answer.
        asker = question[0] if question and question[1] == _object_pronoun(gender) else None
        # (the asker by the name opening the question's sentence, wherever its subject was indexed)
        opening = _OPENING_NAME.match(asker.text) if asker is not None else None
        passed_over: list[str] = [opening.group()] if opening else []
        asked_at = None  # where a question was put to him/her, its asker passed over
        remembered = remembered_by(self.text, mention.end)
        other_sex = False  # whether a person of the other sex was passed over
        for rank, (position, found_name) in enumerate(candidates):
            if remembered and position in quoted_at and speaks_of_another(self.text, position, gender):
                return None  # `"He never …," Bo said. … He liked to say`: Bo, or the he Bo spoke of
            if asker is not None and asker.start <= position < asker.end:
                passed_over.append(found_name)
            if any(name_matches(found_name, gone) or name_matches(gone, found_name) for gone in passed_over):
                continue
            if question_to_pronoun(self.text, position, mention.start) == _object_pronoun(gender):
                passed_over.append(found_name)  # `"…?" Lee asked him. "No," he said`: not Lee
                asked_at = position if asked_at is None else asked_at
                continue
            if asked_at is not None and newcomer_between(self.text, position, asked_at):
                return None  # `A boy climbs in. "…?" Lee asks him. "Yes," he says`: the boy
            if found_name == ANOTHER:
                if position in quoted_at:
                    continue  # `A spokesman said "…"`: the unnamed subject is quoted, and its own he
                # `Another said …. "…," he said`: that other one, never the one named before
                return ANOTHER if quote_right_after(self.text, position, mention.start) else None
            addressee = self._person_asked(position, mention.start, people)
            if addressee is not None and self._answers(addressee, found_name, gender):
                return addressee  # `"…?" Ann Lee asked Roe. "No," he said`: Roe answers
            if addressee is not None and self.known_gender(addressee) is None:
                return None  # `"…?" Ivo Lee asked Roe. "No," he said`: Roe may answer as well as Lee
            if addressee is None and asked_unnamed_word(self.text, position, mention.start):
                return None  # `"…?" Lee asked Holt. "No," he said`: Holt (or a firm) answers
            questioned = questioned_in_opening(self.text, position, mention.start)
            if questioned is not None and not questioned[1]:
                asked = self.names.full_name(questioned[0])
                if self.known_gender(asked) == gender:
                    return asked  # `When Lee pressed Tom Reed on …, he said`: the one pressed answers
            elif questioned is not None and questioned[0] == _object_pronoun(gender):
                continue  # `When Lee pressed him on taxes, he said`: the he is not Lee
            if position not in quoted_at and self.victim_passed_over(
                position, found_name, gender, candidates
            ):
                continue  # `The blast killed Otto Brandt.`: the he is another's if any
            name = self.candidate_name(position, found_name, gender, mention.start)
            if name is None:
                other_sex = other_sex or self.known_gender(found_name) not in (None, gender)
                continue
            if in_persons_relative(self.text, position):
                return None  # `Ann Lee, whom Tom Reed called "…," left. He said`: Lee may be the he
            main = another_main_subject(self.text, position, name)
            if main is not None and self.known_gender(main) in (None, gender):
                return None  # `As Reed called it "…," Lee left. He said`: Lee may be the he
            if agent_before_own_words(self.text, position, mention.start):
                return None  # `His lawyer insisted …. "I am innocent," he said`: the client's, or nobody's
            if (
                other_sex
                and self.known_gender(name) is None
                and described_before_named(self.text, position, name, mention.start, gender)
            ):
                return None  # `A teacher won. Mary Lee said …. "…," he said`: the teacher is Lee
            if unplaced_subject_between(
                self.text, position, mention.start, self.names.lower_case_words(), people
            ):
                return None  # `Lee won.\n\nVarga admitted it. "…," he said`: Varga may be the he
            accused = accused_before(self.text, position, mention.start)
            if accused and not name_matches(accused, name) and self.known_gender(accused) == gender:
                return (
                    None  # `Venn said Tollan had misled …. "I never misled …," she said`: Tollan may answer
                )
            if self.reports_another(position, name, gender, mention.start, people):
                return None  # `Brun said that Mr. Sorrel had been "…".\n\nHe left`: either man's
            if nearer_subject_between(self.text, position, mention.start, gender, name):
                return None  # `Lee spoke. His mother voted no. She said`: the mother, not Lee
            if self.firm_said_between(position, mention.start, people):
                return None  # `Lee spoke. Kestrel Corp said …. "…," he said`: the firm's spokesman
            joined = clause_speakers(self.text, position, mention.start)
            if any(self._other_speaker(other, name, gender, people) for other in joined):
                return None  # `Lee spoke, but Reed said …. "…," he said`: Reed may be the he
            if not singular_person(name):
                found = self.names.full_name(name)
                if self.text.startswith(found, position):
                    # (a surname written alone that two of the article's people share, a couple's
                    # or siblings': the one of the pronoun's sex, when only one is)
                    found = full_name_of_sex(self.names, found, gender)
            else:
                holder = self._office_holder(name, position)
                holder = holder or title_holder(name, {**self.names.titles, **self._roles})
                holder = holder or apposed_name(self.text, position, self.names.names_by_last)
                holder = holder or named_before(
                    self.text, name, position, candidates[rank + 1 :], gender, mention.start, self
                )
                found = self.names.full_name(holder) if holder else name
            # A "he" given to a person makes them a he for the later pronouns of the article, under
            # every form of the name ("She" for Quell is no later "he" for Ann Quell).
            self._resolved_gender.setdefault(name, gender)
            self._resolved_gender.setdefault(found, gender)
            return found
        # None may be its person: then the subject reported right before ("Ivo Marsh said Lee urged …").
        reported = reported_subject_before(self.text, mention.start)
        if reported is None or not self._is_person(reported, people):
            return None
        return self.names.full_name(reported) if self.known_gender(reported) in (None, gender) else None
