"""A phrase set after a quote that names the quote as wording: `…," a phrase used in earlier texts.`,
`…," the formula both sides use.` It describes the quoted words and is never who spoke them, though a
noun that is also a verb ("texts", "uses") may make it read as a tag."""

from __future__ import annotations

# Nouns that name a piece of wording.
_WORDING_NOUNS = frozenset(
    [
        "phrase",
        "phrases",
        "term",
        "terms",
        "word",
        "words",
        "wording",
        "expression",
        "expressions",
        "formula",
        "formulation",
        "slogan",
        "catchphrase",
        "euphemism",
    ]
)


# Nouns for a line of words, read as wording only before a word that opens a clause about it (`a
# line his fans quote`, `a mantra several aides repeat`): "line" also heads names of people (`a line
# cook said`).
_LINE_NOUNS = frozenset(["line", "lines", "refrain", "mantra", "motto", "quip"])
_CLAUSE_OPENERS = frozenset(
    [
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "he",
        "she",
        "they",
        "we",
        "that",
        "which",
        "the",
        "several",
        "many",
        "some",
        "few",
        "most",
        "both",
        "all",
    ]
)


def names_the_wording(mention: str) -> bool:
    """Whether a mention is an article and a noun for wording (`a phrase used in …`, `a line his
    players repeated`)."""
    words = mention.lower().split()
    if len(words) < 2 or words[0] not in ("a", "an", "the"):
        return False
    if words[1] in _LINE_NOUNS:
        return len(words) > 2 and words[2] in _CLAUSE_OPENERS
    return words[1] in _WORDING_NOUNS
