"""Sources that only render a speaker's words in another language: `"…," Lee said, according to a
translation provided by his office` cites the translation for the wording, not for who spoke, so
the speaker in the tag stays."""

from __future__ import annotations

# Head nouns of a phrase that renders speech rather than reports it.
_RENDERING_NOUNS = frozenset(
    {
        "translation",
        "translations",
        "translator",
        "translators",
        "interpreter",
        "interpreters",
        "interpretation",
    }
)


def renders_speech(phrase: str) -> bool:
    """Whether a cited phrase is a translation or an interpreter (`a translation provided by his
    campaign`, `an interpreter`, `the official English translation`)."""
    words = phrase.lower().replace(",", " ").split()
    head = next(
        (k for k, word in enumerate(words) if word in ("by", "of", "from", "provided", "issued")), len(words)
    )
    return any(word in _RENDERING_NOUNS for word in words[:head])
