"""Page furniture of saved web pages that the layout's keyword tests miss: an embedded social post
signed with its author's handle (`— Ann Lee (@annlee) May 3, 2016`), a line asking readers to
follow a writer (`Follow Ann Lee on Twitter @annlee.`) and a link to another page under a label
(`SEE ALSO: Mayor Tom Reed promises funding`), a writer's box (`About the author: Tom Reed covers
schools.`) and an editor's note or correction on the story
(`Correction: An earlier version … said she called the plan "a waste."`). None is prose of the
story: their names are no antecedent of a later he or she, and their words are no quotation of the
story (a correction quotes what was wrongly printed, not what anyone said)."""

from __future__ import annotations

import re

from osceq.extract.reported_quotations import has_tag_verb, holds_tagged_quote
from osceq.extract.text import sentences
from osceq.extract.web_words import PAST_TAG_VERBS, TAG_VERBS

__all__ = ["is_web_furniture"]

# A post's signature line, or after the post's words: a dash, the author's name, the handle in
# brackets and a date or time (`— Ann Lee (@annlee) May 3, 2016`); or the line a photo site writes
# under a post.
_POST_SIGNATURE = re.compile(
    r"(?:^|\n|(?<=[\"”’.!?]))[ \t]*(?:[—–]|-{1,2})[ \t]*[^\n()@]{2,60}\(@\w{1,30}\)[^\n]{0,50}$"
    r"|(?:^|\n)[ \t]*A post shared by [^\n]{2,60}\(@\w{1,30}\)[^\n]{0,60}$"
)
# A line asking readers to follow a named writer on a social site or at a handle.
_FOLLOW_LINE = re.compile(
    r"[ \t]*(?:You can )?[Ff]ollow[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){1,4}"
    r"(?:on[ \t]+(?:Twitter|X|Facebook|Instagram|Threads|Bluesky|TikTok|LinkedIn|Mastodon)\b|@\w)"
)
# How long a follow line may be, in words.
_LONGEST_FOLLOW_LINE = 20
# A link's label before a colon, after an arrow or a bullet a page may set before it, then a
# headline's capital or quote mark; the link's words are another page's headline (`Related: 'It was
# like a war zone': residents describe fire`).
_LINK_LABEL = re.compile(
    r"[ \t]*(?:[►▶»›•*→>][ \t]*)?"
    r"(?i:related|read[ \t]+(?:more|also|next)|also[ \t]+read|see[ \t]+also|also|trending|recommended"
    r"|more(?:[ \t]+from(?:[ \t]+[\w’'&.-]+){1,3})?|top[ \t]+stories|most[ \t]+(?:read|popular)"
    r"|(?P<media>watch|video|listen|photos|gallery|podcast))[ \t]*[:|][ \t]+[A-Z0-9\"“‘'«]"
)
# A clip's label keeps a quotation as the clip's words (`WATCH: 'I will not resign,' says mayor`).
_QUOTE_MARKS = "\"“”‘’'«»"
# The marks that open a quotation (an apostrophe opens none).
_OPENING_MARKS = '"“”‘«'
_LETTERS = re.compile(r"[a-z]+")
# How long a link line may be, in words.
_LONGEST_LINK = 20
# An editor's note or a correction, by its label and a colon or a spaced dash (`Correction: …`, not
# `Corrections-department officials said …`), or by its opening words.
_NOTE = re.compile(
    r"[ \t]*(?:(?i:corrections?|clarification|editor['’]s[ \t]+note)(?:[ \t]*\([^)\n]{1,30}\))?"
    r"[ \t]*(?::[ \t\n]|(?:[—–]|-{1,2})[ \t])"
    r"|(?:An[ \t]+earlier|A[ \t]+previous)[ \t]+version[ \t]+of[ \t]+this[ \t]+"
    r"(?:article|story|report|post)\b)"
)
# A story's note on itself (`This article was updated on May 4.`): furniture only as the whole of a
# paragraph at the story's end, with no verb of a tag (`This report was updated …, said Ana Voss.`).
_SELF_NOTE = re.compile(
    r"[ \t]*This[ \t]+(?:article|story|report|post)[ \t]+"
    r"(?:(?:was|has[ \t]+been)[ \t]+(?:corrected|updated|amended)"
    r"|incorrectly|wrongly|misstated|misspelled|misquoted|misidentified)\b"
)
# A writer's box, opening on its label (`About the author: …`). A request to contact somebody at an
# address (`Contact Detective Dana Pike at dpike@…`) is no box: a story's appeal names its speaker so.
_WRITERS_BOX = re.compile(
    r"[ \t]*(?i:about[ \t]+the[ \t]+(?:authors?|writers?|reporters?))[ \t]*(?:[:|]|[—–-][ \t]|\n|$)"
)
# How long a writer's box may be, in words.
_LONGEST_BOX = 60
# How long a note may be, in words.
_LONGEST_NOTE = 100
# How long an embedded post may be, in characters (a post and its signature; a paragraph of the
# story that merely ends on a handle is longer).
_LONGEST_POST = 600


