"""Plain-text primitives with offsets: paragraphs, sentences and folding for comparison."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from osceq.extract.agency_brackets import agency_follows
from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.name_words import ABBREVIATED_TITLES
from osceq.extract.suffix_stops import suffix_ends_sentence

# A line ending like this closes a paragraph even without a blank line after it.
_PARAGRAPH_END = re.compile(r"""[.!?:;"”’'»)\]…]\s*$""")
_LIST_ITEM = re.compile(r"^\s*(?:[•▪◦·*\-–—]|\(?\d{1,3}[.)]|\[\d{1,3}\])\s")
_BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*\n")
# Editors and mailers mostly wrap prose at 60 to 80 characters; a text with longer lines is taken as
# hard-wrapped only when most of its lines are about as long as the longest (`_evenly_long`), else its
# line breaks end paragraphs even where a paragraph lacks its closing full stop.
_WRAP_WIDTH = 100


def _line_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    position = start
    while position < end:
        newline = text.find("\n", position, end)
        stop = end if newline == -1 else newline
        yield position, stop
        position = stop + 1


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of text[start:end] without its leading and trailing whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Split text into paragraphs, returned as trimmed (start, end) offsets.

    Blank lines always separate paragraphs. A single newline separates them too unless the text is
    hard-wrapped: a line that runs on (no closing punctuation) into the next is joined with it.
    """
    result: list[tuple[int, int]] = []
    chunk_start = 0
    for match in [*_BLANK_LINES.finditer(text), None]:
        chunk_end = match.start() if match else len(text)
        result.extend(_split_chunk(text, chunk_start, chunk_end))
        if match:
            chunk_start = match.end()
    return result


def _evenly_long(lines: list[tuple[int, int]], widest: int) -> bool:
    """Whether most lines come near the widest, as when prose is hard-wrapped at any width (110 or
    120 characters too); a text with a paragraph a line has lines of every length."""
    near = sum(1 for a, b in lines if b - a >= 0.85 * widest)
    return len(lines) >= 3 and 3 * near >= 2 * len(lines)


# A quotation closed on a word at the end of a line, no sentence punctuation before its mark.
_QUOTE_ON_WORD = re.compile(r"""\w["”’']+\s*$""")


def _quote_mid_sentence(previous: str, line: str) -> bool:
    """A line ending on a quotation closed on a word (`the vote was ''well run''`) before a line going
    on in lower case (`but noted …`): the sentence, and the paragraph, go on."""
    return line[:1].islower() and _QUOTE_ON_WORD.search(previous) is not None


def _split_chunk(text: str, start: int, end: int) -> list[tuple[int, int]]:
    lines = [trim(text, a, b) for a, b in _line_spans(text, start, end)]
    lines = [(a, b) for a, b in lines if b > a]
    if not lines:
        return []
    widest = max(b - a for a, b in lines)
    wrapped = widest <= _WRAP_WIDTH or _evenly_long(lines, widest)
    result: list[tuple[int, int]] = []
    current_start, current_end = lines[0]
    for line_start, line_end in lines[1:]:
        # Only the paragraph's end is looked at: the paragraph so far grows with every line it takes.
        previous = text[max(current_start, current_end - 80) : current_end]
        line = text[line_start:line_end]
        runs_on = (
            (not _PARAGRAPH_END.search(previous) or _quote_mid_sentence(previous, line))
            and (current_end - text.rfind("\n", 0, current_end) - 1) >= 0.6 * widest
            and widest >= 40
            and (wrapped or line[:1].islower())
            and not _LIST_ITEM.match(line)
        )
        if runs_on:
            current_end = line_end
        else:
            result.append((current_start, current_end))
            current_start, current_end = line_start, line_end
    result.append((current_start, current_end))
    return result


# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    [
        *(title.lower() for title in ABBREVIATED_TITLES),
        "st",
        "sr",
        "jr",
        "messrs",
        "mt",
        "ft",
        "no",
        "nos",
        "vs",
        "etc",
        "inc",
        "corp",
        "co",
        "ltd",
        "bros",
        "dept",
        "univ",
        "est",
        "approx",
        "fig",
        "vol",
        "pp",
        "p",
        "al",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "a.m",
        "p.m",
        "e.g",
        "i.e",
        "u.s",
        "u.k",
        "u.n",
        "u.s.a",
        "d.c",
    ]
)
_SENTENCE_END = any_case_pattern(
    # (markdown bold or italic stars around a run-in head on web pages: `**The tax cut.** Lee …`)
    r"""[.!?…]+["”’'»)\]]*\**(?=\s+\**["“‘'«(\[]?[A-Z0-9])"""
    # A full stop glued to the next sentence ("religion.The") in carelessly edited text. (The stop
    # comes first and the look back after it: the branch is tried at every position of the text, and
    # failing on its first character there costs far less than a look back; splitting is twice as fast.)
    r"""|[.!?](?<=[a-z]{3}[.!?]|[0-9]{3}[.!?])(?=[A-Z][a-z])"""
)


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split text[start:end] into sentences, returned as trimmed (start, end) offsets."""
    end = len(text) if end is None else end
    result: list[tuple[int, int]] = []
    sentence_start = start
    for match in _SENTENCE_END.finditer(text, start, end):
        dot = match.start()
        if (
            match.group().startswith(".")
            and _ends_with_abbreviation(text, sentence_start, dot)
            and not suffix_ends_sentence(text, dot)
        ):
            continue
        if match.group() == "." and agency_follows(text, dot):
            continue  # `DOVER, Del. (Capitol Wire) —`: a dateline goes on
        a, b = trim(text, sentence_start, match.end())
        if b > a:
            result.append((a, b))
        sentence_start = match.end()
    a, b = trim(text, sentence_start, end)
    if b > a:
        result.append((a, b))
    return result


def _ends_with_abbreviation(text: str, start: int, dot: int) -> bool:
    word_start = dot
    while word_start > start and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    if not word:
        return False
    # A single capital letter is an initial ("J. Smith"); short dotted forms are abbreviations.
    return (
        word in _ABBREVIATIONS
        or (len(word) == 1 and text[dot - 1].isupper())
        or _initials(text, word_start, dot)
    )


# Initials before a name: "scholar T.K. Arleth said" (but "in the U.S. Sales rose": a place, then a
# new sentence).
_INITIALS = any_case_pattern(r"(?:[A-Z]\.)+[A-Z]")
_NAME_AFTER = any_case_pattern(r"\.\s?[A-Z][a-z]+\b(?!\.)")


def _initials(text: str, word_start: int, dot: int) -> bool:
    """Whether dotted initials not after "the" stand before a name (that does not end the sentence)."""
    if not _INITIALS.fullmatch(text, word_start, dot) or text.endswith(("the ", "The "), 0, word_start):
        return False
    return _NAME_AFTER.match(text, dot) is not None


def fold(text: str) -> str:
    """Lower-case and strip diacritics, so 'Valtonen', 'VALTONEN' and 'Valtönen' compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def words(text: str) -> list[str]:
    """The folded word tokens of text (letters and digits, apostrophes kept inside words)."""
    return re.findall(r"[^\W_]+(?:['’][^\W_]+)*", fold(text))


# UTF-8 read as Windows-1252 or Latin-1 ("PeÃ±a" for "Peña", "â€™" for "’"): the character of a
# lead byte (Â to ô) followed by one to three of those that continuation bytes (0x80-0xBF) become.
_CONTINUATION_BYTES = bytes(range(0x80, 0xC0))
_CONTINUATION = re.escape(
    "".join(
        sorted(set(_CONTINUATION_BYTES.decode("cp1252", "ignore") + _CONTINUATION_BYTES.decode("latin-1")))
    )
)
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{_CONTINUATION}]{{1,3}}")


def repair_mojibake(text: str) -> str:
    """Text with each run of UTF-8 that was decoded as Windows-1252 or Latin-1 decoded again.

    A run stays as it is unless its bytes make valid UTF-8, which ordinary accented text almost never
    does ("Ã±" can only be "ñ"; "é»" is no UTF-8). For names shown to users: offsets into the
    article are never taken from the repaired text.
    """
    for _ in range(3):  # text garbled twice ("SarukhÃÂ¡n") takes two rounds
        if not _MOJIBAKE.search(text):
            break
        repaired = _MOJIBAKE.sub(_redecoded, text)
        if repaired == text:
            break
        text = repaired
    return text


def _redecoded(match: re.Match[str]) -> str:
    for encoding in ("cp1252", "latin-1"):
        try:
            decoded = match.group().encode(encoding).decode("utf-8")
        except UnicodeError:
            continue
        # Only Latin letters and common punctuation: "Fuß" and a no-break space make valid UTF-8 too,
        # of a letter of another script, which garbling Western text never produces.
        if all(c < "\u0250" or "\u2000" <= c <= "\u206f" or c in "€™" for c in decoded):
            return decoded
    return match.group()
