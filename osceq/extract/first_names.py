"""The article's full names that a lone first name may stand for, and names written as a firm's.
The given-name lists live in given_names.py, below the mention parser that reads them too."""

from __future__ import annotations

import re
from collections.abc import Iterable

from osceq.extract.names import speaker_key

__all__ = ["by_first_word", "named_as_thing"]


_GENERATIONS = frozenset(("jr", "sr", "ii", "iii", "iv"))
# Words after a firm's name; not "campaign" or "administration", which follow people's names too.
_COMPANY_WORDS = frozenset(
    ("inc", "corp", "co", "ltd", "plc", "llc", "group", "holdings", "industries", "company")
)


def by_first_word(names: Iterable[str]) -> dict[str, dict[str, str]]:
    """The names of two words or more under their first word, each as {key: name}; not a name whose
    second word is a generation ("Duncan Jr" has no first name)."""
    found: dict[str, dict[str, str]] = {}
    for name in names:
        words = name.split()
        if len(words) > 1 and words[0].isalpha() and words[1].lower().strip(".,") not in _GENERATIONS:
            found.setdefault(words[0], {})[speaker_key(name)] = name
    return found


def named_as_thing(text: str, name: str) -> bool:
    """Whether the text writes the name as a firm's or a thing's: before a company word ("Reno World
    Inc") or before ", which" ("Lorne Paints, which Ebner bought")."""
    for match in re.finditer(re.escape(name) + r"(?:\s*,\s*(which)\b|\s+([A-Za-z]+\.?))", text):
        if match.group(1) or (match.group(2) or "").lower().rstrip(".") in _COMPANY_WORDS:
            return True
    return False
