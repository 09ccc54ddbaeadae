"""Speaker names in one article: one canonical name per person, and pronouns resolved to people.

The name functions that need no article (keys, matching, corpus merging) live in `names.py`;
they are re-exported here for the modules that import them from this one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from osceq.extract import name_words
from osceq.extract import reporting as lex
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
from osceq.extract.phrases import np_forward
from osceq.extract.quotemarks import pair_marks
from osceq.extract.speech_tags import sentence_tag
from osceq.extract.stopwords import STOPWORDS
from osceq.extract.text import fold, sentences
from osceq.extract.tokens import Token, tokenize
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

PRONOUNS = frozenset(lex.PRONOUN_GENDER)
_GENDERED = re.compile(
    r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|King|Queen|Prince|Princess)\.?\s+([A-Z][\w’'\-]+)"
)
# (A name may end in a suffix with its dot: "Donald Trump Jr., who".)
_NAME_BEFORE_COMMA = re.compile(
    r"((?:[A-Z][\w’'.\-]*\s+){0,3}(?:Jr\.|Sr\.|[A-Z][\w’'\-]*))\s*(?:\([^()]{0,20}\)\s*)?,\s*$"
)
_FULL_NAME = re.compile(
    r"\b[A-Z][\w’'\-]*[a-z][\w’'\-]*(?:\s+(?:[A-Z]\.\s+)?(?:(?:de|van|von|der|da|di|al|bin|la|le|du)[\s-]+)?"
    r"[A-Z][\w’'\-]*[a-z][\w’'\-]*){1,8}\b"
)
_LOWER_WORD = re.compile(r"(?<![\w\-])[a-z]+\b")
# What stands right before a word that opens a sentence or a paragraph.
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?\n][\"“”'’)]?\s*|[\"“]\s*)$")
_TITLE_OF = re.compile(r"(?:[A-Z][\w’'.\-]*\s+){1,4}of\s+(?:the\s+)?$")
_WINDOW = 2500  # how far back (characters) a pronoun looks for its person


class Resolver:
    """Resolves speaker mentions in one article: surnames to full names, pronouns to people."""

    def __init__(self, text: str, body: Sequence[Block]) -> None:
        self.text = text
        self.body = body
        self._names: list[str] | None = None
        self._names_by_last: dict[str, list[str]] = {}  # last key word -> known names ending in it
        self._subjects: list[tuple[int, str]] | None = None
        self._subject_starts: list[int] = []
        self._gender: dict[str, str] = {}
        self._roles: dict[str, str] = {}  # roles seen with quoted mentions
        self._titles: dict[str, str] = {}  # titles seen before full names anywhere in the body
        self._full: dict[str, str] = {}
        self._speakers: list[tuple[int, str]] = []  # (offset, name) of the names resolved so far
        self._lower_words: set[str] | None = None  # words the article writes in lower case

    def resolve(
        self, mention: Span, kind: str, role: str | None = None
    ) -> tuple[str | None, tuple[str, ...]]:
        """The canonical speaker for a mention, and the other names it goes by in the article.

        A person gets the article's fullest form of the name; an organisation its name; a description
        ("a company spokesman") stays as written, since it names nobody in particular.
        """
        if kind == "pronoun":
            return self._antecedent(mention), ()
        if kind == "relative":
            match = _NAME_BEFORE_COMMA.search(self.text, max(0, mention.start - 120), mention.start)
            if match is None:
                return None, ()
            named = parse_mention(match.group(1))
            return (self.full_name(named.name) if named.kind == PERSON else named.name), ()
        named = parse_mention(mention.text)
        if named.kind != PERSON:
            speaker = mention.text if kind == "nominal" and named.kind != DESCRIPTION else named.name
            if named.kind == DESCRIPTION and singular_person(speaker):
                self._speakers.append((mention.start, speaker))  # "…," he added: the spokesman again
            return speaker, ()
        if named.name.lower() in lex.REPORTING_FORMS:
            return None, ()  # "Answering questions, Smith said": a participle opened the sentence
        full = self.full_name(named.name)
        self._speakers.append((mention.start, full))
        role = clean_role(role) or self._title_before(mention, named.name) or named.role
        if role:
            self._roles.setdefault(full, role)
        aliases = tuple(sorted({mention.text} - {full}))
        return full, aliases

    def _title_before(self, mention: Span, name: str) -> str | None:
        """The title a mention was cut from: "Chancellor of" before "the Exchequer Nigel Lawson"."""
        if not self.text.endswith(("of ", "of the "), max(0, mention.start - 7), mention.start):
            return None
        match = _TITLE_OF.search(self.text, max(0, mention.start - 80), mention.start)
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
            for n in self._names_by_last.get(_last_word(name), ())
            if name_matches(name, n) and len(speaker_key(n)) > len(key)
        }
        longest = longest_only(fuller)
        return longest if longest is not None else name

    def role_of(self, speaker: str | None) -> str | None:
        """The speaker's role in this article: from an apposition or a title beside a quoted mention,
        else from a title written before the full name anywhere in the body."""
        if not speaker:
            return None
        return self._roles.get(speaker) or self._titles.get(speaker)

    def _known_names(self) -> list[str]:
        """People's names in the body, titles and offices removed (a cheap regex scan, then a parse)."""
        if self._names is None:
            names = []
            mid_sentence: set[str] = set()
            for block in self.body:
                for match in _FULL_NAME.finditer(self.text, block.start, block.end):
                    named = parse_mention(match.group())
                    if named.kind == PERSON and not _title_case_words(named.name):
                        names.append(named.name)
                        if not _SENTENCE_OPENING.search(self.text, max(0, match.start() - 3), match.start()):
                            mid_sentence.add(named.name)
                        span = Span(match.group(), match.start(), match.end())
                        title = self._title_before(span, named.name) or named.role
                        if title:
                            self._titles.setdefault(named.name, title)
            # `Rival Hillary Clinton's campaign …`, `So Donald Trump …`: a word that only opens sentences,
            # before a name the article also writes alone, and that it writes in lower case elsewhere,
            # is no first name ("Debbie Wasserman Schultz" keeps hers).
            known = set(names)
            self._names = [n for n in names if n in mid_sentence or not self._common_word_before(n, known)]
            for name in self._names:
                self._names_by_last.setdefault(_last_word(name), []).append(name)
        return self._names

    def _common_word_before(self, name: str, known: set[str]) -> bool:
        """Whether a name of three words or more is a common word before a name known alone."""
        first, _, rest = name.partition(" ")
        if len(rest.split()) < 2 or rest not in known:
            return False
        if self._lower_words is None:
            self._lower_words = set(_LOWER_WORD.findall(self.text))  # once per article: stays linear
        return first.lower() in self._lower_words

    def _index_subjects(self) -> None:
        """Collect the person subjects of sentences outside quotations (built when a pronoun needs them)."""
        subjects: list[tuple[int, str]] = []
        self._known_names()
        people = {last: list(names) for last, names in self._names_by_last.items()}
        for _, name in self._speakers:
            people.setdefault(_last_word(name), []).append(name)
        for block in self.body:
            pairs = pair_marks(self.text, block.start, block.end)
            starts = [p.open_start for p in pairs]
            ends = [p.close_end for p in pairs]
            for start, end in sentences(self.text, block.start, block.end):
                if _inside(start, starts, ends):
                    continue
                tokens = [t for t in tokenize(self.text, start, end) if not _inside(t.start, starts, ends)]
                # "…, one central bank official said." Reported speech names its speaker in the tag
                # that closes it, who is then the "he" of the next quote; its subject is what was said.
                next_quote = bisect.bisect_left(starts, start)
                quoted = next_quote < len(starts) and starts[next_quote] < end
                tag = _tag_speaker(self.text, start, end) if not quoted and _may_end_in_tag(tokens) else None
                subject = tag or _subject_name(tokens)
                if subject is not None and _is_person(subject, people):
                    subjects.append((start, subject))
        for match in _GENDERED.finditer(self.text):
            female = match.group(1) in ("Mrs", "Ms", "Miss", "Dame", "Lady", "Queen", "Princess")
            self._gender[fold(match.group(2))] = "f" if female else "m"
        self._subjects = sorted(subjects)
        self._subject_starts = [start for start, _ in self._subjects]

    def _antecedent(self, mention: Span) -> str | None:
        """The person a he/she pronoun stands for: the subject of the latest sentence before it.

        Subjects beat objects ("A handed the prize to B. … she said" is A's); a known gender (from
        Mr./Ms. titles, or "spokeswoman") rules candidates out; names inside quotations never count.
        """
        gender = lex.PRONOUN_GENDER.get(mention.text.lower())
        if gender not in ("m", "f"):
            return None
        if self._subjects is None:
            self._index_subjects()
        subjects = self._subjects or []
        # Only the window before the mention: a long file has thousands of subjects and speakers.
        lowest = mention.start - _WINDOW
        first = bisect.bisect_left(self._subject_starts, lowest)
        last = bisect.bisect_left(self._subject_starts, mention.start)
        near = [(p, name) for p, name in self._speakers if lowest <= p < mention.start]
        for _position, name in reversed(sorted([*subjects[first:last], *near])):
            known = self._gender_of(name)
            if known is None or known == gender:
                return name if singular_person(name) else self.full_name(name)
        return None

    def _gender_of(self, name: str) -> str | None:
        """ "m" or "f" when a title seen with the surname, or a description's noun, tells it."""
        last = name.split()[-1].lower()
        if last in name_words.MALE_TITLES:
            return "m"
        if last in name_words.FEMALE_TITLES:
            return "f"
        return self._gender.get(fold(last))


