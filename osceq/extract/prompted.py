"""The speaker a cause moves to speak: `The result prompted Ann Lee to say …`, `…, leading aides
like Ivo Marsh to counter that …`: the object of a verb of causing before "to" and a reporting verb
is who speaks, not the sentence's subject (a record, an event, a tweet)."""

from __future__ import annotations

from osceq.extract.tokens import Token, capitalised, joins_name

# Verbs that make someone do what the infinitive after their object says.
_CAUSING_WORDS = """
    prompt prompts prompted prompting lead leads led leading spur spurs spurred spurring
    move moves moved moving inspire inspires inspired inspiring drive drives drove driving
    push pushes pushed pushing force forces forced forcing cause causes caused causing
"""
_CAUSING = frozenset(_CAUSING_WORDS.split())
# Words that may open an aside between the object and "to" (`Ivo Marsh, who studies elections, to`).
_ASIDE_OPENERS = frozenset({"who", "a", "an", "the"})
# Words that give a name as an example of the phrase before them (`aides like Ivo Marsh`).
_EXAMPLE_WORDS = frozenset({"like", "including"})
# How many tokens such an aside may run.
_ASIDE_REACH = 12
# Object pronouns a cause may move to speak (`prompted her to say`).
_MOVED_PRONOUNS = frozenset({"him", "her", "them"})
# Words opening a described object (`led the senator to declare`), and how long it may run.
_OBJECT_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
_DESCRIPTION_REACH = 4


def moved_to_speak(tokens: list[Token], v: int) -> tuple[int, int, str] | None:
    """The one a verb of causing moves to the reporting verb at token v, as (start, end, kind): a
    name (`prompted Lee to state`), a pronoun (`led her to say`) or a description (`led the clerk to
    say`); or None."""
    if v < 3 or tokens[v - 1].low != "to":
        return None
    end = v - 1
    if tokens[end - 1].low in _MOVED_PRONOUNS and tokens[end - 2].low in _CAUSING:
        return end - 1, end, "pronoun"  # `a win that led her to declare`: she speaks, not the win
    described = _described_object(tokens, end)
    if described is not None:
        return described, end, "nominal"
    if tokens[end - 1].text == ",":  # `prompted Ivo Marsh, who studies elections, to state`
        comma = next(
            (k for k in range(end - 2, max(0, end - _ASIDE_REACH), -1) if tokens[k].text == ","), None
        )
        if comma is None or tokens[comma + 1].low not in _ASIDE_OPENERS:
            return None
        end = comma
    start = end
    while start > 0 and (capitalised(tokens[start - 1]) or (start < end and joins_name(tokens, start - 1))):
        start -= 1
    if start == end or start == 0:
        return None
    if tokens[start - 1].low in _EXAMPLE_WORDS:
        # `leading aides like Ivo Marsh to counter`: the name closes a phrase the verb governs.
        head = next((k for k in range(start - 2, max(0, start - 8), -1) if tokens[k].low in _CAUSING), None)
        return (head + 1, end, "nominal") if head is not None and head + 1 < start - 1 else None
    return (start, end, "name") if tokens[start - 1].low in _CAUSING else None


def _described_object(tokens: list[Token], end: int) -> int | None:
    """Where a described object of a verb of causing starts (`prompted the senator to say`), or None."""
    for start in range(end - 1, max(0, end - 1 - _DESCRIPTION_REACH), -1):
        word = tokens[start]
        if word.low in _OBJECT_DETERMINERS:
            return start if start > 0 and tokens[start - 1].low in _CAUSING and start + 1 < end else None
        if not (word.text.isalpha() and word.text.islower()):
            return None
    return None
