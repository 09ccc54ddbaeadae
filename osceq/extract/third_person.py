"""A speaker named by the given name alone inside the quotation given to them (`"Lorna thinks the
courts will save us," she said`, when "she" was read as Lorna Mack): people speak of others by a
first name, seldom of themselves, so the pronoun was most likely read as the wrong person. (A full
name or a surname is no such sign: candidates speak of themselves so, `"… vote for Bo Park"`.)"""

from __future__ import annotations

from osceq.extract.letter_cases import any_case_pattern

# A capital letter (of a surname after the given name).
_CAPITAL = any_case_pattern(r"[A-Z]")


def given_name_in_words(name: str, words: str) -> bool:
    """Whether the given name of a person's name (of two words or more) stands alone in the quoted
    words, with no capitalised word after it."""
    parts = name.split()
    if len(parts) < 2 or not (parts[0].isalpha() and parts[0][:1].isupper() and len(parts[0]) > 2):
        return False
    # (Alone: a whole word, not followed by a surname, hers or another Peter's: `Peter Vollan`. A
    # scan for the word rather than a pattern made for each name, whose compiling cost more.)
    given = parts[0]
    at = words.find(given)
    while at >= 0:
        end = at + len(given)
        if not _word_character(words, at - 1) and not _word_character(words, end):
            rest = words[end:]
            spaced = rest.lstrip()
            if len(spaced) == len(rest) or _CAPITAL.match(spaced) is None:
                return True
        at = words.find(given, at + 1)
    return False


def _word_character(text: str, at: int) -> bool:
    """Whether text[at] is a character a pattern's `\\w` takes (none outside the text)."""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")
