"""Where the sentence around a quotation begins, with the sentence-break rules of news text (a
full stop after a title or an initial is no break)."""

from __future__ import annotations

import bisect
import re

from osceq.extract.function_words import LABELLED_NOUNS
from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.name_words import ABBREVIATED_TITLES
from osceq.extract.quotemarks import Pair
from osceq.extract.suffix_stops import SUFFIX_STOP

# A full stop is no break after a title or an initial ("Capt. Jane Roe", "John Q. Public").
_NO_BREAK = "".join(rf"(?<!\b{word}\.)" for word in (*ABBREVIATED_TITLES, "St", "Jr", "Sr"))
# Nor after an abbreviated month before its day ("on Feb. 1"), as news style writes dates, or
# after "No." before its number ("the party's No. 2").
_BEFORE_NUMBER = "|".join(
    rf"(?<=\b{word}\.)" for word in ("Jan", "Feb", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No")
)
_AFTER_TITLE = "|".join(rf"(?<=\b{word}\.)" for word in ABBREVIATED_TITLES)
# Invisible direction and joiner marks that copied social-media posts carry before a quote mark.
INVISIBLE = "\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff"
# But a capital after a noun it labels ends a sentence ("We chose plan A. Lee said …").
_AFTER_LABEL = "|".join(rf"(?<=\b(?i:{noun})\s[A-Z]\.)" for noun in sorted(LABELLED_NOUNS))
# After an initialism ("the U.S. He says"), only a subject pronoun shows that a new sentence begins.
# A quotation may open on an ellipsis marking words left out (`. "... We won."`).
SENTENCE_BREAK = any_case_pattern(
    rf"(?:[!?…]|\.{_NO_BREAK}(?<!\b[A-Z]\.)(?!(?:{_BEFORE_NUMBER})\s+\d))[)\"”’']*\s+"
    rf"(?=[{INVISIBLE}]*[\"“‘'(`]{{0,2}}(?:(?:\.\s?){{2}}\.\s?|…\s?)?\[?[A-Z0-9])"
    r"|(?<=\b[A-Z]\.[A-Z]\.)\s+(?=(?:He|She|They|We|I)\s)"
    rf"|(?<=\s[A-Z]\.)(?:{_AFTER_LABEL})\s+(?=[\"“‘'(`]{{0,2}}[A-Z])"
    rf"|{SUFFIX_STOP}"
    # A title stands before a name, never before a quote: `The prize went to Mme. "It was …"`.
    # (A one-word quotation there is a nickname inside the name: `Mr. "Big" Tom Reed`.)
    rf"|\.(?:{_AFTER_TITLE})\s+(?=[{INVISIBLE}]*[\"“‘'][A-Z0-9])(?![\"“‘'][^\s\"“”‘’']+[\"”’'])"
)


def sentence_start(text: str, paragraph_start: int, floor: int, position: int) -> int:
    """Where the sentence holding position begins, not before floor."""
    begin = max(floor, position - 600, paragraph_start)
    last = begin
    # The look-ahead must see the opening mark at position (and an ellipsis after it), so search a
    # little past it.
    for match in SENTENCE_BREAK.finditer(text, begin, min(len(text), position + 10)):
        if match.end() <= position:
            last = match.end()
    return last


# How far back a sentence holding quotations may reach (characters), and over how many quotations:
# a paragraph of marks with no full stop would otherwise be one sentence, walked back from each of
# its quotes (square time); short quotes with signatures (`"Yes." — Lee "No." — Park`) pack many
# quotations into those characters.
_LONGEST_SENTENCE = 3000
_MOST_QUOTES_BEFORE = 40


def sentence_ranges(text: str, paragraph_start: int, pairs: list[Pair], k: int) -> list[tuple[int, int]]:
    """The stretches of the sentence before quote k that lie outside quotations, in order."""
    ranges: list[tuple[int, int]] = []
    end = pairs[k].open_start
    for j in range(k - 1, max(k - _MOST_QUOTES_BEFORE - 1, -2), -1):  # j = -1: the paragraph's start
        floor = pairs[j].close_end if j >= 0 else paragraph_start
        start = sentence_start(text, paragraph_start, floor, end)
        ranges.append((start, end))
        if start > floor or j < 0 or end - floor > 600 or pairs[k].open_start - floor > _LONGEST_SENTENCE:
            break
        previous = pairs[j]
        inside = text[previous.open_end : previous.close_start].rstrip()
        following = text[previous.close_end : end].lstrip().lstrip("<")  # (a wire's `<Firm Ltd>`)
        if inside[-1:] in (".", "!", "?") and (not following or following[0].isupper()):
            break  # `"A." "B"` or `"A." He added, "B"`: the quote before ended its own sentence
        end = previous.open_start
    return ranges[::-1]


# A capitalised article before a lower-case word: a described subject opening a sentence.
_ARTICLE_OPENING = any_case_pattern(r"(?:The|An?) [a-z]")
# A verb that ends its clause at once (`The mayor said.`).
_VERB_ENDS = re.compile(r"\s*[.,]")


def next_sentence_after(text: str, end: int, mention: str, cue_end: int) -> bool:
    """Whether a tag after a quote that closed its sentence (its text ends at end) is rather the
    writer's next sentence: its subject opens on a capitalised article and a common noun, and its verb
    goes on (`The crowd cheers his words.`, `A new ad accuses him …`); a tag ends at its verb (`The
    mayor said.`)."""
    return (
        text[end - 1] in ".!?"
        and _ARTICLE_OPENING.match(mention) is not None
        and not _VERB_ENDS.match(text, cue_end)
    )


class SentenceBreaks:
    """The sentence breaks of a stretch of text, found once and then looked up between any two
    offsets by bisection: a quote is not scanned back break by break to an older quote."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text = text
        self._matches = list(SENTENCE_BREAK.finditer(text, start, end))
        self._starts = [m.start() for m in self._matches]
        self._ends = [m.end() for m in self._matches]

    def _range(self, start: int, end: int) -> tuple[int, int]:
        """The indexes of the breaks that `SENTENCE_BREAK.finditer(text, start, end)` finds."""
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_right(self._ends, end)
        if last > first:
            # The look-ahead of the last break may need text past `end`, which a bounded search
            # does not see: that break counts only when the search bounded at `end` finds it.
            match = self._matches[last - 1]
            bounded = SENTENCE_BREAK.match(self._text, match.start(), end)
            if bounded is None or bounded.end() != match.end():
                last -= 1
        return first, max(first, last)

    def count(self, start: int, end: int) -> int:
        first, last = self._range(start, end)
        return last - first

    def first_end(self, start: int, end: int) -> int | None:
        """Where the first break between start and end ends, or None without one."""
        first, last = self._range(start, end)
        return self._ends[first] if last > first else None

    def last_end(self, start: int, end: int) -> int | None:
        """Where the last break between start and end ends, or None without one."""
        first, last = self._range(start, end)
        return self._ends[last - 1] if last > first else None
