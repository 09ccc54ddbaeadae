"""The people one article names: each person's fullest name, the titles written before full names and
the roles set off by commas after them. The pronoun and speaker resolver (`speakers.py`) asks it
which person a surname, a lone first name or a sentence-opening word before a name stands for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from osceq.extract.article_particles import file_without_articles
from osceq.extract.contact_lines import contact_verb_length
from osceq.extract.descriptor_words import DESCRIPTORS_BEFORE_NAMES
from osceq.extract.firm_prefixes import firm_prefix_length
from osceq.extract.first_names import by_first_word, named_as_thing
from osceq.extract.given_names import first_name_gender, is_given_name
from osceq.extract.held_offices import (
    described_before,
    office_clause,
    title_written_before,
    titled_place,
)
from osceq.extract.joined_offices import field_before_office
from osceq.extract.letter_cases import UPPER
from osceq.extract.lone_given_names import lone_given_name_gender
from osceq.extract.name_runs import role_word
from osceq.extract.name_words import OFFICES
from osceq.extract.names import (
    PERSON,
    clean_role,
    longest_only,
    name_matches,
    parse_mention,
    singular_person,
    speaker_key,
)
from osceq.extract.particle_names import full_names
from osceq.extract.police_ranks import police_rank, surname_after_rank
from osceq.extract.role_joints import field_opening_run
from osceq.extract.sign_texts import opens_sign_text
from osceq.extract.speaker_names import (
    FULL_NAME,
    GENERATION_COMMA,
    LOWER_WORD,
    ONE_PARTICLE_NAME,
    SENTENCE_OPENING,
    TITLE_OF,
    apposed_role,
    initial_before,
    initials_names,
    inverted_verb_length,
    last_key_word,
    lone_after_function_word,
    names_a_person,
    nicknamed_names,
    title_case_line,
    title_case_words,
)
from osceq.extract.stopwords import STOPWORDS
from osceq.models import Block, Span

# What sets off a person after a name: a "who" clause or an age (`, who took 2-40,`, `, 20,`).
_PERSON_SET_OFF = r",\s+(?:who\b|aged\s+\d|\d{1,3},)"


class ArticleNames:
    """The people's names of one article's body, read once (a regex scan, then a parse) when first
    asked for."""

    def __init__(self, text: str, body: Sequence[Block]) -> None:
        self.text = text
        self.body = body
        self._names: list[str] | None = None
        self._names_by_last: dict[str, list[str]] = {}  # last key word -> known names ending in it
        self.titles: dict[str, str] = {}  # titles seen before full names anywhere in the body
        self.appositions: dict[str, str] = {}  # roles set off by commas after full names in the body
        self.first_at: dict[str, int] = {}  # where the body first writes each full name
        # Titles written before full names and `who chairs the …` clauses after them, in the body.
        self.offices: list[tuple[str, str]] = []
        self._full: dict[str, str] = {}
        self._thing_names: dict[str, bool] = {}  # full name -> whether the text writes it as a firm's
        self._lower_words: set[str] | None = None  # words the article writes in lower case
        self._headline_runs: set[str] = set()  # names of three words or more read in a title-case line
        self._by_first: dict[str, dict[str, str]] | None = None  # first word -> {key: known name}
        self.honoured_runs: set[str] | None = None  # capitalised runs written after `Sir` or `Dame`
        self._lone: dict[str, str | None] = {}  # word -> its sex as a given name written alone

    def full_name(self, name: str) -> str:
        """The article's fullest name that this one shortens, when only one person fits."""
        if not name:
            return name
        if name not in self._full:
            self._full[name] = self._fullest(name)
        return self._full[name]

    def _fullest(self, name: str) -> str:
        key = speaker_key(name)
        self.known_names()
        fuller = {
            speaker_key(n): n
            for n in self._names_by_last.get(last_key_word(name), ())
            if name_matches(name, n) and len(speaker_key(n)) > len(key) and n not in self._headline_runs
        }
        longest = longest_only(fuller)
        if longest is not None:
            return longest
        surname = surname_after_rank(name) or _surname_after_descriptor(name)
        if surname is not None and not named_as_thing(self.text, name):  # (`DS Lee Plc` is a firm)
            # `DS Lee` for the `Det Sgt Ann Lee` the article names, `Goalscorer Lee` for its `Bo
            # Lee`: the rank or the descriptor is no given name.
            others = {
                speaker_key(n): n
                for n in self._names_by_last.get(last_key_word(surname), ())
                if n != name and name_matches(surname, n) and n not in self._headline_runs
            }
            found = longest_only(others) or self._given_in_full(surname)
            if found:
                return self._titled(found, name)
        rest = _after_descriptor(name)
        if rest and re.search(re.escape(name) + _PERSON_SET_OFF, self.text):
            return self._titled(rest, name)  # `Paceman Bo Lee, who took 2-40,`, `Goalscorer Lee, 20,`
        # The article's own spacing of initials: "T. K. Arleth", read back from tokens, is "T.K. Arleth".
        spaced = name.replace(" ", "")
        return next(
            (n for n in self._names_by_last.get(last_key_word(name), ()) if n.replace(" ", "") == spaced),
            name,
        )

    def _titled(self, found: str, name: str) -> str:
        """The name found for a rank's or a descriptor's name, that word kept as its title (the
        role shown) unless the article gives it another."""
        self.titles.setdefault(found, name.split()[0])
        return found

    def _given_in_full(self, surname: str) -> str | None:
        """The person the text names in full anywhere (a caption too: `Bo Lee celebrates` below
        `Goalscorer Lee`) by one capitalised word of no role before the surname: the full name when
        that word is a known given name, else the surname alone; None when no or two such words."""
        pattern = rf"\b([{UPPER}][\w’'-]+)\s+{re.escape(surname)}\b"
        firsts = {m.group(1) for m in re.finditer(pattern, self.text)}
        firsts = {f for f in firsts if not role_word(f) and f.lower() not in DESCRIPTORS_BEFORE_NAMES}
        firsts = {f for f in firsts if not police_rank(f) and f.lower() not in STOPWORDS}
        if len(firsts) != 1:
            return None
        first = firsts.pop()
        return f"{first} {surname}" if is_given_name(first) else surname

    @property
    def names_by_last(self) -> dict[str, list[str]]:
        """The people's names in the body by the last word of their key."""
        self.known_names()
        return self._names_by_last

    def known_names(self) -> list[str]:
        """People's names in the body, titles and offices removed (a cheap regex scan, then a parse)."""
        if self._names is None:
            names = []
            mid_sentence: set[str] = set()
            joined_fields: list[tuple[str, str]] = []  # (name, field before "and" and the title)
            for block in self.body:
                headline = title_case_line(self.text, block.start, block.end)
                for match in full_names(self.text, block.start, block.end, FULL_NAME, ONE_PARTICLE_NAME):
                    inverted = inverted_verb_length(self.text, match.start())
                    skipped = (
                        inverted
                        or firm_prefix_length(self.text, match.start(), match.group())
                        or field_opening_run(self.text, match.start(), match.group())
                        or contact_verb_length(self.text, match.start())  # `Contact Tom Ray at …`
                    )
                    if opens_sign_text(self.text, match.start()) and first_name_gender(match.group()) is None:
                        # `a sign reading "Vote Lee"`; not `"Ann Lee for Mayor"`, which opens on a given name
                        inverted = skipped = match.group().find(" ") + 1
                    if skipped:
                        rest = FULL_NAME.match(self.text, match.start() + skipped, block.end)
                        if rest is None and inverted:
                            continue  # `Said Lee, "…"`: the tag's verb and a lone surname, no full name
                        match = rest or match
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
                        title = self.title_before(span, named.name) or named.role
                        if title and not headline:  # `Lee Praises Party Editor Bo Park`: no role
                            self.titles.setdefault(named.name, title)
                            field = field_before_office(self.text, match.start()) if named.role else None
                            if field is not None and self.titles[named.name] == title:
                                joined_fields.append((named.name, field))
                        self.first_at.setdefault(named.name, match.start())
                        apposed = clean_role(apposed_role(self.text, match.end()))
                        if not headline:
                            self._add_offices(named.name, match.start(), match.end())
                        if apposed and not headline:
                            self.appositions.setdefault(named.name, apposed)
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
            file_without_articles(self._names_by_last)  # `Attiya` for Ali al-Attiya
            for name, field in joined_fields:
                last = field.split()[-1].lower()
                if last in OFFICES and last not in self._names_by_last:
                    # `Trade and Industry Minister Ann Lee`: one office, not `Tom Lee and …`
                    self.titles[name] = f"{field} and {self.titles[name]}"
        return self._names

    def _add_offices(self, name: str, start: int, end: int) -> None:
        """Keep the title written before a full name at start..end (with the place after it: `Sen.
        Ann Lee of Ohio`), a `who chairs` clause after it and a description beside it."""
        title = title_written_before(self.text, start)
        if title:
            place = titled_place(self.text, end)
            self.offices.append((name, f"{title} {place}" if place else title))
        described = (office_clause(self.text, end), described_before(self.text, start))
        self.offices += [(name, role) for role in described if role]

    def _common_word_before(self, name: str, known: set[str]) -> bool:
        """Whether a name of three words or more is a common word before a name known alone."""
        first, _, rest = name.partition(" ")
        if len(rest.split()) < 2 or rest not in known:
            return False
        return first.lower() in self.lower_case_words()

    def lower_case_words(self) -> set[str]:
        """The words the article writes in lower case, read once per article (so it stays linear)."""
        if self._lower_words is None:
            self._lower_words = set(LOWER_WORD.findall(self.text))
        return self._lower_words

    def title_before(self, mention: Span, name: str) -> str | None:
        """The title a mention was cut from: "Chancellor of" before "the Exchequer Tomas Ebner"."""
        if not self.text.endswith(("of ", "of the "), max(0, mention.start - 7), mention.start):
            return None
        match = TITLE_OF.search(self.text, max(0, mention.start - 80), mention.start)
        if match is None:
            return None
        extended = parse_mention(match.group() + mention.text)
        return extended.role if extended.kind == PERSON and extended.name == name else None

    def known_form(self, position: int, name: str) -> str:
        """The name a pronoun's candidate is known by in the article: the full name a lone first name
        shortens ("Mira was incredulous" after "Mira Toll"), the person's name without the word that
        opened its sentence ("Maybe Holm is …", "Was Lee satisfied?")."""
        owner = self.first_name_owner(name)
        if owner is not None:
            return owner
        first, _, rest = name.partition(" ")
        if not rest or singular_person(name):
            return name
        if not SENTENCE_OPENING.search(self.text, max(0, position - 3), position):
            return name
        lower_words = self.lower_case_words()
        self.known_names()
        if first.lower() not in lower_words or not names_a_person(rest, self._names_by_last):
            return name
        # Its full name, not counting the names that other such opening words made ("Was Lee").
        fuller = {
            speaker_key(known): known
            for known in self._names_by_last.get(last_key_word(rest), ())
            if name_matches(rest, known) and known.split()[0].lower() not in lower_words
        }
        return longest_only(fuller) or rest

    def lone_given_gender(self, name: str) -> str | None:
        """ "m" or "f" for a given name the article writes alone as a person's and in no fuller name
        of its people, as features call people (`lone_given_names`)."""
        if name not in self._lone:
            self.first_name_owner(name)  # (files the names under their first words)
            fuller = (self._by_first or {}).get(name) or self.names_by_last.get(last_key_word(name))
            self._lone[name] = None if fuller else lone_given_name_gender(self.text, name)
        return self._lone[name]

    def first_name_owner(self, name: str) -> str | None:
        """The one person of the article whose full name opens with this lone word, when the word is
        nobody's surname in it: "Mira" for "Mira Toll"."""
        if not name.isalpha() or not name[:1].isupper() or singular_person(name):
            return None
        if self._by_first is None:
            self._by_first = by_first_word(self.known_names())
        owners = self._by_first.get(name)
        if not owners or any(" " in known for known in self._names_by_last.get(last_key_word(name), ())):
            return None
        owner = longest_only(owners)
        if owner is None:
            return None
        if owner not in self._thing_names:  # (a scan of the whole text: once per name)
            self._thing_names[owner] = named_as_thing(self.text, owner)
        return None if self._thing_names[owner] else owner


def _after_descriptor(name: str) -> str | None:
    """The words after a descriptor written before names (`Paceman Bo Lee`: `Bo Lee`), else None."""
    first, _, rest = name.partition(" ")
    return rest if rest and first.lower() in DESCRIPTORS_BEFORE_NAMES else None


def _surname_after_descriptor(name: str) -> str | None:
    """The lone word after a descriptor written before names (`Goalscorer Lee`: `Lee`), else None."""
    words = name.split()
    return words[1] if len(words) == 2 and words[0].lower() in DESCRIPTORS_BEFORE_NAMES else None
