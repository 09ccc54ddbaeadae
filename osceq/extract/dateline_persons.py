"""Whether the subject of a story's first sentence, after its dateline, is plainly a person by the
way the sentence sets it out: a role in apposition (`Ivo Marsh, chairman of the board, said`), a
name in apposition to a role (`The head of the board, Ivo Marsh, said`) or a title before it
(`Budget Director Ivo Marsh said`). A bare first subject may as well be a firm or a country."""

from __future__ import annotations

from osceq.extract import name_words as w
from osceq.extract.tokens import Token
from osceq.extract.word_kinds import person_noun, title_word

_ARTICLES = frozenset(["the", "a", "an"])
# Nouns for a person's trade or holding that as often describe a firm or a country (`Ivory Coast,
# exporter of cocoa`, `Tarn Pipeline, the operator of the line`): no sign of a person.
_FIRM_ROLES = frozenset(
    [
        "adviser",
        "advisor",
        "ally",
        "arbitrager",
        "arbitrageur",
        "banker",
        "broker",
        "buyer",
        "consultant",
        "consumer",
        "counsel",
        "dealer",
        "exporter",
        "financier",
        "importer",
        "insider",
        "investor",
        "leader",
        "member",
        "merchant",
        "operator",
        "owner",
        "partner",
        "producer",
        "seller",
        "shareholder",
        "shipper",
        "source",
        "specialist",
        "supplier",
        "trader",
        "underwriter",
        "holder",
        "lender",
    ]
)


def _officer_role(word: str) -> bool:
    """A word opening a role only a person holds: a title ("chairman", "vice") or a person's noun
    that no firm is called by ("analyst", "economist")."""
    low = word.lower()
    if low in _FIRM_ROLES or (low.endswith("s") and low[:-1] in _FIRM_ROLES):
        return False
    return person_noun(low) or low in w.TITLES or low in w.TITLE_MODIFIERS


def plainly_a_person(tokens: list[Token], opening: int, offset: int, name: str) -> bool:
    """Whether the name found at `offset` (a token's start), the subject of the sentence whose words
    after the dateline begin at token `opening`, is set out as a person's."""
    first = next((k for k, token in enumerate(tokens) if token.start == offset), None)
    if first is None:
        return False
    last = first + len(name.split())  # the token after the name, when written as found
    if last > len(tokens) or tokens[last - 1].text != name.split()[-1]:
        return False
    if first > opening and title_word(tokens[first - 1].text, nouns_only=True):
        return True  # `Budget Director Ivo Marsh said`
    if last + 1 < len(tokens) and tokens[last].text == ",":
        after = last + 2 if tokens[last + 1].low in _ARTICLES else last + 1
        if after < len(tokens) and tokens[after].text.islower() and _officer_role(tokens[after].text):
            return True  # `Ivo Marsh, chairman of the board, said`
    if first >= opening + 3 and tokens[first - 1].text == "," and tokens[opening].low in _ARTICLES:
        # `The chairman of the board, Ivo Marsh, said`: a name set off after a role.
        return _officer_role(tokens[opening + 1].text) and last < len(tokens) and tokens[last].text == ","
    return False
