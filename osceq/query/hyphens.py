"""A hyphen between two word parts folds away: "co-operation" is "cooperation", for search and who-said.

The index keeps the parts of a hyphenated word ("co", "oper"), so "long-term" is found by "term" as
before. Queries then bridge the two spellings:

- search: a hyphenated query word also looks for the joined word, and a long query word starting
  with a prefix English hyphenates also looks for its parts side by side when the index holds both
  ("cooperation" OR "co operation");
- who-said: a hyphenated pair on one side is read as one word when the other side has that word.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from osceq.index import TEXT_ANALYZER, name_words

_WORD = re.compile(r"[^\W_]+")
_QUOTED = re.compile(r'("[^"]*")')
# A query word of letters joined by hyphens, or a long one that may be a joined pair; never one
# that ends in query syntax (a wildcard, a fuzzy ~, a boost ^) or names a field (title:).
_QUERY_WORD = re.compile(r"(?<![\w-])(?:[^\W\d_]+(?:-[^\W\d_]+)+|[^\W\d_]{7,})(?![\w*?~^:-])")
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"}
_MIN_FIRST, _MIN_SECOND = 2, 4  # letters of the parts of a joined word ("co" + "operation")
# Prefixes English writes with or without a hyphen ("co-operation", "non-profit"; not "re", since
# "re-sign" and "resign", "re-cover" and "recover" are other words): a
# long query word is looked for as two parts only after one of them, since any other cut finds
# little but costs a phrase lookup ("pre ident", "int rest").
_HYPHENATED_PREFIXES = frozenset(
    [
        "co",
        "pre",
        "non",
        "anti",
        "multi",
        "inter",
        "post",
        "semi",
        "sub",
        "vice",
        "self",
        "pro",
        "counter",
        "over",
        "under",
        "cross",
        "mid",
        "micro",
        "macro",
    ]
)
_MIN_JOINED = 7  # letters of a word that may be two joined parts


def hyphenated_words(text: str) -> tuple[list[str], frozenset[int]]:
    """text's folded words (as the index splits them) and the places i where a hyphen joins i and i + 1."""
    pairs = set()
    previous_end = -2
    for place, match in enumerate(_WORD.finditer(text)):
        start = match.start()
        hyphen = place and start == previous_end + 1 and text[previous_end] == "-"
        if hyphen and text[previous_end - 1].isalpha() and text[start].isalpha():
            pairs.add(place - 1)
        previous_end = match.end()
    return name_words(text), frozenset(pairs)


def joined_where_wanted(words: list[str], pairs: frozenset[int], wanted: set[str] | None) -> list[str]:
    """words with each hyphenated pair made one word where that word is in wanted (the other side's
    words), or everywhere when wanted is None."""
    if not pairs:
        return words
    result = []
    place = 0
    while place < len(words):
        joined = words[place] + words[place + 1] if place in pairs and place + 1 < len(words) else None
        if joined is not None and (wanted is None or joined in wanted):
            result.append(joined)
            place += 2
        else:
            result.append(words[place])
            place += 1
    return result


def with_hyphen_variants(text: str, indexed: Callable[[str], bool]) -> str:
    """A search query that also finds the other spelling of hyphenated and joined words.

    `indexed(stem)` says whether the index holds a stem. Phrases in double quotes stay as written.
    """
    parts = _QUOTED.split(text)
    for place in range(0, len(parts), 2):  # the odd places are quoted phrases
        parts[place] = _QUERY_WORD.sub(lambda m: _variants(m.group(), indexed), parts[place])
    return "".join(parts)


def _variants(word: str, indexed: Callable[[str], bool]) -> str:
    if "-" in word:
        if word.lower().startswith("re-"):
            return word  # `re-sign` joined is `resign`, `re-form` is `reform`: another word
        return f'("{word.replace("-", " ")}" OR {word.replace("-", "")})'  # parts side by side, or joined
    return _split_variant(word, indexed)


def _split_variant(word: str, indexed: Callable[[str], bool]) -> str:
    if word in _OPERATORS:
        return word
    splits = [f'"{first} {second}"' for first, second in _cuts(word, indexed)]
    return f"({word} OR {' OR '.join(splits)})" if splits else word


def joined_parts(word: str, indexed: Callable[[str], bool]) -> list[tuple[str, str]]:
    """The stems of the two parts a long word may be written as with a hyphen, both in the index."""
    if len(word) < _MIN_JOINED or not word.isalpha():
        return []
    return [(str(_stem(first)), str(_stem(second))) for first, second in _cuts(word, indexed)]


def _cuts(word: str, indexed: Callable[[str], bool]) -> list[tuple[str, str]]:
    """Where word may be cut into two parts written with a hyphen: after a prefix English hyphenates."""
    found = []
    folded = word.lower()
    for cut in range(_MIN_FIRST, len(word) - _MIN_SECOND + 1):
        if folded[:cut] not in _HYPHENATED_PREFIXES:
            continue
        first, second = _stem(word[:cut]), _stem(word[cut:])
        if first and second and indexed(first) and indexed(second):
            found.append((word[:cut], word[cut:]))
    return found


def _stem(word: str) -> str | None:
    tokens = [token.text for token in TEXT_ANALYZER(word)]
    return tokens[0] if len(tokens) == 1 else None
