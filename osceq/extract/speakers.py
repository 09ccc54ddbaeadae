"""Speaker names in one article: one canonical name per person, and pronouns resolved to people.

The name functions that need no article (keys, matching, corpus merging) live in `names.py`;
they are re-exported here for the modules that import them from this one. A description that
stands for a named person ("the Reno senator") is read in `descriptions.py`, which asks the
resolver what it knows of the article's people.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from osceq.extract import function_words as fw
from osceq.extract import name_words
from osceq.extract.descriptions import apposed_name, name_beside, named_before, title_holder
from osceq.extract.first_names import by_first_word, first_name_gender, named_as_thing
from osceq.extract.it_antecedent import it_antecedent
from osceq.extract.mention_shapes import and_in_organisation_name, persons_own_person
from osceq.extract.names import (
    DESCRIPTION,
    PERSON,
    canonical_names,
    clean_role,
    core_name,
    is_person_name,
    longest_only,
    name_matches,
    parse_mention,
    singular_person,
    speaker_key,
)
from osceq.extract.possessive_speakers import bracketed_affiliation, owned_body, possessive_firm
from osceq.extract.speaker_names import (
    ADDRESSED,
    FULL_NAME,
    GENDERED,
    GENERATION_COMMA,
    LOWER_WORD,
    NAME_BEFORE_COMMA,
    OWNED,
    QUOTED_PREDICATE,
    REPORTED_AFTER,
    SENTENCE_OPENING,
    TITLE_OF,
    after_the,
    apposed_role,
    beside_owner,
    firm_prefix_length,
    initial_before,
    initials_names,
    inverted_verb_length,
    last_key_word,
    lone_after_function_word,
    names_a_person,
    names_nobody,
    nicknamed_names,
    reported_subject_before,
    sentence_case_opener,
    title_case_line,
    title_case_words,
)
from osceq.extract.subject_index import SubjectIndex
from osceq.extract.subjects import may_be_he_or_she
from osceq.extract.text import fold
from osceq.extract.unnamed_subjects import unplaced_subject_between
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


class Resolver:
    """Resolves speaker mentions in one article: surnames to full names, pronouns to people."""

    def __init__(self, text: str, body: Sequence[Block]) -> None:
        self.text = text
        self.body = body
        self._names: list[str] | None = None
        self._names_by_last: dict[str, list[str]] = {}  # last key word -> known names ending in it
        self._people: dict[str, list[str]] | None = None  # last key word -> names a subject may be
        # Person subjects per body block, indexed only for the blocks a pronoun's window reaches.
        self._subjects = SubjectIndex(text, body)
        self._gender: dict[str, str] = {}
        self._roles: dict[str, str] = {}  # roles seen with quoted mentions
        self._titles: dict[str, str] = {}  # titles seen before full names anywhere in the body
        self._appositions: dict[str, str] = {}  # roles set off by commas after full names in the body
        self._full: dict[str, str] = {}
        self._speakers: list[tuple[int, str]] = []  # (offset, name) of the names resolved so far, sorted
        self._thing_names: dict[str, bool] = {}  # full name -> whether the text writes it as a firm's
        self._lower_words: set[str] | None = None  # words the article writes in lower case
        self._addressed: list[tuple[int, str, str]] = []  # (offset, gender, name) of "he told Name"
        self._resolved_gender: dict[str, str] = {}  # the pronoun's gender each person was given
        self._headline_runs: set[str] = set()  # names of three words or more read in a title-case line
        self._by_first: dict[str, dict[str, str]] | None = None  # first word -> {key: known name}

    def resolve(
        self, mention: Span, kind: str, role: str | None = None
    ) -> tuple[str | None, tuple[str, ...]]:
        """The canonical speaker for a mention, and the other names it goes by in the article.

        A person gets the article's fullest form of the name; an organisation its name; a description
        ("a company spokesman") stays as written, since it names nobody in particular.
        """
        if kind == "pronoun":
            if mention.text.lower() == "it":
                return it_antecedent(self.text, self.body, mention), ()
            return self._antecedent(mention), ()
        if kind == "relative":
            match = NAME_BEFORE_COMMA.search(self.text, max(0, mention.start - 120), mention.start)
            if match is None:
                return None, ()
            named = parse_mention(match.group(1))
            if named.kind != PERSON:
                return named.name, ()
            full = self.full_name(named.name)
            # "Ann Lee, who told them: “…”" makes her the he or she of the quotes after it.
            bisect.insort(self._speakers, (match.start(1), full))
            return full, ()
        named = parse_mention(mention.text)
        if named.kind == DESCRIPTION and " and " in named.name and not and_in_organisation_name(named.name):
            # Two people speaking together: each by the article's fullest form of the name.
            parts = named.name.split(" and ")
            return " and ".join(self.full_name(p) if is_person_name(p) else p for p in parts), ()
        if named.kind == DESCRIPTION and kind in ("nominal", "name"):
            apposed = self._apposed_name(mention)
            if apposed is not None:
                return apposed, ()
        owned = OWNED.match(named.name) if named.kind == DESCRIPTION else None
        if owned and persons_own_person(owned.group(3)) and parse_mention(owned.group(1)).kind == PERSON:
            # "Mrs. Lee's campaign" speaks for Ann Lee, and is shown so, never as Ann Lee herself.
            return self.full_name(core_name(owned.group(1))) + owned.group(2), ()
        if named.kind == PERSON and possessive_firm(self.text, mention):
            return mention.text.strip(), ()
        body_speaking = owned_body(self.text, mention) if named.kind == PERSON else None
        if body_speaking is not None:
            return body_speaking, ()
        if named.kind != PERSON:
            speaker = mention.text if kind == "nominal" and named.kind != DESCRIPTION else named.name
            if named.kind == DESCRIPTION:
                speaker += bracketed_affiliation(self.text, mention, speaker)
                speaker = sentence_case_opener(self.text, mention, speaker, self._lower_case_words())
            if named.kind == DESCRIPTION and singular_person(speaker):
                bisect.insort(self._speakers, (mention.start, speaker))  # "…," he added: the spokesman again
            return speaker, ()
        if names_nobody(self.text, mention, named.name):
            return None, ()
        full = self.full_name(named.name)
        if not after_the(self.text, mention):  # not so "the Reno Star": a paper, no he or she
            bisect.insort(self._speakers, (mention.start, full))
        role = clean_role(role) or self._title_before(mention, named.name) or named.role
        if role:
            self._roles.setdefault(full, role)
        aliases = tuple(sorted({mention.text} - {full}))
        return full, aliases

    def _apposed_name(self, mention: Span) -> str | None:
        """The person a description stands beside between commas (`descriptions.name_beside`), who
        is the speaker, by the article's fullest name, with the description as the role."""
        beside = name_beside(self.text, mention)
        if beside is None:
            return None
        name, role = beside
        full = self.full_name(name)
        bisect.insort(self._speakers, (mention.start, full))
        cleaned = clean_role(role)
        if cleaned:
            self._roles.setdefault(full, cleaned)
        return full

    def _title_before(self, mention: Span, name: str) -> str | None:
        """The title a mention was cut from: "Chancellor of" before "the Exchequer Tomas Ebner"."""
        if not self.text.endswith(("of ", "of the "), max(0, mention.start - 7), mention.start):
            return None
        match = TITLE_OF.search(self.text, max(0, mention.start - 80), mention.start)
        if match is None:
            return None
        extended = parse_mention(match.group() + mention.text)
        return extended.role if extended.kind == PERSON and extended.name == name else None

    def full_name(self, name: str) -> str:
        """The article's fullest name that this one shortens, when only one person fits."""
        if not name:
            return name
        if name not in self._full:
            self._full[name] = self._fullest(name)
        return self._full[name]

    def _fullest(self, name: str) -> str:
        key = speaker_key(name)
        self._known_names()
        fuller = {
            speaker_key(n): n
            for n in self._names_by_last.get(last_key_word(name), ())
            if name_matches(name, n) and len(speaker_key(n)) > len(key) and n not in self._headline_runs
        }
        longest = longest_only(fuller)
        if longest is not None:
            return longest
        # The article's own spacing of initials: "T. K. Arleth", read back from tokens, is "T.K. Arleth".
        spaced = name.replace(" ", "")
        return next(
            (n for n in self._names_by_last.get(last_key_word(name), ()) if n.replace(" ", "") == spaced),
            name,
        )

    @property
    def names_by_last(self) -> dict[str, list[str]]:
        """The people's names in the body by the last word of their key."""
        self._known_names()
        return self._names_by_last

    def role_of(self, speaker: str | None) -> str | None:
        """The speaker's role in this article: from an apposition or a title beside a quoted mention,
        else from a title written before the full name anywhere in the body, else from an apposition
        after it (`Ann Lee, the head of the Reno council, arrived`)."""
        if not speaker:
            return None
        return self._roles.get(speaker) or self._titles.get(speaker) or self._appositions.get(speaker)

    def _known_names(self) -> list[str]:
        """People's names in the body, titles and offices removed (a cheap regex scan, then a parse)."""
        if self._names is None:
            names = []
            mid_sentence: set[str] = set()
            for block in self.body:
                headline = title_case_line(self.text, block.start, block.end)
                for match in FULL_NAME.finditer(self.text, block.start, block.end):
                    skipped = inverted_verb_length(self.text, match.start()) or firm_prefix_length(
                        self.text, match.start(), match.group()
                    )
                    if skipped:
                        match = FULL_NAME.match(self.text, match.start() + skipped, block.end) or match
                    written = initial_before(self.text, match.start(), block.start) + match.group()
                    named = parse_mention(GENERATION_COMMA.sub(" ", written))
                    if (
                        named.kind == PERSON
                        and not title_case_words(named.name)
                        and not lone_after_function_word(named.name, match.group())
                    ):
                        names.append(named.name)
                        if headline and len(named.name.split()) > 2:
                            # `Ann Roe Says Lee Will Win`: a headline's capitals run words together, so
                            # such a run is no fuller form of "Lee".
                            self._headline_runs.add(named.name)
                        if not SENTENCE_OPENING.search(self.text, max(0, match.start() - 3), match.start()):
                            mid_sentence.add(named.name)
                        span = Span(match.group(), match.start(), match.end())
                        title = self._title_before(span, named.name) or named.role
                        if title and not headline:  # `Lee Praises Party Editor Bo Park`: no role
                            self._titles.setdefault(named.name, title)
                        apposed = clean_role(apposed_role(self.text, match.end()))
                        if apposed and not headline:
                            self._appositions.setdefault(named.name, apposed)
                # "T.K. Arleth"; `Juan "Kiko" Arleth` as the subjects read it, without the nickname
                initials = initials_names(self.text, block.start, block.end)
                initials += nicknamed_names(self.text, block.start, block.end)
                names.extend(initials)
                mid_sentence.update(initials)
            # `Rival Ilse Varga's campaign …`, `So Tomas Holm …`: a word that only opens sentences,
            # before a name the article also writes alone, and that it writes in lower case elsewhere,
            # is no first name ("Debbie Ilse Varga" keeps hers).
            known = set(names)
            self._names = [n for n in names if n in mid_sentence or not self._common_word_before(n, known)]
            for name in self._names:
                self._names_by_last.setdefault(last_key_word(name), []).append(name)
        return self._names

    def _common_word_before(self, name: str, known: set[str]) -> bool:
        """Whether a name of three words or more is a common word before a name known alone."""
        first, _, rest = name.partition(" ")
        if len(rest.split()) < 2 or rest not in known:
            return False
        return first.lower() in self._lower_case_words()

    def _lower_case_words(self) -> set[str]:
        """The words the article writes in lower case, read once per article (so it stays linear)."""
        if self._lower_words is None:
            self._lower_words = set(LOWER_WORD.findall(self.text))
        return self._lower_words

    def _index_people(self) -> None:
        """Collect the names a subject may be, and the genders and "he told X" of the whole text
        (built when a pronoun needs them)."""
        self._known_names()
        people = {last: list(names) for last, names in self._names_by_last.items()}
        for _, name in self._speakers:
            people.setdefault(last_key_word(name), []).append(name)
        self._people = people
        for match in GENDERED.finditer(self.text):
            female = match.group(1) in ("Mrs", "Ms", "Miss", "Dame", "Lady", "Queen", "Princess")
            self._gender[fold(match.group(2))] = "f" if female else "m"
        self._addressed = [
            (match.start(), fw.PRONOUN_GENDER[match.group(1).lower()], match.group(2))
            for match in ADDRESSED.finditer(self.text)
        ]

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
        candidates = sorted([*subjects, *near], reverse=True)
        for rank, (position, found_name) in enumerate(candidates):
            name = self.candidate_name(position, found_name, gender, mention.start)
            if name is None:
                continue
            if unplaced_subject_between(self.text, position, mention.start, self._lower_case_words(), people):
                return None  # `Lee won.\n\nVarga admitted it. "…," he said`: Varga may be the he
            if not singular_person(name):
                found = self.full_name(name)
            else:
                holder = title_holder(name, {**self._titles, **self._roles})
                holder = holder or apposed_name(self.text, position, self._names_by_last)
                holder = holder or named_before(
                    self.text, name, position, candidates[rank + 1 :], gender, mention.start, self
                )
                found = self.full_name(holder) if holder else name
            # A "he" given to a person makes them a he for the later pronouns of the article.
            self._resolved_gender.setdefault(name, gender)
            return found
        # None may be its person: then the subject reported right before ("Ivo Marsh said Lee urged …").
        reported = reported_subject_before(self.text, mention.start)
        if reported is None or not self._is_person(reported, people):
            return None
        return self.full_name(reported) if self.known_gender(reported) in (None, gender) else None

    def candidate_name(self, position: int, found_name: str, gender: str, before: int) -> str | None:
        """The name a pronoun's candidate is known by, when it may be the pronoun's person."""
        name = self.known_form(position, found_name)
        if not may_be_he_or_she(name) or self._addressed_by(name, gender, position, before):
            return None
        if beside_owner(self.text, position, found_name, gender, before):
            return None  # "His opponent, Lee, won. He told": the pronoun is the possessor's
        if QUOTED_PREDICATE.fullmatch(self.text, position, before):
            return None  # "Lee “caused havoc,” he said": Lee is talked about, by someone else
        known = self.known_gender(name)
        if known is None and REPORTED_AFTER.match(self.text, position + len(found_name)):
            return None  # "…, Bright Lantern Watch first reported": an outlet, no he or she
        return name if known is None or known == gender else None

    def known_gender(self, name: str) -> str | None:
        """A person's gender as far as the article tells: a given name, an earlier he or she, a title."""
        return self._given_name_gender(name) or self._resolved_gender.get(name) or self.gender_of(name)

    def _is_person(self, name: str, people: dict[str, list[str]]) -> bool:
        return names_a_person(name, people) or self._first_name_owner(name) is not None

    def known_form(self, position: int, name: str) -> str:
        """The name a pronoun's candidate is known by in the article: the full name a lone first name
        shortens ("Mira was incredulous" after "Mira Toll"), the person's name without the word that
        opened its sentence ("Maybe Holm is …", "Was Lee satisfied?")."""
        owner = self._first_name_owner(name)
        if owner is not None:
            return owner
        first, _, rest = name.partition(" ")
        if not rest or singular_person(name):
            return name
        if not SENTENCE_OPENING.search(self.text, max(0, position - 3), position):
            return name
        lower_words = self._lower_case_words()
        self._known_names()
        if first.lower() not in lower_words or not names_a_person(rest, self._names_by_last):
            return name
        # Its full name, not counting the names that other such opening words made ("Was Lee").
        fuller = {
            speaker_key(known): known
            for known in self._names_by_last.get(last_key_word(rest), ())
            if name_matches(rest, known) and known.split()[0].lower() not in lower_words
        }
        return longest_only(fuller) or rest

    def _first_name_owner(self, name: str) -> str | None:
        """The one person of the article whose full name opens with this lone word, when the word is
        nobody's surname in it: "Mira" for "Mira Toll"."""
        if not name.isalpha() or not name[:1].isupper() or singular_person(name):
            return None
        if self._by_first is None:
            self._by_first = by_first_word(self._known_names())
        owners = self._by_first.get(name)
        if not owners or any(" " in known for known in self._names_by_last.get(last_key_word(name), ())):
            return None
        owner = longest_only(owners)
        if owner is None:
            return None
        if owner not in self._thing_names:  # (a scan of the whole text: once per name)
            self._thing_names[owner] = named_as_thing(self.text, owner)
        return None if self._thing_names[owner] else owner

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
        return None if singular_person(name) else first_name_gender(self.full_name(name))

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
        if known and len(name.split()) > 1 and self.full_name(surname) != name:
            return None  # "Mrs. Tarn" may be another Tarn of the article than John Tarn
        return known
