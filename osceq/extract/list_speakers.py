"""A list of names read as one speaker (`Smith, Jones and Brown said`) is shown whole only when each
item names a person: a full name opened by a given name, as name_lists reads one, or a surname the
article gives a person. A place or firm set off before the names is no item; a list with one the
article does not make a person is shown as nobody, never as its first or last items alone."""

from __future__ import annotations

import re
from collections.abc import Callable

from osceq.extract.name_lists import people, person_item
from osceq.extract.names import PERSON, list_items, parse_mention
from osceq.models import Span

# The text between the sentence's start and a list: an opening phrase set off by a comma (`In
# Dover,`, `At Tarn Hall,`), or nothing.
_OPENING_PHRASE = re.compile(r"(?:^|[.!?\n][\"”’]?\s+)[^.!?\n\"“”]{1,80},\s*$")


def _full_item(item: str, full_name: Callable[[str], str]) -> list[str] | None:
    """The words of a person's full name a list item gives (`Keller Bank chief Tom Reed` -> Tom
    Reed; `Reed` -> the article's Tom Reed), or None when the item names no person in full."""
    named = parse_mention(item)
    if named.kind != PERSON or not named.name:
        return None
    words = named.name.split()
    if not person_item(words):
        words = full_name(named.name).split()
    return words if person_item(words) else None


def _without_asides(shown: str, items: list[tuple[int, int]]) -> str:
    """The list as shown, its names joined without the asides of age or role between them (`Ann Lee,
    42, Tom Reed, 51, and Bo Park` -> "Ann Lee, Tom Reed and Bo Park"), so that each name reads apart
    (and `--speaker` finds it); a list with no aside stays as written (`Smith & Jones`)."""
    if all(any(c.isupper() for c in part) for part in shown.split(",")):
        return shown
    names = [shown[a:b] for a, b in items]
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _people(items: list[list[str] | None]) -> bool:
    """Whether every item names a person in full and, read as name_lists reads a list, they are
    people: the first opened by a given name, and at least half of them."""
    named = [item for item in items if item is not None]
    return len(named) == len(items) >= 2 and people(named)


def shown_list(text: str, mention: Span, full_name: Callable[[str], str]) -> str | None:
    """The list of names a mention holds, as shown: whole when its items are people; without the
    first items when they are not and follow an opening phrase (`In Dover, Kent, Smith and Brown
    said`: Kent is where); else nobody."""
    shown = mention.text.strip()
    items = list_items(shown)
    full = [_full_item(shown[a:b], full_name) for a, b in items]
    if not items or _people(full):
        return _without_asides(shown, items) if items else None
    first = next((k for k in range(1, len(items) - 1) if _people(full[k:])), None)
    if first is None or _OPENING_PHRASE.search(text, max(0, mention.start - 100), mention.start) is None:
        return None
    if first == len(items) - 2:  # a pair, shown by full names as one joined by "and" is
        return " and ".join(" ".join(words or ()) for words in full[first:])
    return shown[items[first][0] :]
