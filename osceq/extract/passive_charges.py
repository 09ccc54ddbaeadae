"""The agent of a passive verb of charging or characterising right before a quoted fragment: in
`Lee was accused by Roe of "…"` and `the plan was described by Roe as "…"` the words are Roe's (the
subject of the passive is the one spoken about)."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract import name_words as w
from osceq.extract.forward_phrases import np_forward
from osceq.extract.timex_lexicon import HOLIDAYS, MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS
from osceq.extract.tokens import Token
from osceq.extract.word_kinds import agent_noun, person_noun, title_word

# Participles whose passive agent utters the charge or the description that follows.
CHARGE_PARTICIPLES = frozenset(
    {
        "accused",
        "blamed",
        "branded",
        "characterised",
        "characterized",
        "criticised",
        "criticized",
        "derided",
        "described",
        "dismissed",
        "faulted",
        "labeled",
        "labelled",
        "mocked",
        "portrayed",
        "ridiculed",
    }
)
# Capitalised words that make `by X` a time or a place, not an agent.
_NOT_AGENTS = w.PLACES | frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(HOLIDAYS)
# Words ending a time phrase after "by" (`by early summer`, `by Christmas Eve`), never an agent.
_TIME_ENDS = frozenset(SEASONS) | frozenset(PARTS_OF_DAY) | frozenset(HOLIDAYS) | {"eve", "day"}
# Plural nouns for people without an -s (`by police`, `by staff`).
_PLURAL_AGENTS = fw.PLURAL_HEADS - {"those"}
# Words that lead from the agent into the quote (`of "…"`, `as "…"`, `as a "…"`).
_INTO_QUOTE = (("of",), ("as",), ("as", "a"), ("as", "an"), ("as", "the"), ("for",))
# A short time phrase may stand between the participle and "by" (`was accused this week by`).
_MOST_BEFORE_BY = 4
# An apposition set off by commas after the agent (`by her rival, Mayor Ann Lee, of "…"`).
_MOST_APPOSITION = 12


def passive_charge_agent(tokens: list[Token], v: int) -> tuple[int, int, str] | None:
    """(start, end, kind) of the agent of the passive participle at v when the agent's words are the
    quote that the sentence's tokens run into; None for any other shape."""
    if tokens[v].low not in CHARGE_PARTICIPLES or tokens[v].text[:1].isupper():
        return None
    aux = v - 1
    if aux > 0 and (tokens[aux].low.endswith("ly") or tokens[aux].low in ("also", "often")):
        aux -= 1  # `was repeatedly accused`
    if aux < 0 or tokens[aux].low not in fw.PASSIVE_AUXILIARIES:
        return None
    by = next(
        (k for k in range(v + 1, min(len(tokens), v + 1 + _MOST_BEFORE_BY)) if tokens[k].low == "by"), None
    )
    if by is None or any(t.text in ",;:" for t in tokens[v + 1 : by]):
        return None
    found = np_forward(tokens, by + 1)
    if found is None or found[1] not in ("name", "nominal"):
        return None
    end, kind = found
    while end > by + 2 and tokens[end - 1].low in ("of", "as", "for"):
        end -= 1  # `by Ann Lee of "…"`: the "of" leads into the quote, it joins no firm's name
    rest = end
    speaks = names_agent(tokens, by + 1, end, kind)
    if rest < len(tokens) and tokens[rest].text == ",":
        close = next(
            (k for k in range(rest + 1, min(len(tokens), rest + _MOST_APPOSITION)) if tokens[k].text == ","),
            None,
        )
        if close is None:
            return None
        named = np_forward(tokens, rest + 1)  # `by her rival, Mayor Ann Lee,`: the apposition names her
        speaks = speaks or (
            named is not None and named[1] == "name" and names_agent(tokens, rest + 1, close, "name")
        )
        rest = close + 1
    if not speaks:
        return None  # `accused by a wide margin of`, `blamed by Ohio for`
    if tuple(t.low for t in tokens[rest:]) not in _INTO_QUOTE:
        return None
    return by + 1, end, kind


def names_agent(tokens: list[Token], i: int, end: int, kind: str) -> bool:
    """Whether the phrase tokens[i:end] after a passive's "by" (a "name" or "nominal" phrase) names
    a person or a body that can speak, not a time, a place or a measure (`by March`, `by Ohio`, `by
    a wide margin`, `by the time of the vote`)."""
    words = [t.text for t in tokens[i:end] if t.text[:1].isalpha()]
    if not words:
        return False
    low = words[-1].lower()
    if low in _TIME_ENDS:
        return False  # `by Christmas`, `by early summer`: a time the words were said by
    if kind == "name":
        return not all(word.lower() in _NOT_AGENTS for word in words)
    single = low[:-1] if low.endswith("s") else low  # `organizers`, `voters`: the plural of an agent
    return (
        person_noun(low)
        or low in w.RELATION_NOUNS  # `by a former colleague`, `by his wife`
        or agent_noun(single)
        or single in w.FOLLOWER_NOUNS
        or title_word(low, nouns_only=True)
        or low in w.ORGANISATION_WORDS
        or low in _PLURAL_AGENTS  # `identified by police as`
    )
