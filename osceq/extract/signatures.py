"""Signatures: a name that signs a quotation instead of a reporting verb, after a dash
(`"…" — Jane Doe`) or on a line that closes a quotation left open above
it (pull quotes)."""

from __future__ import annotations

from osceq.extract.attribution import Found
from osceq.extract.forward_phrases import np_forward
from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.tokens import Token, capitalised, span_of, tokenize
from osceq.extract.web_words import BYLINE_ROLES
from osceq.models import Span


def signature_line(text: str, start: int, end: int) -> Found | None:
    """`"We will not wait.` / `Jane Doe, City College."`: a short line that only names someone and
    then closes the quotation left open on the line above signs it (pull quotes)."""
    line = text[start:end].rstrip()
    if len(line) > 120 or line[-1:] not in _CLOSING_DOUBLES or any(c in _ANY_DOUBLE for c in line[:-1]):
        return None
    tokens = tokenize(text, start, start + len(line))
    if not tokens or tokens[0].start != start:
        return None
    found = signature(text, tokens, 0, Span(line[-1], start + len(line) - 1, start + len(line)))
    if found is None or not _SIGNATURE_REST.fullmatch(text, found.mention.end, start + len(line) - 1):
        return None  # `S.C. Rep. Ann Lee."`: the name read stops at an abbreviation, short of the line
    return found


# What may follow the name on a signature line: a full stop, or an aside naming a place or a body.
_SIGNATURE_REST = any_case_pattern(r"\.?|, [A-Z][^.!?]*\.?")
_CLOSING_DOUBLES = frozenset('"”')
_ANY_DOUBLE = frozenset('"“”')


def signature(text: str, tokens: list[Token], i: int, cue: Span | None = None) -> Found | None:
    """`"…" — Jane Doe`: a name alone after a dash signs the quote (pull quotes, reader comments);
    cue: what marks the signature when it is not the dash before token i."""
    if cue is None and tokens[i].low in BYLINE_ROLES:
        return None  # `— reporter Ann Lee` is a byline, signing nothing
    found = np_forward(tokens, i, limit=6)
    if found is None or found[1] != "name" or not capitalised(tokens[i]):
        return None
    j = found[0]
    if not all(t.text[:1].isupper() or not t.text[:1].isalpha() for t in tokens[i:j]):
        return None  # `"…" - Russian for "goodbye"`: a gloss, not a name
    if j < len(tokens) and tokens[j].text not in ".,“\"'‘":
        return None  # `"…" - Russian for "goodbye"`: a gloss, not a signature
    if j < len(tokens) and tokens[j].text == "," and not _signed_with_aside(tokens, i, j):
        return None  # `"…" — Democrats, however, disagree`: a sentence goes on after the dash
    if cue is None:
        dash = tokens[i - 1]
        cue = Span(dash.text, dash.start, dash.end)
    return Found(span_of(text, tokens, i, j), cue, "name", "signature")


def _signed_with_aside(tokens: list[Token], i: int, j: int) -> bool:
    """`- Ann Lee, Dover.`, `- President Ivo Marsh, tweeting after the speech.`: a full name (two
    words or more) before a comma, then a place or a participle saying where or how it was said."""
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    return (
        j - i >= 2
        and after is not None
        and (capitalised(after) or (after.low.endswith("ing") and after.text.islower()))
    )
