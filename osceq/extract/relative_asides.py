"""A relative clause set off by commas and closed before the quote: `his plan, which the Tax Board
estimates would cost $2 billion, would risk "…"`, `the miners, whom Lee praised in her speech, were
"…"`. The verb inside the clause tells what its subject thinks or did about the noun before it; the
quote belongs to the main clause that goes on after the closing comma."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.tokens import Token, past_verb
from osceq.extract.verb_or_noun import is_verb

# (A clause of "who" has the noun before it for subject, most often the speaker itself.)
_RELATIVE_OPENERS = frozenset({"which", "whom", "whose"})
_FINITE_HELPERS = fw.MODALS | fw.PASSIVE_AUXILIARIES | {"has", "have", "had", "does", "did"}
_CLAUSE_BREAKS = frozenset({",", ";", ":", ".", "(", ")"})


def in_closed_relative(tokens: list[Token], v: int) -> bool:
    """Whether the verb at index v lies in a relative clause opened by a comma and a relative word
    (`, which X estimates`) whose closing comma comes before the last words ahead of the quote."""
    opener = None
    for k in range(v - 1, max(-1, v - 10), -1):
        if tokens[k].text in _CLAUSE_BREAKS:
            return False
        if tokens[k].low in _RELATIVE_OPENERS:
            opener = k
            break
    if opener is None or opener == 0 or tokens[opener - 1].text != ",":
        return False
    close = next(
        (m for m in range(v + 1, min(len(tokens), v + 20)) if tokens[m].text in _CLAUSE_BREAKS),
        None,
    )
    if close is None or tokens[close].text != ",":
        return False
    # The main clause goes on after the closing comma with its verb (`, would risk`, `, were`,
    # `, clearly intended`); a comma in a list of adjectives (`a generous, kind man`) closes nothing.
    m = close + 1
    while m < len(tokens) - 1 and tokens[m].text.islower() and tokens[m].low.endswith("ly"):
        m += 1
    return m < len(tokens) and (
        tokens[m].low in _FINITE_HELPERS or past_verb(tokens[m]) or is_verb(tokens, m)
    )
