"""Lists of people's names as one subject: in `Ann Lee, Bo Park and Cy Roe said` all three speak,
so the list is shown whole and never as its last two or its first alone. Each item is a full name
opened by a given name, or by a title before one (`Mayor Ann Lee`), so a place or a firm set off
by a comma before the names (`In Dover, Ann Lee and Bo Park said`) stays out of the list."""

from __future__ import annotations

from osceq.extract.given_names import is_given_name
from osceq.extract.word_kinds import name_word, title_word

__all__ = ["JOINERS", "names_list", "people", "person_item"]

# The words that join the last item of a list of names to the others.
JOINERS = frozenset({"and", "&"})


def person_item(words: list[str]) -> bool:
    """Whether the words of an item may name a person in full: two capitalised name words or more,
    a title before them allowed."""
    return len(words) >= 2 and all(name_word(w) for w in words)


def _given_led(words: list[str]) -> bool:
    """Whether an item opens with a given name, after a title or not (`Mayor Ann Lee`)."""
    if len(words) > 2 and title_word(words[0]):
        words = words[1:]
    return bool(words) and is_given_name(words[0])


def people(items: list[list[str]]) -> bool:
    """Whether the items are a list of people: the first opened by a given name (a rare short one
    may open a later item: `Bo Park`), and at least half of them."""
    led = sum(_given_led(item) for item in items)
    return person_item(items[0]) and _given_led(items[0]) and 2 * led >= len(items)


def names_list(tokens: list[str]) -> bool:
    """Whether a mention's words are a list of full names joined by commas and a last "and" or
    "&" (`Ann Lee, Bo Park and Cy Roe`, `Ann Lee & Bo Park`)."""
    joiners = [k for k, t in enumerate(tokens) if t in JOINERS]
    if len(joiners) != 1 or not ("," in tokens or tokens[joiners[0]] == "&"):
        return False
    items: list[list[str]] = [[]]
    for k, token in enumerate(tokens):
        if token == ",":
            items.append([])
        elif k == joiners[0]:
            if items[-1]:
                items.append([])
        else:
            items[-1].append(token)
    return len(items) >= 2 and all(person_item(item) for item in items) and people(items)
