"""The owner a sentence opens on before a relative (`Hollis's husband, Anders Strand, reads every
chapter first.`): the sentence is about the relative, but a later he or she of the owner's sex and
not the relative's is most likely the owner's, who the pronoun resolver then takes as a candidate.
And the sex the noun of kin gives the name set off after it (`his wife, Jane,` is a she)."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.kin_words import FEMALE_KIN, KIN_NOUNS, MALE_KIN, PARTNER_KIN
from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.tokens import Token

__all__ = ["kin_genders", "kin_owner", "kin_sex"]

_POSSESSIVE_ENDS = ("'s", "’s")
_LONGEST_NAME = 4  # words of the owner's name


def kin_owner(tokens: list[Token]) -> tuple[int, str, str, str] | None:
    """Where a sentence's opening owner is named, the name, the owner's sex a partner tells ("f"
    for `Lee's husband`, else "") and the sexes of the relatives it names, when the sentence opens on
    up to four capitalised words, the last of them possessive, then a noun of kin (`Ann Lee's son`)."""
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
    # The sexes of the sentence's kin (either, for `cousin`): a later he or she of one of them is
    # as likely the relative's (`Marsh's son, Sam, was arrested. He …` is Sam's).
    relatives = "".join(kin_sex(t.low) or "mf" for t in tokens[k + 1 :] if t.low in KIN_NOUNS)
    return tokens[first].start, " ".join(words), owner_sex, relatives


# A relative's name set off by commas after an owner and a noun of kin: `Lee's husband, Bo Park,`.
_KIN_NAME = any_case_pattern(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)|\w['’]s)\s+("
    + "|".join(sorted(KIN_NOUNS))
    + r"),\s+((?:[A-Z][\w’'\-]*\s+){0,2}[A-Z][\w’'\-]*[a-z][\w’'\-]*),"
)

# What any match of _KIN_NAME holds: a noun of kin and its comma.
_KIN_COMMAS = tuple(noun + "," for noun in sorted(KIN_NOUNS))


def kin_sex(noun: str) -> str:
    """ "f" or "m" for a noun of kin of one sex (`wife`, `son`), "" for one of either (`cousin`)."""
    return "f" if noun in FEMALE_KIN else "m" if noun in MALE_KIN else ""


def kin_genders(text: str) -> dict[str, str]:
    """Names as written -> "m" or "f", from the noun of kin each is set off after (`his wife, Jane,`,
    `Lee's husband, Bo Park,`); a name given both is left out. (By the whole name: relatives share
    surnames, so `her husband, Ivo Lee,` tells nothing of a Lee alone.)"""
    if not any(noun in text for noun in _KIN_COMMAS):
        return {}  # (most articles: a look for the comma after a noun of kin before the pattern's scan)
    seen: dict[str, set[str]] = {}
    for match in _KIN_NAME.finditer(text):
        sex = kin_sex(match.group(1))
        if sex:  # (`his partner, Sam Ortiz,` and `his cousin, Jo Tarn,` tell no sex)
            seen.setdefault(match.group(2), set()).add(sex)
    return {name: genders.pop() for name, genders in seen.items() if len(genders) == 1}
