"""Surnames that open with a lower-case particle after a courtesy title: `Mr. al-Sayer`, `Dr. van
Oostrum`, `Ms. de Morville`. International copy writes them so on every mention after the first; a
scan of capitalised runs stops at the particle and loses the whole name."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Protocol

from osceq.extract.apposed_names import PARTICLE_WORDS
from osceq.extract.given_names import is_given_name
from osceq.extract.held_offices import title_written_before
from osceq.extract.name_words import HONORIFICS, NAME_PARTICLES
from osceq.extract.word_kinds import name_word, title_word


class _Word(Protocol):
    text: str
    low: str


def _particle(token: _Word) -> bool:
    return token.text.islower() and token.low in NAME_PARTICLES


def _dashed_particle_name(token: _Word) -> bool:
    """`al-Sayer`, `bin-Hamad`: a particle and a capitalised surname in one token."""
    return token.text[:1].islower() and name_word(token.text)


def particle_surname_end(tokens: Sequence[_Word], k: int) -> int:
    """The index after a particle surname starting at token k (`al-Sayer`, `van der Molen`,
    `de Morville`), or k when none starts there."""
    if k < len(tokens) and _dashed_particle_name(tokens[k]):
        return k + 1
    m = k
    while m < len(tokens) and _particle(tokens[m]):
        m += 1
    if m > k and m < len(tokens) and tokens[m].text[:1].isupper():
        return m + 1
    return k


def after_courtesy_title(tokens: Sequence[_Word], k: int) -> bool:
    """Whether token k follows `Mr.`, `Dr.`, `Ms.` (the dot optional)."""
    if k > 0 and tokens[k - 1].text == ".":
        k -= 1
    return k > 0 and tokens[k - 1].low in HONORIFICS and tokens[k - 1].text[:1].isupper()


def particle_surname_start(tokens: Sequence[_Word], i: int, j: int) -> int:
    """Start of a `Title. particle Surname` run that ends at j, where the capitalised run found so far
    starts at i; i when there is none. Only a courtesy title before the particle makes the run a
    name here: a bare `de Souza` or `al-Sabah` stays as the caller reads it."""
    k = i
    if k == j and k > 0 and _dashed_particle_name(tokens[k - 1]):
        k -= 1
    while k > 0 and _particle(tokens[k - 1]):
        k -= 1
    if k in (i, j) or particle_surname_end(tokens, k) != j or not after_courtesy_title(tokens, k):
        return i
    return k - 2 if tokens[k - 1].text == "." else k - 1


def opens_with_particle(name: str) -> bool:
    """Whether a name opens with its surname's particle (`de Morville`, `van der Molen`,
    `al-Sayer`): a name all the same, though its first letter is small."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and words[k].islower() and words[k] in NAME_PARTICLES:
        k += 1
    if k and words[k][:1].isupper():
        return True
    return k == 0 and bool(words) and words[0][:1].islower() and name_word(words[0])


# Two particles in a row inside a capitalised run: `van der`, `de la`. Places and firms are named so
# as often as people ("Santa Cruz de la Sierra", "Banco de la Nacion").
_TWO_PARTICLES = re.compile(rf"\s{PARTICLE_WORDS}[\s-]+{PARTICLE_WORDS}[\s-]+")


def full_names(
    text: str, start: int, end: int, full_name: re.Pattern[str], one_particle_name: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """The runs full_name finds in text[start:end]. A run with two particles in a row is a person's
    only with a sign of one before them (a given name or a title inside it, a title written right
    before it: `chairman Joris van der Bleek`); else the run is read as one_particle_name reads it."""
    pos = start
    while (match := full_name.search(text, pos, end)) is not None:
        two = _TWO_PARTICLES.search(match.group())
        if two is not None and not _person_before_particles(
            text, match.start(), match.group()[: two.start()]
        ):
            shorter = one_particle_name.match(text, match.start(), end)
            if shorter is None:
                pos = match.start() + 1  # `Puerto de la Cruz`: no name starts here
                continue
            match = shorter
        yield match
        pos = match.end()


def _person_before_particles(text: str, start: int, words: str) -> bool:
    if any(is_given_name(word) or title_word(word) for word in words.split()):
        return True
    return title_written_before(text, start) is not None
