"""People's names across articles: keys, loose matching, corpus-level merging, and name tests.

Standard library, `text.fold` and word lists only, so a query can load it without the quote
machinery. A description ("a spokesman", "officials") names nobody: it is never merged with
anything but the same description.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from osceq.extract import name_words as w
from osceq.extract.article_particles import without_article
from osceq.extract.mentions import (
    DESCRIPTION,
    ORGANISATION,
    PERSON,
    Mention,
    parse_mention,
    singular_person,
)
from osceq.extract.text import fold

__all__ = [
    "DESCRIPTION",
    "ORGANISATION",
    "PERSON",
    "Mention",
    "canonical_names",
    "clean_role",
    "core_name",
    "is_description",
    "is_names_list",
    "is_person_name",
    "list_items",
    "longest_only",
    "name_matches",
    "parse_mention",
    "singular_person",
    "speaker_key",
    "surname_word",
]

_KEY_WORD = re.compile(r"[^\W\d_](?:[\w’'\-]*[^\W_])?\.?")
_RELATIVE_CLAUSE = re.compile(r",? (?:who|whose|which|that) ")


def is_person_name(name: str) -> bool:
    """Whether a speaker name is a person's proper name: not a description, organisation or place."""
    mention = parse_mention(name)
    return (
        mention.kind == PERSON
        and any(t[:1].isupper() for t in mention.name.split())
        and not any(c.isdigit() for c in mention.name)
    )


def is_description(name: str) -> bool:
    """Whether a speaker name only describes its speaker ("a spokesman", "officials", "the report"),
    or names several together: a list of names is merged with no one person either."""
    return parse_mention(name).kind == DESCRIPTION or is_names_list(name)


# A joiner opening a list's last item (`and Brown`, `& Brown`) or joining two items (`Jones and Brown`).
_JOINER_OPENING = re.compile(r"(?:and|&)\s+")
_JOINER_INSIDE = re.compile(r"\s+(?:and|&)\s+")


def _named_item(item: str) -> bool:
    """Whether a list item is written as a name: capitalised words, particles allowed (`Ann de Vos`),
    or a person's name after a role (`Keller Bank chief Tom Reed`)."""
    words = item.split()
    if any(word[:1].isupper() for word in words) and all(
        word[:1].isupper() or word in w.NAME_PARTICLES for word in words
    ):
        return True
    return words[-1][:1].isupper() and parse_mention(item).kind == PERSON


def list_items(name: str) -> list[tuple[int, int]]:
    """The spans of the named items of a speaker name that is a list of names (`Smith, Jones and
    Brown`, `Ann Lee, 42, Tom Reed, 51, and Bo Park`) or a pair joined by "&" (`Smith & Jones`); none
    when it is no such list. Asides of age or role (lower case only, `chairman and chief executive`)
    may stand between the items; one "and" or "&" joins the last item."""
    spans: list[tuple[int, int]] = []
    joiners = 0
    at = 0
    for part in name.split(","):
        offset, at = at, at + len(part) + 1
        if not any(c.isupper() for c in part):
            continue  # an aside: `42`, `a lawyer`, `chairman and chief executive officer`
        stripped = part.lstrip()
        offset += len(part) - len(stripped)
        opening = _JOINER_OPENING.match(stripped)
        if opening is not None:
            joiners, offset, stripped = joiners + 1, offset + opening.end(), stripped[opening.end() :]
        pieces = _JOINER_INSIDE.split(stripped.rstrip())
        joiners += len(pieces) - 1
        for piece in pieces:
            if not _named_item(piece):
                return []  # an item neither a name nor an aside: no list of names
            first = name.index(piece, offset)
            spans.append((first, first + len(piece)))
    if joiners != 1 or ("," not in name and "&" not in name):
        return []
    return spans if len(spans) >= 2 else []


def is_names_list(name: str) -> bool:
    """Whether a speaker name is a list of names shown whole (see `list_items`): several speakers,
    never the one person its first item names."""
    return bool(list_items(name))


