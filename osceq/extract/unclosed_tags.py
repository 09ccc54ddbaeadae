"""A quotation whose closing mark the copy left out, ended by its own tag: `"We will cut output,
said the minister.` or `"Prices are low, he said.` with no mark before the paragraph's end. The words
before the tag are the quote and the tag names its speaker, as if the mark had been typed."""

from __future__ import annotations

import re

from osceq.extract import reporting as lex
from osceq.extract import speech_tags
from osceq.extract.quotemarks import Pair, pair_marks
from osceq.extract.tokens import tokenize

# A comma inside the quotation, with a stray single closing mark the copy may have typed for the
# double one (`…,' he said`), then the tag's first word.
_COMMA_THEN_WORD = re.compile(r",(['’]?)[ \t]+(?=[^\W\d_])")
# A speaker in the first or second person inside the quotation is the speaker's own narration
# (`"I told them, we said no.`), never the writer's tag.
_OWN_VOICE = frozenset({"i", "we", "you"})
# Another mark before the comma means the marks were mispaired (a term closed with a single mark,
# `the "pik') certificates`, or a nested quotation): no tag is looked for.
_OTHER_MARK = re.compile(r"[\"“”«»]|[^\W\d_]['’](?![^\W\d_])")
# Words that may follow a tag's speaker or verb in the same tag: where, when, to whom it was said.
_TAG_GOES_ON = frozenset(
    {
        "in",
        "at",
        "on",
        "during",
        "after",
        "before",
        "from",
        "of",
        "by",
        "with",
        "for",
        "here",
        "there",
        "today",
        "yesterday",
        "tonight",
        "later",
        "earlier",
        "recently",
        "last",
        "this",
        "when",
        "while",
        "as",
        "according",
        "adding",
        "noting",
        "told",
        "reporters",
        "journalists",
    }
)


def close_at_tags(text: str, pairs: list[Pair], end: int) -> list[Pair]:
    """pairs with a double quotation left open to the paragraph's end (at end) closed before the
    first tag inside it that names a speaker and ends its sentence; the marks after the tag pair
    afresh (`…, said Ann Lee of Acme. "Next …"` holds a second quotation)."""
    if not pairs or pairs[-1].closed or pairs[-1].single:
        return pairs
    last = pairs[-1]
    # (Found once: a search up to each comma would grow with the square of a long paragraph.)
    other = _OTHER_MARK.search(text, last.open_end, end)
    stop = other.start() if other is not None else end
    for comma in _COMMA_THEN_WORD.finditer(text, last.open_end, stop):
        close_start = comma.start() + 1
        close_end = comma.end(1)
        if not _tag_ends_sentence(text, close_end, end):
            continue
        closed = Pair(last.open_start, last.open_end, close_start, close_end, False, True)
        return [*pairs[:-1], closed, *pair_marks(text, close_end, end)]
    return pairs


def _tag_ends_sentence(text: str, start: int, end: int) -> bool:
    """Whether a speech tag that names its speaker follows at once at start (after the comma) and
    ends the sentence (`, said Lee.`, `, Lee said, adding …`, `, he told reporters here.`)."""
    found = speech_tags.after_quote(text, start, end)
    if found is None or found.mention.text.lower() in _OWN_VOICE:
        return False
    verb = found.cue.text.lower()
    if verb not in lex.INVERTING_FORMS or verb.endswith("ing"):
        return False  # `, people started to cheer`: no verb of saying, so the quote goes on
    first = min(found.mention.start, found.cue.start)
    if text[start:first].strip():
        return False  # the tag does not start right after the comma
    tag_end = max(found.mention.end, found.cue.end)
    following = tokenize(text, tag_end, min(end, tag_end + 40))
    if not following:
        return True
    word = following[0]
    return word.text in (".", ",", ";") or word.low in _TAG_GOES_ON