def _is_person(name: str, people: dict[str, list[str]]) -> bool:
    """Whether a subject names a person of this article: a quoted speaker, a full name seen in it,
    or a description of one person ("a company spokesman", who may be "he" in the next sentence).

    `people` files the article's names under their last key word, the one word that two names of one
    person always share (see name_matches)."""
    if singular_person(name):
        return True
    return any(name_matches(name, person) for person in people.get(_last_word(name), ()))


def _may_end_in_tag(tokens: list[Token]) -> bool:
    """A cheap test before parsing a closing tag: a reporting verb near the end, not beside a pronoun
    (`…, he said.` names nobody new)."""
    tail = tokens[-_TAG_REACH:]
    for k, token in enumerate(tail):
        if token.low in lex.REPORTING_FORMS:
            beside = (tail[k - 1].low if k else "", tail[k + 1].low if k + 1 < len(tail) else "")
            if not any(word in PRONOUNS for word in beside):
                return True
    return False


_TAG_REACH = 30  # tokens: a closing tag with an apposition after it (`…, said Ann Lee, a lawyer at …`)


def _tag_speaker(text: str, start: int, end: int) -> str | None:
    """The person a tag closing the sentence names (`…, said Ann Lee.`, `…, a spokesman said.`)."""
    found = sentence_tag(text, start, end)
    if found is None or found.kind not in ("name", "nominal"):
        return None
    rest = text[max(found.mention.end, found.cue.end) : end].lstrip()
    if rest[:1] not in ("", ".", ",", ";", "!", "?"):
        return None  # `…, saying Clinton was committed to it.`: a clause goes on, this is no tag
    named = parse_mention(found.mention.text)
    if named.kind == PERSON:
        return named.name if named.name[:1].isupper() else None
    return named.name if singular_person(named.name) else None


