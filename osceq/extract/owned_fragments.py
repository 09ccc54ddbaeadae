"""A fragment between a named possessor and a noun of speech (`Ann Lee's "dark money" charge`)
is the possessor's words: a quote shown with another speaker (`Roe, asked about Ann Lee's "…"
charge, said`) has the wrong one, so it is left unattributed."""

from __future__ import annotations

from osceq.extract.names import name_matches
from osceq.extract.quote_drafts import Draft
from osceq.extract.sources import owned_quote

# How far back the possessor's name may start before the opening mark.
_REACH = 60


def another_owns(text: str, draft: Draft, speaker: str | None) -> bool:
    """Whether a named possessor right before the fragment, with a noun of speech right after it,
    is someone other than the speaker shown."""
    if speaker is None or draft.kind != "partial" or not draft.pair.closed:
        return False
    ranges = [(max(0, draft.pair.open_start - _REACH), draft.pair.open_start)]
    owned = owned_quote(text, ranges, draft.pair.close_end)
    if owned is None or owned.kind != "name":
        return False
    owner = owned.mention.text
    owner = owner[:-2] if owner.endswith(("'s", "’s")) else owner.rstrip("'’")
    return not (name_matches(owner, speaker) or name_matches(speaker, owner))
