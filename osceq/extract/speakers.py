"""Speaker names: one canonical name per person in an article, and loose matching across a corpus."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from osceq.extract import reporting as lex
from osceq.extract.phrases import Token, name_end, np_forward, tokenize
from osceq.extract.quotemarks import pair_marks
from osceq.extract.text import fold, sentences
from osceq.models import Block, Span

PRONOUNS = frozenset(lex.PRONOUN_GENDER)
_KEY_WORD = re.compile(r"[^\W\d_](?:[\w’'\-]*[^\W_])?\.?")
_GENDERED = re.compile(
    r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|King|Queen|Prince|Princess)\.?\s+([A-Z][\w’'\-]+)"
)
_NAME_BEFORE_COMMA = re.compile(r"((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*)\s*(?:\([^()]{0,20}\)\s*)?,\s*$")
_FULL_NAME = re.compile(
    r"\b[A-Z][\w’'\-]*[a-z][\w’'\-]*(?:\s+(?:[A-Z]\.\s+)?(?:(?:de|van|von|der|da|di|al|bin|la|le|du)[\s-]+)?"
    r"[A-Z][\w’'\-]*[a-z][\w’'\-]*){1,5}\b"
)
_WINDOW = 2500  # how far back (characters) a pronoun looks for its person


def speaker_key(name: str) -> str:
    """A folded key for matching a name: lower case, no diacritics, no titles, single spaces."""
    words = [w.rstrip(".").replace("’", "'") for w in _KEY_WORD.findall(fold(name))]
    while len(words) > 1 and (words[0] in lex.TITLES or words[0] + "." in lex.TITLES or words[0] == "the"):
        words = words[1:]
    return " ".join(words)


def name_matches(query: str, name: str) -> bool:
    """Whether query names the same person as name: the whole name, its surname, or first and last names."""
    q, n = speaker_key(query).split(), speaker_key(name).split()
    if not q or not n or len(q) > len(n):
        return False
    if q == n:
        return True
    if len(q) == 1:
        return q[0] == n[-1]
    return n[-len(q) :] == q or (q[0] == n[0] and q[-1] == n[-1])


def canonical_names(names: Iterable[str]) -> dict[str, str]:
    """Map each name to the one fuller name it shortens ("Valtonen" -> "Elina Valtonen"), else to itself.

    A surname shared by two different full names ("Bill Clinton", "Hillary Clinton") stays as it is,
    and names with different first names are never merged.
    """
    distinct = sorted({n.strip() for n in names if n and n.strip()})
    keys = {n: speaker_key(n) for n in distinct}
    result: dict[str, str] = {}
    for name in distinct:
        size = len(keys[name].split())
        fuller = {keys[o]: o for o in distinct if len(keys[o].split()) > size and name_matches(name, o)}
        longest = _longest_only(fuller)
        result[name] = longest if longest is not None else name
    return result


def _longest_only(candidates: dict[str, str]) -> str | None:
    """The candidate every other one shortens, when there is exactly one such person."""
    if not candidates:
        return None
    top = max(candidates, key=lambda k: (len(k.split()), k))
    if all(name_matches(k, top) for k in candidates):
        return candidates[top]
    return None


def core_name(mention: str) -> str:
    """The name inside a mention: "former Gov. Jeb Bush of Florida" -> "Jeb Bush"."""
    tokens = tokenize(mention, 0, len(mention))
    best = (0, 0)
    i = 0
    while i < len(tokens):
        j = name_end(tokens, i)
        if j - i > best[1] - best[0]:
            best = (i, j)
        i = max(j, i + 1)
    if best == (0, 0):
        return mention.strip()
    words = mention[tokens[best[0]].start : tokens[best[1] - 1].end].split()
    # Drop everything up to the last title: "Finland's Foreign Minister Elina Valtonen" -> "Elina Valtonen".
    last_title = max((k for k, w in enumerate(words[:-1]) if _is_title(w)), default=-1)
    words = words[last_title + 1 :]
    return " ".join(words).replace("’s", "").replace("'s", "")


def _is_title(word: str) -> bool:
    low = word.lower().rstrip(".,")
    return low in lex.TITLES or low + "." in lex.TITLES or any(p in lex.TITLES for p in low.split("-"))


class Resolver:
    """Resolves speaker mentions in one article: surnames to full names, pronouns to people."""

    def __init__(self, text: str, body: Sequence[Block]) -> None:
        self.text = text
        self.body = body
        self._names: list[str] | None = None
        self._subjects: list[tuple[int, str]] | None = None
        self._gender: dict[str, str] = {}
        self._roles: dict[str, str] = {}
        self._full: dict[str, str] = {}
        self._speakers: list[tuple[int, str]] = []  # (offset, name) of the names resolved so far

    def resolve(
        self, mention: Span, kind: str, role: str | None = None
    ) -> tuple[str | None, tuple[str, ...]]:
        """The canonical speaker for a mention, and the other names it goes by in the article."""
        if kind == "pronoun":
            return self._antecedent(mention), ()
        if kind == "relative":
            match = _NAME_BEFORE_COMMA.search(self.text, max(0, mention.start - 120), mention.start)
            return (self.full_name(match.group(1)) if match else None), ()
        if kind == "nominal":
            return mention.text, ()
        full = self.full_name(core_name(mention.text))
        self._speakers.append((mention.start, full))
        if role:
            self._roles.setdefault(full, role)
        aliases = tuple(sorted({mention.text} - {full}))
        return full, aliases

    def full_name(self, name: str) -> str:
        """The article's fullest name that this one shortens, when only one person fits."""
        if not name:
            return name
        if name not in self._full:
            self._full[name] = self._fullest(name)
        return self._full[name]

    def _fullest(self, name: str) -> str:
        names = self._known_names()
        key = speaker_key(name)
        fuller = {
            speaker_key(n): n for n in names if name_matches(name, n) and len(speaker_key(n)) > len(key)
        }
        longest = _longest_only(fuller)
        return core_name(longest) if longest is not None else name

    def role_of(self, speaker: str | None) -> str | None:
        """A description of the speaker seen in an apposition in this article, if any."""
        return self._roles.get(speaker) if speaker else None

    def _known_names(self) -> list[str]:
        """Multi-word capitalised runs of the body that look like people's names (cheap regex scan)."""
        if self._names is None:
            self._names = [
                core_name(m.group())
                for block in self.body
                for m in _FULL_NAME.finditer(self.text, block.start, block.end)
                if not _is_organisation(m.group())
            ]
        return self._names

    def _index_subjects(self) -> None:
        """Collect the person subjects of sentences outside quotations (built when a pronoun needs them)."""
        subjects: list[tuple[int, str]] = []
        for block in self.body:
            pairs = pair_marks(self.text, block.start, block.end)
            starts = [p.open_start for p in pairs]
            ends = [p.close_end for p in pairs]
            for start, end in sentences(self.text, block.start, block.end):
                if _inside(start, starts, ends):
                    continue
                tokens = [t for t in tokenize(self.text, start, end) if not _inside(t.start, starts, ends)]
                subject = _subject_name(tokens)
                if subject is not None and self._is_person(subject):
                    subjects.append((start, subject))
        for match in _GENDERED.finditer(self.text):
            female = match.group(1) in ("Mrs", "Ms", "Miss", "Dame", "Lady", "Queen", "Princess")
            self._gender[fold(match.group(2))] = "f" if female else "m"
        self._subjects = subjects

    def _is_person(self, name: str) -> bool:
        """Whether a subject names a person of this article: a quoted speaker or a full name seen in it."""
        if _is_organisation(name):
            return False
        people = [*(name for _, name in self._speakers), *self._known_names()]
        return any(name_matches(name, person) for person in people)

    def _antecedent(self, mention: Span) -> str | None:
        """The person a he/she pronoun stands for: the subject of the latest sentence before it.

        Subjects beat objects ("A handed the prize to B. … she said" is A's); a known gender (from
        Mr./Ms. titles) rules candidates out; names inside quotations never count.
        """
        gender = lex.PRONOUN_GENDER.get(mention.text.lower())
        if gender not in ("m", "f"):
            return None
        if self._subjects is None:
            self._index_subjects()
        candidates = sorted([*(self._subjects or []), *self._speakers])
        for position, name in reversed(candidates):
            if position >= mention.start:
                continue
            if position < mention.start - _WINDOW:
                break
            known = self._gender.get(fold(name.split()[-1]))
            if known is None or known == gender:
                return self.full_name(name)
        return None


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
    if found is None or found[1] != "name":
        return None
    name = core_name(" ".join(t.text for t in tokens[i : found[0]]).replace(" .", "."))
    return name if name and name[:1].isupper() else None


def _is_organisation(name: str) -> bool:
    """Whether a capitalised run names an organisation, a place or an event rather than a person."""
    return any(word.lower().strip(".,’'") in lex.ORGANISATION_WORDS for word in name.split())
