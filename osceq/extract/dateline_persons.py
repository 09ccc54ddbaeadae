"""Whether the subject of a story's first sentence, after its dateline, is plainly a person by the
way the sentence sets it out: a role in apposition (`Ivo Marsh, chairman of the board, said`), a
name in apposition to a role (`The head of the board, Ivo Marsh, said`) or a title before it
(`Budget Director Ivo Marsh said`). A bare first subject may as well be a firm or a country."""

from __future__ import annotations

from osceq.extract import name_words as w
from osceq.extract.forward_phrases import np_forward
from osceq.extract.names import PERSON, parse_mention
from osceq.extract.tokens import Token, phrase_text
from osceq.extract.word_kinds import person_noun, title_word

_ARTICLES = frozenset(["the", "a", "an"])
# How many tokens of title may stand before the name a subject's phrase ends with.
_TITLE_REACH = 12
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
    # The offset may be the start of the phrase the name ends (`Office of … Director Ivo Marsh`).
    found = _name_tokens(tokens, first, name)
    if found is None:
        return False
    first, last = found  # (last: the token after the name)
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


def _name_tokens(tokens: list[Token], first: int, name: str) -> tuple[int, int] | None:
    """Where the name is written from token `first` on, as (first, after) token indices; an initial's
    full stop is a token of its own (`James E. Olvard` is four tokens)."""
    size = len(name.split())
    for k in range(first, min(len(tokens), first + _TITLE_REACH)):
        for last in (k + size, k + size + name.count(".")):
            if last <= len(tokens) and phrase_text(tokens, k, last) == name:
                return k, last
    return None


def titled_person(role: str | None) -> bool:
    """Whether a role read before a name ends in a title noun (`Tarn Energy minister`), which sets
    the name out as a person's even when the article gives it no other way."""
    words = role.split() if role else []
    return bool(words) and title_word(words[-1], nouns_only=True)


def officer_after_ticker(tokens: list[Token], k: int) -> tuple[int, str] | None:
    """`Tarnco Co <TRN> Chairman Ivo Marsh said`: the firm's ticker in angle brackets at token k,
    then a title and a name, the firm's officer, who is the sentence's subject."""
    if k >= len(tokens) or tokens[k].text != "<":
        return None
    close = next((m for m in range(k + 1, min(len(tokens), k + 8)) if tokens[m].text == ">"), None)
    if close is None:
        return None
    found = np_forward(tokens, close + 1, limit=8)
    if found is None or found[1] != "name":
        return None
    named = parse_mention(phrase_text(tokens, close + 1, found[0]))
    if named.kind != PERSON or not titled_person(named.role):
        return None
    return tokens[close + 1].start, named.name
