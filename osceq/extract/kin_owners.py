"""The owner a sentence opens on before a relative (`Hollis's husband, Anders Strand, reads every
chapter first.`): the sentence is about the relative, but a later he or she of the owner's sex and
not the relative's is most likely the owner's, who the pronoun resolver then takes as a candidate.
And the sex the noun of kin gives the name set off after it (`his wife, Jane,` is a she)."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.name_words import FEMALE_KIN, KIN_NOUNS, PARTNER_KIN
from osceq.extract.tokens import Token

__all__ = ["kin_genders", "kin_owner"]

_POSSESSIVE_ENDS = ("'s", "’s")
_LONGEST_NAME = 4  # words of the owner's name


def kin_owner(tokens: list[Token]) -> tuple[int, str, str] | None:
    """Where a sentence's opening owner is named, the name and the owner's sex a partner tells ("f"
    for `Lee's husband`, else ""), when the sentence opens on up to four capitalised words, the last
    of them possessive, then a noun of kin (`Ann Lee's daughter`)."""
    first = next((k for k, token in enumerate(tokens) if token.text[:1].isalnum()), len(tokens))
    k = first
    while k < len(tokens) and k - first < _LONGEST_NAME and tokens[k].text[:1].isupper():
        if tokens[k].text.endswith(_POSSESSIVE_ENDS):
            break
        k += 1
    if k + 1 >= len(tokens) or not tokens[k].text.endswith(_POSSESSIVE_ENDS) or tokens[k].text[:1].islower():
        return None
    kin = tokens[k + 1].low
    if kin not in KIN_NOUNS or tokens[first].low in fw.NOT_NAME_WORDS:
        return None
    words = [token.text for token in tokens[first:k]] + [tokens[k].text[:-2]]
    owner_sex = ("m" if kin in FEMALE_KIN else "f") if kin in PARTNER_KIN else ""
    return tokens[first].start, " ".join(words), owner_sex


# A relative's name set off by commas after an owner and a noun of kin: `Lee's husband, Bo Park,`.
_KIN_NAME = any_case_pattern(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)|\w['’]s)\s+("
    + "|".join(sorted(KIN_NOUNS))
    + r"),\s+((?:[A-Z][\w’'\-]*\s+){0,2}[A-Z][\w’'\-]*[a-z][\w’'\-]*),"
)


def kin_genders(text: str) -> dict[str, str]:
    """Names as written -> "m" or "f", from the noun of kin each is set off after (`his wife, Jane,`,
    `Lee's husband, Bo Park,`); a name given both is left out. (By the whole name: relatives share
    surnames, so `her husband, Ivo Lee,` tells nothing of a Lee alone.)"""
    seen: dict[str, set[str]] = {}
    for match in _KIN_NAME.finditer(text):
        seen.setdefault(match.group(2), set()).add("f" if match.group(1) in FEMALE_KIN else "m")
    return {name: genders.pop() for name, genders in seen.items() if len(genders) == 1}
