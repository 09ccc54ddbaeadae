"""Page furniture of saved web pages that the layout's keyword tests miss: an embedded social post
signed with its author's handle (`— Ann Lee (@annlee) May 3, 2016`). It is no prose of the story:
its names are no antecedent of a later he or she, and its words are no quotation of the story."""

from __future__ import annotations

import re

__all__ = ["is_web_furniture"]

# A post's signature line, or after the post's words: a dash, the author's name, the handle in
# brackets and a date or time (`— Ann Lee (@annlee) May 3, 2016`); or the line a photo site writes
# under a post.
_POST_SIGNATURE = re.compile(
    r"(?:^|\n|(?<=[\"”’.!?]))[ \t]*(?:[—–]|-{1,2})[ \t]*[^\n()@]{2,60}\(@\w{1,30}\)[^\n]{0,50}$"
    r"|(?:^|\n)[ \t]*A post shared by [^\n]{2,60}\(@\w{1,30}\)[^\n]{0,60}$"
)
# How long an embedded post may be, in characters (a post and its signature; a paragraph of the
# story that merely ends on a handle is longer).
_LONGEST_POST = 600


def is_web_furniture(chunk: str) -> bool:
    """Whether a paragraph is a page's furniture: an embedded post ending on its signature."""
    if "(@" in chunk and len(chunk) <= _LONGEST_POST:  # (a handle in brackets: most paragraphs have none)
        return _POST_SIGNATURE.search(chunk) is not None
    return False
