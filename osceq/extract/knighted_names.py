"""`Sir Nigel`, `Dame Ann`: British papers put these honours before the given name alone, so a later
`Sir Ivo said` means the article's Sir Ivo Marsh, shown by his full name with the honour."""

from __future__ import annotations

from typing import TYPE_CHECKING

from osceq.extract.letter_cases import any_case_pattern

if TYPE_CHECKING:
    from osceq.extract.article_names import ArticleNames

_HONOURS = ("Sir ", "Dame ")

# An honour and the capitalised words after it (`Sir Ivo Marsh`).
_HONOURED_RUN = any_case_pattern(r"\b(?:Sir|Dame)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def _written_with_honour(names: ArticleNames, full: str) -> bool:
    """Whether the article writes this full name after `Sir` or `Dame` (read once per article)."""
    if names.honoured_runs is None:
        names.honoured_runs = {m.group(1) for m in _HONOURED_RUN.finditer(names.text)}
    return any(run.startswith(full) for run in names.honoured_runs)


def honoured_full_name(names: ArticleNames, written: str, name: str) -> str:
    """The full name to show for a person's mention as written: the one full name in the article
    opening with the given name after `Sir` or `Dame`, when the article gives that person the honour
    (`Ivo Brent, a tenant` is no Sir Ivo); else the article's fullest form of the name."""
    if " " not in name and written.strip().startswith(_HONOURS):
        owner = names.first_name_owner(name)
        if owner is not None and _written_with_honour(names, owner):
            return owner
    return names.full_name(name)
