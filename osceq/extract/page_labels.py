"""Labels a saved web page writes before a colon (`Related: ‘…’ firms face rules`, `Read more: …`,
`Photo: …`): links, captions and credits, whose quotation marks belong to a linked headline or a
caption, never words the label said."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from osceq.extract.tokens import Token

# The words of such labels, lower case; a label is made of these alone.
_LABEL_WORDS = frozenset(
    [
        "related",
        "read",
        "more",
        "also",
        "see",
        "watch",
        "listen",
        "advertisement",
        "topics",
        "share",
        "updated",
        "update",
        "pictured",
        "picture",
        "photo",
        "photograph",
        "image",
        "video",
        "caption",
        "credit",
        "source",
        "sponsored",
        "recommended",
    ]
)


def page_label(tokens: list[Token]) -> bool:
    """Whether the words before a closing colon (the last token) are a page's label alone."""
    words = tokens[:-1]
    return 0 < len(words) <= 3 and all(t.low in _LABEL_WORDS for t in words)
