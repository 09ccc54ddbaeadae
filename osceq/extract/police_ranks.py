"""British police ranks written before a name (`Det Sgt Ann Lee`, `Det Con Bo Park`, `DS Ann Lee`,
`Det Ivo Marsh`): a role, never part of the name. `Det` alone is also the Scandinavian article
(`Det Norske Veritas`), so it is a rank only before a rank word or a given name."""

from __future__ import annotations

from osceq.extract.given_names import is_given_name

__all__ = ["police_rank", "police_rank_end", "surname_after_rank"]

# The detective's prefix, and the ranks it is written before (`Det Ch Insp`, `Det Con`).
_DETECTIVE = frozenset({"det", "det."})
_RANKS_AFTER_DETECTIVE = frozenset(
    [
        "con",
        "con.",
        "constable",
        "sgt",
        "sgt.",
        "sergeant",
        "insp",
        "insp.",
        "inspector",
        "ch",
        "ch.",
        "chief",
        "supt",
        "supt.",
        "superintendent",
    ]
)
# Ranks as initials (`DS`, `DI`, `DC`, `DCI`, `DCS`, `DSU`; `PC`, `PCSO` in uniform), written in capitals.
_RANK_INITIALS = frozenset({"DS", "DI", "DC", "DCI", "DCS", "DSU", "PC", "PCSO"})


def police_rank(word: str) -> bool:
    """Whether a word is part of a police rank written before a name (`Det`, `Con`, `DS`)."""
    return word in _RANK_INITIALS or word.lower() in _DETECTIVE or word.lower() in _RANKS_AFTER_DETECTIVE


def police_rank_end(run: list[str]) -> int:
    """How many leading words of a capitalised run are a police rank, when at least two name words
    follow it, or one after a full rank (`Det Con Bo Park`: 2; `Det Con Park`: 2; `Det Norske
    Veritas`: 0; `DS Lee`: 0)."""
    if not run:
        return 0
    if run[0] in _RANK_INITIALS:
        return 1 if len(run) >= 3 else 0
    if run[0].lower() not in _DETECTIVE:
        return 0
    k = 1
    while k < len(run) and run[k].lower() in _RANKS_AFTER_DETECTIVE:
        k += 1
    if k == 1 and (len(run) < 3 or not is_given_name(run[1])):
        return 0  # bare `Det` before no given name: a foreign article, not a rank
    return k if len(run) - k >= (1 if k > 1 else 2) else 0


def surname_after_rank(name: str) -> str | None:
    """The lone word after a rank written in initials (`DS Lee`: `Lee`), which the article may give
    in full elsewhere; None for any other name (`DS Ann Lee`, `DC Comics` is left to the caller)."""
    words = name.split()
    return words[1] if len(words) == 2 and words[0] in _RANK_INITIALS else None
