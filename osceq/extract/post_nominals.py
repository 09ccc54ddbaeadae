"""Letters written after a name in British and Commonwealth papers (`Ann Lee KC`, `Bo Park TD`,
`Ivo Marsh OBE`): an office, a rank at the bar or an honour, never part of the name shown."""

from __future__ import annotations

from osceq.extract.given_names import is_given_name

# Members of parliaments and assemblies, senior counsel, honours and the like.
POST_NOMINALS = frozenset(
    {
        "KC", "QC", "SC", "TD", "MP", "MSP", "MLA", "MLC", "MEP", "MPP", "MNA", "MHA",
        "OBE", "MBE", "CBE", "KBE", "DBE", "GBE", "JP", "FRS",
    }
)  # fmt: skip


def without_post_nominals(words: list[str]) -> list[str]:
    """The words of a capitalised phrase without the post-nominal letters ending it, when what is
    left is a person's name (a given name or an initial before the surname): `Labour MP` keeps its
    `MP`, which is there the head of the phrase."""
    end = len(words)
    while end > 0 and words[end - 1].rstrip(".,") in POST_NOMINALS:
        end -= 1
    if end == len(words) or end < 2:
        return words
    if not any(
        is_given_name(w) or (len(w) == 2 and w[0].isupper() and w[1] == ".") for w in words[: end - 1]
    ):
        return words
    return words[:end]
