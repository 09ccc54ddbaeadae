"""`Lee defended the plan as "…"`: a verb that sums its object up in the quotation's words after
"as" reports its subject's speech, though it is no reporting verb with a quote of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from osceq.extract import reporting as lex
from osceq.extract.takeovers import new_clause
from osceq.extract.tokens import Token

if TYPE_CHECKING:  # attribution imports this module
    from osceq.extract.attribution import Found

# Words that may stand between "as" and the opening mark (`as a "…"`, `as being "…"`).
_AFTER_AS = frozenset({"a", "an", "the", "being", "having", "both", "its", "his", "her", "their"})


def characterises_as(tokens: list[Token], v: int, earlier_cue: Found | None) -> bool:
    """`Lee defended the plan as "…"`, `Lee rejected it as being "…"`: a verb that sums its object
    up, a few words before an "as" that leads straight into the quotation, is the subject's speech
    when no earlier cue of the sentence reports it (`critics who say he should condemn it as "…"`)
    or it heads a clause of its own (`Lee proposed a debate, but Roe rejected it as "…"`)."""
    if tokens[v].low not in lex.CHARACTERISING_FORMS or not tokens[v].text.islower():
        return False
    end = len(tokens) - 1 if tokens and tokens[-1].low in _AFTER_AS else len(tokens)
    return (
        v + 2 < end <= v + 9
        and tokens[end - 1].low == "as"
        and all(t.text[:1].isalnum() or t.text in "'’" for t in tokens[v + 1 : end])
        and (earlier_cue is None or new_clause(tokens, v))
    )
