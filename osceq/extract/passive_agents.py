"""A quotation that sums somebody up in a passive, its agent after it: `The plan was described as
"…" by Senator Lee`, `A lawyer was called "…" by a magazine` (and, read by how_tags, `"…," was how
it was described by the mayor`). The agent after "by" said the words; the subject of the passive is
only what they describe."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.attribution import Found
from osceq.extract.forward_phrases import np_forward
from osceq.extract.participle_objects import MOST_TIME_WORDS, time_word
from osceq.extract.passive_charges import CHARGE_PARTICIPLES, names_agent
from osceq.extract.passive_naming import before_adverbs
from osceq.extract.quotemarks import Pair
from osceq.extract.tokens import DASHES, Token, range_tokens, span_of, tokenize
from osceq.extract.word_kinds import title_word

# Participles that sum up in words somebody spoke or wrote (not `named`, `titled`: a name given).
_SUMMING_PARTICIPLES = (
    frozenset(
        [
            "branded",
            "called",
            "characterised",
            "characterized",
            "condemned",
            "criticised",
            "criticized",
            "decried",
            "denounced",
            "derided",
            "described",
            "dismissed",
            "dubbed",
            "hailed",
            "labeled",
            "labelled",
            "lauded",
            "portrayed",
            "praised",
            "ridiculed",
            "termed",
        ]
    )
    | CHARGE_PARTICIPLES
)
# Participles of regarding, which sum somebody up only with their agent and "as" written out (`an
# idea viewed by planners as a "…"`, `known by some as "…"`).
_REGARDING_PARTICIPLES = frozenset({"known", "seen", "viewed", "regarded"})
# Words that may stand between the participle and the opening mark (`described as a "…"`).
_BEFORE_MARK = frozenset({"as", "a", "an", "the", "being"})
# Words after the agent that leave it whole (`by Senator Lee on Tuesday`, `by a magazine last year`).
_AFTER_AGENT = frozenset({"on", "in", "at", "during", "last", "earlier", "this", "after", "before", "when"})
# How far after the closing mark the agent is looked for.
_REACH = 160


def agent_after_quote(text: str, ranges: list[tuple[int, int]], pair: Pair, right: int) -> Found | None:
    """The agent after "by" of a passive summing-up verb before the quotation (pair): `was
    described as "…" by X`, `was described by X as "…"`; None when the sentence has no such passive
    or the agent is no person or body."""
    after = tokenize(text, pair.close_end, min(right, pair.close_end + _REACH))
    stop = next(
        (k for k, t in enumerate(after) if t.text in ".;?!" and not _title_stop(after, k)),
        len(after),
    )
    after = after[:stop]
    k = 1 if after and after[0].text == "," else 0
    before = range_tokens(text, ranges)
    early = _agent_before_as(before)
    if early is not None:
        return Found(
            span_of(text, before, early[0], early[1]),
            span_of(text, before, early[0] - 1, early[0]),
            early[2],
            "cue-before",
        )
    if _passive_before_mark(before) is None:
        return None  # (`"…," was how it was described by X` is how_tags' to read)
    if k >= len(after) or after[k].low != "by":
        return None
    agent = _agent(after, k + 1)
    if agent is None:
        return None
    end, kind = agent
    return Found(span_of(text, after, k + 1, end), span_of(text, after, k, k + 1), kind, "cue-after")


def _title_stop(tokens: list[Token], k: int) -> bool:
    """The full stop of an abbreviated title (`by Sen. Lee`), which ends no sentence."""
    return (
        tokens[k].text == "." and k > 0 and title_word(tokens[k - 1].low) and tokens[k - 1].text[:1].isupper()
    )


def _passive_before_mark(tokens: list[Token]) -> int | None:
    """The index of a summing-up participle after a passive auxiliary right before the quotation
    (`was described as`, `is often called`, `were labelled as a`), or None."""
    k = len(tokens)
    while k > 0 and k > len(tokens) - 2 and tokens[k - 1].low in _BEFORE_MARK:
        k -= 1
    if k == 0 or tokens[k - 1].low not in _SUMMING_PARTICIPLES:
        return None
    aux = before_adverbs(tokens, k - 1)  # (`was widely described as`, `- often labelled as`)
    set_off = aux >= 0 and (tokens[aux].text in ",(" or tokens[aux].text in DASHES)
    if set_off and k < len(tokens) and tokens[k].low == "as":
        return k - 1  # `the plan, derided as "…" by critics,`: a participle set off by a comma or dash
    if aux < 0 or tokens[aux].low not in fw.PASSIVE_AUXILIARIES:
        return None  # (`a fund, called "…" by its backers,`: a name given to a thing, no speech)
    return k - 1


def _agent_before_as(tokens: list[Token]) -> tuple[int, int, str] | None:
    """`was described by Senator Lee as "…"`, `an idea viewed by planners as a "…"`: the agent
    (start, end, kind) between "by" and the "as" right before the quotation, after a passive
    summing-up or regarding participle; or None."""
    k = len(tokens)
    if k and tokens[k - 1].low in _BEFORE_MARK - {"as"}:
        k -= 1
    if k < 5 or tokens[k - 1].low != "as":
        return None
    by = next((m for m in range(k - 2, max(1, k - 10), -1) if tokens[m].low == "by"), None)
    if by is None:
        return None
    participle = by - 1
    while participle > 0 and by - participle <= MOST_TIME_WORDS and time_word(tokens[participle]):
        participle -= 1  # (`described yesterday by Ann Lee as`: a time phrase before "by")
    if participle > 0 and tokens[participle].low == "up":
        participle -= 1  # `summed up by Ann Lee as`
    if tokens[participle].low not in _SUMMING_PARTICIPLES | _REGARDING_PARTICIPLES | lex.SET_OFF_PARTICIPLES:
        return None  # (the participle and "by" make a passive, with an auxiliary or without)
    agent = _agent(tokens[: k - 1], by + 1)
    if agent is None or agent[0] != k - 1:
        return None
    return by + 1, agent[0], agent[1]


def how_clause_agent(tokens: list[Token]) -> tuple[int, int, str] | None:
    """The agent (start, end, kind) of `it was described by X` in the tokens of a sentence after
    `"…" was how` or `is what`, the passive of a summing-up verb; or None."""
    stop = next(
        (m for m, t in enumerate(tokens) if t.text in ".;?!" and not _title_stop(tokens, m)), len(tokens)
    )
    by = next((m for m in range(1, stop) if tokens[m].low == "by"), None)
    if by is None or tokens[by - 1].low not in _SUMMING_PARTICIPLES:
        return None
    agent = _agent(tokens[:stop], by + 1)
    return (by + 1, agent[0], agent[1]) if agent is not None else None


def _agent(tokens: list[Token], i: int) -> tuple[int, str] | None:
    """The agent phrase at token i as (end, kind) when it names a person or a body and ends the
    sentence, a clause or a dash's aside, or stands before a time (`by Senator Lee on Tuesday`)."""
    found = np_forward(tokens, i)
    if found is None or found[1] not in ("name", "nominal"):
        return None
    end, kind = found
    closes = tokens[end].text in ",:)" or tokens[end].text in DASHES if end < len(tokens) else True
    if not closes and tokens[end].low not in _AFTER_AGENT:
        return None
    return (end, kind) if names_agent(tokens, i, end, kind) else None  # (`by a wide margin`, `by the time`)