def clean_role(role: str | None) -> str | None:
    """A role from an apposition, or None when it is not a noun phrase naming an office or affiliation."""
    if not role:
        return None
    words = _RELATIVE_CLAUSE.split(role, maxsplit=1)[0].split()
    if words and words[0] in ("also", "of"):
        words = words[1:]  # "also a member of the board", "of Example Securities"
    if not words or len(words) > 30:
        return None
    first = words[0]
    if first in w.NOT_ROLE_OPENERS or (first.islower() and first.endswith("ly")) or first.isdigit():
        return None  # "however", "sharply critical of ...", an age
    if any(t in ("whom", "whose", "which") for t in words):
        return None  # "two of whom spoke to reporters": a relative clause, no role
    if (
        any(t.islower() and t.endswith("ed") for t in words[:2])
        and first.lower() not in w.DESCRIPTION_OPENERS
    ):
        return None  # "first appointed to the post by ...", "received in London"
    if re.search(r"\b\d{1,2} - ", role) or (
        len(words) <= 4 and is_person_name(" ".join(words)) and not re.match(r"[A-Z]-[A-Z]", words[0])
    ):
        return None  # a dateline, or a person's name rather than a role
    if len(words) <= 4 and "and" in words and all(t[:1].isupper() or t == "and" for t in words):
        return None  # "Peabody and Co": the end of a firm's name cut at a comma, no role
    return " ".join(words)


@lru_cache(maxsize=16384)
def speaker_key(name: str) -> str:
    """A folded key for matching a name: lower case, no diacritics, no titles, single spaces."""
    mention = parse_mention(name)
    person = mention.kind == PERSON and not is_names_list(name)  # a list's key is the whole list
    if person and any(t[:1].isupper() for t in mention.name.split()):
        name = mention.name
    words = [t.rstrip(".").replace("’", "'") for t in _KEY_WORD.findall(fold(name))]
    # Only a person's name loses its titles: "General Motors" and "the President of X" keep theirs.
    while len(words) > 1 and (
        words[0] == "the" or (person and (words[0] in w.TITLES or words[0] + "." in w.TITLES))
    ):
        words = words[1:]
    return " ".join(words)


def name_matches(query: str, name: str) -> bool:
    """Whether query names the same person as name: the whole name, its surname, or first and last names.

    A description matches only itself: "a spokesman" is not "a State Department spokesman".
    """
    q, n = speaker_key(query).split(), speaker_key(name).split()
    if not q or not n or len(q) > len(n):
        return False
    if q == n:
        return True
    if is_description(query) or is_description(name):
        return False
    if len(q) == 1:
        # "Lee" is Ann Lee Jr.; "Ann Lee" is not (father and son); "Attiya" is Ali al-Attiya
        return q[0] in (surname_word(n), without_article(surname_word(n)))
    return n[-len(q) :] == q or (q[0] == n[0] and q[-1] == n[-1])


def canonical_names(names: Iterable[str]) -> dict[str, str]:
    """Map each name to the one fuller name it shortens ("Valtonen" -> "Elina Valtonen"), else to itself.

    A surname shared by two different full names ("Jan Varga", "Ilse Varga") stays as it is,
    names with different first names are never merged, and a description only joins the same
    description written with other capitals ("The company" -> "the company").
    """
    distinct = sorted({n.strip() for n in names if n and n.strip()})
    result: dict[str, str] = {}
    same: dict[str, str] = {}
    for name in sorted(distinct, key=lambda n: (n[:1].isupper(), n)):
        if is_description(name):
            result[name] = same.setdefault(" ".join(fold(name).split()), name)
    people = [n for n in distinct if n not in result]
    keys = {n: speaker_key(n) for n in people}
    kinds = {n: parse_mention(n).kind for n in people}
    for name in people:
        size = len(keys[name].split())
        fuller = {
            keys[o]: o
            for o in people
            if len(keys[o].split()) > size and kinds[o] == kinds[name] and name_matches(name, o)
        }
        longest = longest_only(fuller)
        result[name] = longest if longest is not None else name
    return result


def surname_word(key_words: list[str]) -> str:
    """The last word of a name's key that is no generation ("ann lee jr" -> "lee")."""
    if len(key_words) > 1 and key_words[-1] in w.GENERATIONS:
        return key_words[-2]
    return key_words[-1]


def longest_only(candidates: dict[str, str]) -> str | None:
    """The candidate every other one shortens, when there is exactly one such person.

    A bare surname shared by a father and a son ("Ann Lee", "Ann Lee Jr.") is the one written
    without a generation: news gives the son his "Jr." on every mention.
    """
    plain = {k: n for k, n in candidates.items() if k.split()[-1] not in w.GENERATIONS}
    if plain:
        candidates = plain
    if not candidates:
        return None
    top = max(candidates, key=lambda k: (len(k.split()), k))
    if all(name_matches(k, top) for k in candidates):
        return candidates[top]
    return None


def core_name(mention: str) -> str:
    """The name inside a mention: "former Gov. Ivo Tarn of Florida" -> "Ivo Tarn"."""
    return parse_mention(mention).name
