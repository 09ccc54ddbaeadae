"""Pieces set off inside an opening: a name inside a subordinate clause (`When the welder, Rufus
Bell, 58, asked …, she said`), whose clause runs past the apposition's commas to the comma after its
own verb; a participle's phrase after an opening phrase (`On the tape, made at a dinner, Lee …`)."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.name_words import IRREGULAR_PAST
from osceq.extract.participle_words import IRREGULAR_PARTICIPLES
from osceq.extract.tokens import Token, capitalised, past_verb
from osceq.extract.verb_or_noun import is_verb


def past_apposition(tokens: list[Token], i: int, comma: int) -> int:
    """The comma ending the clause the subordinator at i opens, when its first comma only opens a
    name apposed to the clause's subject (`the welder, Rufus Bell,`); else that first comma."""
    if comma < 0 or tokens[i].low not in fw.CLAUSE_ONLY_SUBORDINATORS:
        return comma
    if i + 1 >= comma or tokens[i + 1].low not in fw.DETERMINERS:
        return comma  # (`While in office, Lee, 58, …`: no subject noun for a name to stand beside)
    if any(is_verb(tokens, k) for k in range(i + 1, comma)):
        return comma  # the clause has its verb: `When the vote ended, Lee, 58, said`
    j = comma + 1
    while j < len(tokens) and j - comma <= 4 and capitalised(tokens[j]):
        j += 1
    if j == comma + 1 or j >= len(tokens) or tokens[j].text != ",":
        return comma
    if j + 2 < len(tokens) and tokens[j + 1].text.isdigit() and tokens[j + 2].text == ",":
        j += 2  # an age after the name
    # The clause's own verb follows the apposition, before the comma that closes the clause.
    end = next((k for k in range(j + 1, min(len(tokens), j + 24)) if tokens[k].text == ","), -1)
    if end < 0 or not any(is_verb(tokens, k) for k in range(j + 1, end)):
        return comma
    return end


def past_participle_aside(tokens: list[Token], i: int, limit: int) -> int:
    """The index after a participle's phrase set off by commas after an opening phrase (`On the tape,
    recorded at a dinner in May, the treasurer …`): it describes the opening's noun, so the subject
    follows its comma. Returns i when no such phrase opens at i."""
    if not 0 < i < limit - 2 or tokens[i - 1].text != "," or not _participle(tokens[i]):
        return i
    if tokens[i + 1].low not in fw.PREPOSITIONS and tokens[i + 1].low != "by":
        return i  # (`…, made clear that …`: a verb with its object, no phrase describing a noun)
    comma = next((k for k in range(i + 2, min(limit, i + 24)) if tokens[k].text in ",;:"), None)
    if comma is None or tokens[comma].text != "," or any(is_verb(tokens, k) for k in range(i + 1, comma)):
        return i
    return comma + 1


def _participle(token: Token) -> bool:
    """A lower-case past participle (`recorded`, `made`, `taken`)."""
    word = token.text
    return (
        word.isalpha()
        and word.islower()
        and ((len(word) > 4 and word.endswith("ed")) or word in IRREGULAR_PARTICIPLES)
    )


_CLAUSE_REACH = 20  # tokens a subordinate clause in an opening runs to its comma
_LONG_CLAUSE_REACH = 30  # the reach for a clause of one verb (`when a president … sent a nominee … in May,`)


def opening_clause_end(tokens: list[Token], i: int, limit: int) -> int | None:
    """The comma closing the subordinate clause the word at i opens inside an opening phrase: past a
    name apposed to its subject; beyond the short reach only when the clause has a single verb, since
    a clause with no comma of its own may run into the main one (`as the council met … the mayor lost
    patience with Tom Reed, …`)."""
    comma = next((m for m in range(i + 1, min(limit, i + _LONG_CLAUSE_REACH)) if tokens[m].text == ","), None)
    if comma is None:
        return None
    verbs = sum(
        tokens[m].text.islower()
        and (past_verb(tokens[m]) or tokens[m].low in IRREGULAR_PAST or is_verb(tokens, m))
        for m in range(i + 1, comma)
    )
    if comma >= i + _CLAUSE_REACH and verbs > 1:
        return None
    end = past_apposition(tokens, i, comma)
    if end == comma and _name_set_off(tokens, comma):
        return None  # (`when the depot manager, Tom Reed, shut …,`: the clause's end is not known)
    return end


def _name_set_off(tokens: list[Token], comma: int) -> bool:
    """Whether a capitalised name of up to four words set off by commas follows the comma."""
    j = comma + 1
    while j < len(tokens) and j - comma <= 4 and capitalised(tokens[j]):
        j += 1
    return comma + 1 < j < len(tokens) and tokens[j].text == ","
