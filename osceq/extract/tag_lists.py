"""A tag after a quotation whose name is one item of a list of names (`"…," Smith, Jones and Brown
said.`, `"…," said Smith, Jones and Brown.`): the whole list speaks, shown whole or as nobody, never
its first item or its last two alone."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from osceq.extract import function_words as fw
from osceq.extract.found import Found
from osceq.extract.list_tails import list_start
from osceq.extract.name_lists import JOINERS
from osceq.extract.name_runs import role_word
from osceq.extract.name_words import FIRM_ENDINGS
from osceq.extract.names import PERSON, parse_mention
from osceq.extract.tokens import Token, abbreviation_dot, capitalised, tokenize
from osceq.models import Span

_TAG_EVIDENCE = frozenset({"cue-after", "tag", "loose-tag"})
# How far a tag's clause is read on either side of its name.
_REACH = 160
# Marks that bound the tag's clause: a quotation mark on its left, a sentence's end on its right.
_EDGES = frozenset('.!?;:"“”')


def tag_list(text: str, found: Found) -> Found | None:
    """The whole list of names a tag's name after a quotation belongs to, as a "list" find; None when
    the name is no item of one."""
    if found.kind not in ("name", "nominal") or found.evidence not in _TAG_EVIDENCE:
        return None
    mention = found.mention
    before = text[max(0, mention.start - 6) : mention.start].rstrip()
    if not (
        before.endswith((",", " and", "&")) or text[mention.end : mention.end + 2].lstrip().startswith(",")
    ):
        return None  # (no comma or joiner beside the name: no list, and no need to read the clause)
    tokens = _clause(tokenize(text, max(0, mention.start - _REACH), mention.end + _REACH), mention)
    a = next((k for k, t in enumerate(tokens) if t.start >= mention.start), None)
    b = next((k for k, t in enumerate(tokens) if t.start >= mention.end), len(tokens))
    if a is None or a >= b:
        return None
    person = parse_mention(mention.text).kind == PERSON
    # Back from a pair (`Jones and Brown`), never from one person (`Livestock and Fisheries Minister
    # Ann Lee`); on from a plain name, never from a firm cut at its comma (`Ann Lee of Kidder,`).
    start = list_start(tokens, a, b) if not person else None
    plain = not any(t.low in fw.PREPOSITIONS for t in tokens[a:b])
    end = _list_end(tokens, b, found.cue.start) if person and plain else None
    if start is None and end is None:
        return None
    first, last = tokens[start if start is not None else a], tokens[(end or b) - 1]
    if last.low.rstrip(".") in FIRM_ENDINGS:
        return None  # `Smith, Jones and Brown Ltd`, `Lee, Smith and Co`: one firm
    listed = Span(text[first.start : last.end], first.start, last.end)
    return replace(found, mention=listed, kind="list", role=None)


def _clause(tokens: list[Token], mention: Span) -> list[Token]:
    """The tokens of the clause a tag's name stands in: after the last quotation mark or sentence end
    before it, up to the first sentence end after it."""
    left = 0
    for k, token in enumerate(tokens):
        if token.start >= mention.start:
            break
        if token.text in _EDGES and not abbreviation_dot(tokens, k):
            left = k + 1
    right = next(
        (
            k
            for k in range(left, len(tokens))
            if tokens[k].start >= mention.end and tokens[k].text in _EDGES and not abbreviation_dot(tokens, k)
        ),
        len(tokens),
    )
    return tokens[left:right]


def _list_end(tokens: list[Token], b: int, cue: int) -> int | None:
    """Where a list of names that the name ending at b opens ends (`, Jones and Brown`, `, a lawyer,
    and Bo Park`): after its last item, which "and" or "&" joins, at the clause's end, a comma or
    the tag's verb at offset `cue`; None when no such list follows."""
    j = b
    while j < len(tokens) and tokens[j].text == ",":
        j += 1
        joined = j < len(tokens) and tokens[j].low in JOINERS
        j += joined
        k = _run(tokens, j, capitalised)
        if k == j and joined:
            return None
        if k == j:
            k = _run(tokens, j, _aside_word)  # `, 42,`, `, a lawyer,`
            if k == j:
                return None
        elif not joined and k + 1 < len(tokens) and tokens[k].low in JOINERS and capitalised(tokens[k + 1]):
            joined, k = True, _run(tokens, k + 1, capitalised)
        if k > j and capitalised(tokens[k - 1]) and role_word(tokens[k - 1].text):
            return None  # `, Chairman and Chief Executive`: an office set off, no name
        j = k
        if joined:
            ends = j == len(tokens) or tokens[j].text == "," or tokens[j].start == cue
            return j if ends else None
    return None


def _aside_word(token: Token) -> bool:
    """Whether a token may stand in an aside of age or role inside a list (`42`, `a lawyer`)."""
    return token.text.islower() or token.text.isdigit()


def _run(tokens: list[Token], j: int, fits: Callable[[Token], bool]) -> int:
    """The end of the run of tokens from j that `fits` accepts."""
    k = j
    while k < len(tokens) and fits(tokens[k]):
        k += 1
    return k
