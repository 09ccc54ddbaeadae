"""Wire copy written in lower case ("finance minister ivo marsh told reporters"): the names a title
introduces right before a reporting verb, capitalised in a copy of the text of the same length, so
that the speaker finder, which reads names by their capitals, sees them.

Only an article almost without capitals is read so, and only a run of two or three plain words
between a title and a reporting verb is taken for a name; each of them must be no function word,
adverb, verb form, office, place or organisation word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from osceq.extract import function_words as fw
from osceq.extract import name_words as w
from osceq.extract import reporting as lex
from osceq.extract.stopwords import STOPWORDS
from osceq.extract.word_kinds import person_noun, title_word

# Fewer capitals than this share of the letters (and enough letters to tell) make a lower-case copy;
# news in ordinary case has more, for its names, places and sentence starts.
_CAPITAL_SHARE = 0.012
# Sentence openings and headlines aside, ordinary copy keeps its names and acronyms: copy with fewer
# is lower case when some sentence opens in lower case, as no ordinary copy does.
_OPENINGS_ASIDE_SHARE = 0.005
# Twice the share, past enough letters, ends the reading early: ordinary copy, whatever follows.
_EARLY_SHARE = 2 * _OPENINGS_ASIDE_SHARE
_EARLY_LETTERS = 400
# How far into the body the dash after a dateline may stand (`Quito, march 3 - `).
_DATELINE_REACH = 60
_MIN_LETTERS = 200
# What ends a sentence (or a paragraph), so that the next letter opens one.
_SENTENCE_ENDS = frozenset(".!?\n")
# Marks that end a line's sentence, so that the next line opens a new one.
_LINE_ENDS = frozenset(".!?:\"”'’)")
# Small letters of the plain alphabet, the most frequent characters of any copy.
_SMALL_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
# The word right before a full stop, and the longest capitalised one taken for an abbreviation.
_WORD_BEFORE = re.compile(r"[A-Za-z]+$")
_MOST_ABBREVIATION = 4

# A title or a noun for a person, then two or three words, then a reporting verb or any past-tense
# verb ("president ivo marsh defended the accord"), which a time adverb may come before ("minister
# ivo marsh earlier described the deal as ...").
# (A look-ahead, so that each word may be tried as the title: "finance minister ivo marsh said".)
_VERBS = "said|says|told|tells|added"
_TITLE_VERBS = f"{_VERBS}|described|noted|stated|warned|announced"
_TIME_ADVERB = "earlier|later|also|today|yesterday|again"
_NAME_AFTER_TITLE = re.compile(
    rf"\b(?=([a-z][a-z\-]+)\s+((?:[a-z][a-z'\-]+\s+){{1,2}}(?!(?:{_TIME_ADVERB})\b)[a-z][a-z'\-]+)"
    rf"(?:\s+(?:{_TIME_ADVERB}))?\s+(?:{_TITLE_VERBS})\b)"
)
# Before any other past-tense verb only two words, the last without a final s, make a name: three
# words may hold the subject's noun (`president ivo marsh exports dropped`), and a plural is no
# surname (`chairman harbour pilots backed the plan`).
_NAME_BEFORE_PAST = re.compile(
    rf"\b(?=([a-z][a-z\-]+)\s+([a-z][a-z'\-]+\s+(?!(?:{_TIME_ADVERB})\b)[a-z][a-z'\-]*[a-rt-z])"
    rf"(?:\s+(?:{_TIME_ADVERB}))?\s+[a-z]{{3,}}ed\b)"
)
# A word right before a reporting verb (or a time adverb and one: "keel also said"), or right after
# "said" or "added".
_WORD_BY_VERB = re.compile(
    rf"\b(?P<before>[a-z][a-z'\-]+)(?=\s+(?:(?:{_TIME_ADVERB})\s+)?(?:{_VERBS})\b)"
    rf"|\b(?:said|added) (?P<after>[a-z][a-z'\-]+)\b"
)


def written_in_lower_case(text: str, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether an article's body (the spans of text) is set in lower case: few capitals at all, or,
    sentence openings and headlines aside, fewer still with some sentence opening in lower case."""
    letters = capitals = upper = lower_openings = 0
    for start, end in spans:
        # A capital opening a sentence is no sign of ordinary case, nor a line all in capitals (a
        # headline run into the body): some lower-case copy starts its sentences with capitals and
        # leaves every name in lower case ("Emanuel said ecuador …"); a capitalised name is the sign.
        before = _last_mark(text, start)
        opening = not before or before in _LINE_ENDS  # (a table's lines are blocks of their own)
        dateline = text.find(" - ", start, min(end, start + _DATELINE_REACH)) if not letters else -1
        mixed = _mixed_line(text, start, end)
        event = dateline + 2  # (a dateline's dash: the story opens after it)
        for at, character in enumerate(text[start:end], start):
            if character in _SMALL_LETTERS and at != event:
                # (most letters: counted, and ending an opening, with no other test)
                letters += 1
                if opening:
                    lower_openings += 1
                    opening = False
                continue
            if character.isalpha():
                letters += 1
                if character.isupper():
                    upper += 1
                    capitals += not opening and _name_capital(text, at, mixed)
                    # (only a capital can make the copy plainly ordinary: a small letter adds only
                    # to the letters each share is taken of)
                    if (
                        capitals > _EARLY_SHARE * max(letters, _EARLY_LETTERS)
                        and upper > 2 * _CAPITAL_SHARE * letters
                    ):
                        return False  # (plainly ordinary copy: no need to read on)
                elif opening and character.islower():
                    lower_openings += 1
                opening = False
            elif character in _SENTENCE_ENDS:
                opening = _ends_sentence(text, at, start)
                if character == "\n":
                    mixed = _mixed_line(text, at + 1, end)
            if at == event:
                opening = True  # `Quito, march 3 - the quake …`: the story opens after the dateline
    if letters < _MIN_LETTERS or upper * 2 >= letters:
        return False
    return upper <= _CAPITAL_SHARE * letters or (
        lower_openings > 0 and capitals <= _OPENINGS_ASIDE_SHARE * letters
    )


