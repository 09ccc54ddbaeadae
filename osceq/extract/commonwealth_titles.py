"""Titles written before a name in British, Irish and Commonwealth papers, often abbreviated without
a full stop (`Cllr Ann Lee`, `Det Insp Bo Park`, `Taoiseach Ivo Marsh`): a role, not the name.
Bare `Det` only modifies a title (`Det Insp`, `Det Sgt`): alone before a name it is also the
Scandinavian article (`Det Norske Veritas`)."""

from __future__ import annotations

COMMONWEALTH_TITLES = frozenset(
    [
        "cllr",
        "cllr.",
        "taoiseach",
        "tánaiste",
        "tanaiste",
        "det.",
        "insp",
        "insp.",
        "supt",
        "supt.",
        "mp",
        "auditor-general",
        "attorney-general",
        "solicitor-general",
    ]
)
