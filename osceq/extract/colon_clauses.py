"""A later clause that leads into a quotation after a colon: `Roe said X, but he gave Marsh a
compliment: "…"`, `"…" Lee began, before Roe cut in: "…"`. The later clause's subject is the one who
speaks the words after the colon."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.forward_phrases import np_forward
from osceq.extract.tokens import Token, capitalised, name_end

# Verbs of breaking into a talk with a particle (`cut in`, `broke in`, `shot back`, `piped up`).
_INTERRUPTING = frozenset(
    {"broke", "butted", "chimed", "cut", "fired", "hit", "jumped", "piped", "shot", "spoke"}
)
_INTERRUPTING_PARTICLES = frozenset({"in", "back", "up"})


def colon_clause_subject(
    tokens: list[Token], after: int, turns: frozenset[str] = fw.TAKEOVER_WORDS, speaking_only: bool = False
) -> tuple[int, int, str] | None:
    """(start, end, kind) of the subject of the last clause after token `after` opened by one of
    the turns (`but`, `while`, `;` …) when it has a subject of its own and a verb, before the colon
    that ends the tokens; with speaking_only, its verb must be one of speaking or of cutting in
    (`but Roe replied:`, `before Roe cut in:`; not `but Roe stayed silent:`)."""
    turn = max((k for k in range(after + 1, len(tokens) - 2) if tokens[k].low in turns), default=-1)
    if turn < 0:
        return None
    found = np_forward(tokens, turn + 1)
    if found is None or (found[1] == "nominal" and tokens[turn + 1].low not in fw.DETERMINERS):
        return None
    j, kind = found
    if kind == "name" and capitalised(tokens[turn + 1]):
        j = name_end(tokens, turn + 1)  # "Ivo Marsh gave them …": the name ends before the verb
    verb = tokens[j] if j < len(tokens) - 1 else None
    if verb is None or not verb.text.islower() or verb.low in fw.NP_STOP or verb.low in fw.PREPOSITIONS:
        return None
    if speaking_only and not _speaks(tokens, j):
        return None
    return turn + 1, j, kind


def _speaks(tokens: list[Token], j: int) -> bool:
    """Whether the verb at j is one of speaking (`replied`, `interjected`) or of cutting in."""
    verb = tokens[j].low
    if verb in lex.REPORTING_FORMS and verb not in lex.WEAK_VERBS:
        return True
    return verb in _INTERRUPTING and j + 1 < len(tokens) and tokens[j + 1].low in _INTERRUPTING_PARTICLES