def _last_mark(text: str, start: int) -> str:
    """The last character before `start` that is no white space, or "" (as `text[:start].rstrip()[-1:]`,
    without copying the text before)."""
    at = start - 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return text[at] if at >= 0 else ""


def _mixed_line(text: str, start: int, end: int) -> bool:
    """Whether the line from start holds a lower-case letter (it is no headline in capitals)."""
    stop = text.find("\n", start, end)
    line = text[start : end if stop < 0 else stop]
    if line.isascii():
        return line != line.upper()  # (in plain letters only the small ones change: no scan in Python)
    return any(c.islower() for c in line)


def _name_capital(text: str, at: int, mixed: bool) -> bool:
    """Whether the letter at `at` is a capital of ordinary case: one before a lower-case letter (a
    name), or the first of a word in capitals on a line that is no headline (`LONDON, April 7 - LME`)."""
    if not text[at].isupper():
        return False
    following = text[at + 1 : at + 2]
    return following.islower() or (mixed and following.isupper() and not text[at - 1 : at].isalpha())


def _ends_sentence(text: str, at: int, start: int) -> bool:
    """Whether the mark at `at` ends a sentence: a line break only after a sentence's last mark (a
    table's lines open on capitals), a full stop not after an initial or a short capitalised
    abbreviation (`Mr.`, `Feb.`, `J.`), whose next capital opens no sentence."""
    if text[at] == "\n":
        before = text[start:at].rstrip()
        return not before or before[-1] in _LINE_ENDS
    if not text[at + 1 : at + 2].isspace() and at + 1 < len(text):
        return False  # `1.5 pct`, `U.S.`: no space, no sentence's end
    if text[at] != ".":
        return True
    word = _WORD_BEFORE.search(text, max(start, at - 8), at)
    return word is None or not (word.group()[:1].isupper() and len(word.group()) <= _MOST_ABBREVIATION)


def with_names_capitalised(text: str) -> str:
    """The text with the names that titles introduce before a reporting verb capitalised, and their
    surnames wherever they stand next to a reporting verb ("lee said", "said lee")."""
    found_names = [*_NAME_AFTER_TITLE.finditer(text), *_NAME_BEFORE_PAST.finditer(text)]
    names = [m for m in found_names if _introduces_name(m.group(1), m.group(2))]
    if not names:
        return text
    characters = list(text)
    surnames = set()
    for found in names:
        _capitalise_words(characters, found.start(2), found.end(2))
        surnames.add(found.group(2).split()[-1])
    # One pass over every word next to a reporting verb, kept when it is one of the surnames (a pass
    # per surname, or one pattern naming them all, took square time in a long lower-case file).
    for found in _WORD_BY_VERB.finditer(text):
        group = "before" if found.group("before") else "after"
        if found.group(group) in surnames:
            _capitalise_words(characters, found.start(group), found.end(group))
    return "".join(characters)


def _introduces_name(title: str, run: str) -> bool:
    """Whether a title word introduces the run of words as a person's name."""
    if not (title_word(title, nouns_only=True) or person_noun(title)) or title.endswith("s"):
        return False
    words = run.split()
    return len(words) >= 2 and all(_may_be_name_word(word) for word in words)


def _may_be_name_word(word: str) -> bool:
    return not (
        word in STOPWORDS
        or word in fw.NOT_NAME_WORDS
        or word in fw.BETWEEN_WORDS
        or word in fw.NP_STOP
        or word in lex.REPORTING_FORMS
        or word in w.TITLES
        or word in w.OFFICES
        or word in w.PLACES
        or word in w.ORGANISATION_WORDS
        or person_noun(word)
        or word.endswith(("ly", "ed", "ing"))
    )


def _capitalise_words(characters: list[str], start: int, end: int) -> None:
    """Capitalise the first letter of each word in characters[start:end], in place (same length)."""
    for k in range(start, end):
        if characters[k].isalpha() and (k == start or characters[k - 1] in " \t\n"):
            characters[k] = characters[k].upper()