def is_web_furniture(chunk: str, at_the_end: bool = False) -> bool:
    """Whether a paragraph is a page's furniture: an embedded post ending on its signature, a line
    asking readers to follow a writer, a link line, an editor's note or correction, or a writer's box
    (at_the_end: the paragraph is among the story's last)."""
    if "(@" in chunk and len(chunk) <= _LONGEST_POST:  # (a handle in brackets: most paragraphs have none)
        return _POST_SIGNATURE.search(chunk) is not None
    if "ollow " in chunk[:16] and len(chunk.split()) <= _LONGEST_FOLLOW_LINE:
        return _FOLLOW_LINE.match(chunk) is not None
    if (":" in chunk[:32] or "|" in chunk[:16]) and _link_line(chunk):
        return True
    first = chunk.lstrip()[:1]
    if first not in "CcEeTAa":
        return False  # (most paragraphs: no note or box)
    if len(chunk.split()) > _LONGEST_NOTE:
        return False
    return _note(chunk, at_the_end) or _writers_box(chunk)


def _note(chunk: str, at_the_end: bool) -> bool:
    """Whether a paragraph is an editor's note or a correction: no quotation in it has a tag of its
    own (`Corrections officials said … "It was chaos," said Dena Marsh.` is the story's)."""
    if _NOTE.match(chunk) is not None:
        return not holds_tagged_quote(chunk)
    return (
        at_the_end
        and _SELF_NOTE.match(chunk) is not None
        and len(sentences(chunk)) == 1
        and not has_tag_verb(chunk)
    )


def _writers_box(chunk: str) -> bool:
    """Whether a paragraph is a box on the writer: short, opening on its label, with no quotation
    and no verb of a tag (`About the author: … "…," she said.` is the story's)."""
    if len(chunk.split()) > _LONGEST_BOX or _WRITERS_BOX.match(chunk) is None:
        return False
    return not any(mark in chunk for mark in _OPENING_MARKS) and not has_tag_verb(chunk)


def _link_line(chunk: str) -> bool:
    """Whether a paragraph is a link under a label: one line, a headline's length, and no full stop
    at its end (a sentence of the story may open on `Also:`)."""
    label = _LINK_LABEL.match(chunk)
    if label is None or "\n" in chunk or len(chunk.split()) > _LONGEST_LINK:
        return False
    if chunk.rstrip(_QUOTE_MARKS + ")").endswith(".") or _tagged_after_label(chunk, label.group()):
        return False
    return not (label.group("media") and any(mark in chunk for mark in _QUOTE_MARKS))


def _tagged_after_label(chunk: str, label: str) -> bool:
    """Whether a quotation under a link's label has a tag that makes the line a sentence of the
    story: any tag's verb under a bare `Also:` (`Also: "…," said Senator Ann Lee`), a past one under
    any label (a linked headline tags in the present: `SEE ALSO: '…,' says Tom Reed`)."""
    closing = max(chunk.rfind(mark) for mark in "\"”’'»")
    if closing < len(label):
        return False
    after = set(_LETTERS.findall(chunk[closing:].lower()))
    bare_also = _LETTERS.findall(label[:-1].lower()) == ["also"]  # (the label less the line's first mark)
    return bool(after & (TAG_VERBS if bare_also else PAST_TAG_VERBS))
