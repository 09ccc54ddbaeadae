"""Words for writings in news copy: the outlets, the writings that speak as an "it" (`the statement
said`) and the pieces an outlet writes in (`In an article …, it warned`). One list, read by
`it_antecedent.py` and `it_chain.py`."""

from __future__ import annotations

from osceq.extract.word_lists import words

__all__ = ["OUTLETS", "OWNED_WRITINGS", "WRITINGS", "WRITTEN_IN"]

# Writings that are outlets, before the outlet's name (`the daily Vesna`).
OUTLETS = words("newspaper paper daily weekly magazine journal newsletter tabloid")

# Writings that speak in news copy ("the statement said"), besides organisations: the outlets too.
WRITINGS = OUTLETS | words(
    """
    statement report article survey study filing letter editorial communique prospectus document
    memorandum bulletin circular summary
    """
)

# Writings an outlet writes in, opening a sentence (`In an article …, it said`): some of the
# writings above, and the parts of a paper that never speak by themselves.
WRITTEN_IN = (WRITINGS & words("article report editorial")) | words("story commentary column piece")

# A person's own writings, which speak for their owner (`Lee's first tweet called …`), singular and
# plural.
OWNED_WRITINGS = words(
    """
    tweet tweets post posts letter letters statement statements message messages email emails memo
    memos note notes blog video videos
    """
)
