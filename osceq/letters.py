"""Names as people type them: letters Unicode does not decompose spelled plainly, hyphens as spaces.

NFKD folding turns "å" into "a" but leaves "ø", "æ", "ł", "đ" alone, so "Odegard" would not find
"Ødegård"; and "Kassym Jomart" is how many type "Kassym-Jomart". Small on purpose: imported by shell
completion and by every speaker lookup.
"""

from __future__ import annotations

_PLAIN = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
        "ß": "ss",
        "ẞ": "Ss",
        "ı": "i",
        "ħ": "h",
        "Ħ": "H",
        "ŧ": "t",
        "Ŧ": "T",
        "ŋ": "n",
        "Ŋ": "N",
        "-": " ",
        "‐": " ",  # U+2010 hyphen
        "‑": " ",  # U+2011 non-breaking hyphen
    }
)


def loose_name(name: str) -> str:
    """name with undecomposable letters plain, hyphens as spaces ("Ødegård-Berg": "Odegård Berg")"""
    return name.translate(_PLAIN)
