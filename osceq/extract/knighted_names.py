"""`Sir Nigel`, `Dame Ann`: British papers put these honours before the given name alone, so a later
`Sir Ivo said` means the article's Sir Ivo Marsh, shown by his full name."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from osceq.extract.article_names import ArticleNames

_HONOURS = ("Sir ", "Dame ")


def honoured_full_name(names: ArticleNames, written: str, name: str) -> str:
    """The full name to show for a person's mention as written: the one full name in the article
    opening with the given name after `Sir` or `Dame`, else the article's fullest form of the name."""
    if " " not in name and written.strip().startswith(_HONOURS):
        owner = names.first_name_owner(name)
        if owner is not None:
            return owner
    return names.full_name(name)
