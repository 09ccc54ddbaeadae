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


def names_the_wording(mention: str) -> bool:
    """Whether a mention is an article and a noun for wording (`a phrase used in …`)."""
    words = mention.lower().split()
    return len(words) >= 2 and words[0] in ("a", "an", "the") and words[1] in _WORDING_NOUNS
