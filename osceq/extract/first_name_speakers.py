"""A speaker written by the first name alone (`"…," Maria says` after `Maria Okafor`), as features
write people once fully named: shown by the article's one full name opening with that word."""

from __future__ import annotations

from typing import TYPE_CHECKING

from osceq.extract.given_names import is_given_name
from osceq.extract.knighted_names import honoured_full_name

if TYPE_CHECKING:
    from osceq.extract.article_names import ArticleNames


def shown_full_name(names: ArticleNames, written: str, name: str) -> str:
    """The name to show for a person's mention: the honoured or fullest form of the name, or, for a
    given name written alone that is nobody's surname in the article, the one full name it opens
    (`Maria` for Maria Okafor, even beside her son Daniel Okafor)."""
    full = honoured_full_name(names, written, name)
    if full != name or " " in name or written.strip() != name or not is_given_name(name):
        return full  # (a firm's or a family name alone, `Ford`, `Li`, is left as written)
    return names.first_name_owner(name) or full
