"""Tag verbs the reporting list does not hold: a retort with "back" (`Lee shot back`) and a passive
"quoted" whose subject speaks (`Lee was quoted by the paper as saying`)."""

from __future__ import annotations

from osceq.extract.tokens import Token, past_verb

# Irregular verbs in the past that answer with "back" ("shot back", "hit back"); motion verbs
# ("came back", "went back") do not.
_IRREGULAR_RETORTS = frozenset({"shot", "bit", "hit", "struck", "wrote"})


def retort(tokens: list[Token], k: int) -> bool:
    """`…," Lee shot back.`, `…," Lee snapped back, …`: any verb in the past with "back" ending its
    clause answers someone, as "shot back" and "fired back" do."""
    return (
        k + 1 < len(tokens)
        and tokens[k + 1].low == "back"
        and tokens[k].text.isalpha()
        and tokens[k].text.islower()
        and (past_verb(tokens[k]) or tokens[k].low in _IRREGULAR_RETORTS)
        and (k + 2 == len(tokens) or not tokens[k + 2].text[:1].isalnum())
    )


def passive_quoted_as(tokens: list[Token], k: int) -> bool:
    """`is quoted as saying`, `was quoted by the agency as saying`, `were quoted in a paper as`: a
    passive "quoted" whose subject is the speaker, the outlet that quotes them (a short phrase after
    "by" or "in") only passing the words on."""
    if (
        k + 2 >= len(tokens)
        or tokens[k].low not in ("is", "was", "are", "were")
        or tokens[k + 1].low != "quoted"
    ):
        return False
    m = k + 2
    if m < len(tokens) and tokens[m].low in ("by", "in"):
        m = next((n for n in range(m + 1, min(len(tokens), m + 8)) if tokens[n].low == "as"), m)
        if any(not t.text[:1].isalnum() and t.text not in "'’" for t in tokens[k + 3 : m]):
            return False  # the phrase after "by" ends at punctuation: no "as" belongs to it
    return m < len(tokens) and tokens[m].low == "as"