def _last_word(name: str) -> str:
    words = speaker_key(name).split()
    return words[-1] if words else ""


def _title_case_words(name: str) -> bool:
    """`Crowd Does Not Like Donald Trump`: a headline in title case, not a name, holds two or more
    function words ("Does", "Not")."""
    return sum(word.lower() in STOPWORDS for word in name.split()) >= 2


def _inside(position: int, starts: list[int], ends: list[int]) -> bool:
    """Whether position lies inside one of the sorted, disjoint [start, end) quotations."""
    k = bisect.bisect_right(starts, position) - 1
    return k >= 0 and position < ends[k]


def _subject_name(tokens: list[Token]) -> str | None:
    """The name at the start of a sentence's tokens, if its subject is a name."""
    i = 0
    while i < len(tokens) and not tokens[i].text[:1].isalnum():
        i += 1
    comma = next((k for k in range(i, min(len(tokens), i + 12)) if tokens[k].text == ","), None)
    if comma is not None and (
        tokens[i].low in lex.INTRO_WORDS
        or not tokens[i].text[:1].isupper()
        or tokens[i].low in lex.NOT_NAME_WORDS
    ):
        i = comma + 1  # past an introductory phrase: "Just two weeks earlier, Smith …"
    elif i < len(tokens) and tokens[i].low in lex.INTRO_WORDS:
        i += 1  # "Then Smith spoke"
    found = np_forward(tokens, i)
    if found is None or found[1] not in ("name", "nominal"):
        return None
    named = parse_mention(" ".join(t.text for t in tokens[i : found[0]]).replace(" .", "."))
    if named.kind == PERSON:
        return named.name if named.name[:1].isupper() else None
    return named.name if singular_person(named.name) else None
