"""An apposition whose closing comma the wire left out: in `A.K. Lund, analyst at Moorfield Grant and
Co said` the firm's name ends right at the verb, but the verb is the person's before the comma.
unclosed_roles.py reads the same shape after the subject is found, for roles this one leaves (a
capitalised or long role, `Ann Lee, president and CEO of Kestrel said`); this one, inside the
backward phrase, takes firms with commas inside and a role after "with", which that one leaves."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.function_words import PREPOSITIONS
from osceq.extract.tokens import Token, capitalised, initial_letter, joins_name
from osceq.extract.word_kinds import person_noun, title_word

__all__ = ["name_after_bare_role", "name_after_whose_role", "open_apposition_owner", "opens_with_preposition"]

_LINKS = frozenset(["at", "of", "with", "for"])
_FIRM_JOINS = frozenset(["and", "&", ","])
_REACH = 12  # tokens from the name before the verb back to the comma of the apposition


def open_apposition_owner(tokens: list[Token], i: int, j: int) -> tuple[int, int, str] | None:
    """The person's name before `, <role> at <firm>` when the firm's name at tokens i..j runs up to
    the verb without a closing comma (or the role itself, when the name is the object of an opening
    preposition); None when the words do not take that shape."""
    k = i
    # Back over the firm's name: capitals, with "and", "&" or a comma between them.
    while k > 0 and i - k < _REACH and (capitalised(tokens[k - 1]) or tokens[k - 1].low in _FIRM_JOINS):
        k -= 1
    if k == 0 or tokens[k - 1].low not in _LINKS or tokens[k].low in _FIRM_JOINS:
        return None
    link = k - 1
    # Back over the lower-case role, which must name a person ("analyst", "vice president").
    k = link
    while k > 0 and link - k < 4 and tokens[k - 1].text.isalpha() and tokens[k - 1].text.islower():
        k -= 1
    role = tokens[k:link]
    if not role or not any(person_noun(t.text) or title_word(t.text) for t in role):
        return None
    if k > 0 and tokens[k - 1].low in fw.ARTICLES:
        k -= 1
    if k < 2 or tokens[k - 1].text != ",":
        return None
    comma = k - 1
    start = comma
    while start > 0 and (
        capitalised(tokens[start - 1]) or joins_name(tokens, start - 1) or initial_letter(tokens, start - 1)
    ):
        start -= 1
    if start < comma and opens_with_preposition(tokens, start, comma):
        # `Unlike Ann Lee, a trader at Kestrel and Co said`: the name is the object of an opening
        # phrase; the role after its comma is the subject.
        return comma + 1, j, "nominal"
    if start == comma or (start > 0 and tokens[start - 1].text not in ",-—–"):
        return None
    return start, comma, "name"


def name_after_bare_role(tokens: list[Token], comma: int, close: int) -> int | None:
    """`Energy and mines minister, Ivo Marsh, said`: a role without an article, then a full name
    set off by commas; the name is the subject. Returns the name's start, or None."""
    inner = tokens[comma + 1 : close]
    if len(inner) < 2 or not all(
        capitalised(t) or joins_name(tokens, comma + 1 + m) for m, t in enumerate(inner)
    ):
        return None
    head = tokens[comma - 1] if comma > 0 else None
    if head is None or not head.text.islower() or not (person_noun(head.text) or title_word(head.text)):
        return None
    k = comma - 1
    while k > 0 and tokens[k - 1].text.isalpha() and tokens[k - 1].low not in fw.ARTICLES:
        k -= 1
    if k > 0 and tokens[k - 1].low in fw.ARTICLES:
        return None  # `The minister, Ivo Marsh, said`: read as before, the role and its name
    return comma + 1


def opens_with_preposition(tokens: list[Token], start: int, end: int) -> bool:
    """`Like Ann Lee`, `Unlike Ann Lee`, `As with Ann Lee`: a name run at tokens start..end (of a
    sentence's tokens) that a capitalised preposition opens, or that only a preposition opening the
    sentence stands before, is the object of an opening phrase, not the subject (the preposition is
    capitalised only for its place at the start of the sentence)."""
    first = tokens[start]
    if end - start > 1 and first.low in _OPENING_PREPOSITIONS and first.text[:1].isupper():
        return True
    opener = tokens[:start]
    return (
        0 < len(opener) <= 2
        and opener[0].text[:1].isupper()
        and all(t.low in _OPENING_PREPOSITIONS for t in opener)
    )


_OPENING_PREPOSITIONS = PREPOSITIONS | {"as"}


# How many lower-case words the role after "whose" may have (`whose deputy campaign manager`).
_MOST_ROLE_WORDS = 4


def name_after_whose_role(tokens: list[Token], comma: int, close: int) -> int | None:
    """`the caucus, whose chairman, Ann Lee, said`: a relative clause of a role and a name set off by
    commas before the verb; the name is the verb's subject, not the owner before "whose". comma:
    the comma before "whose"; close: the comma before the verb. Returns the name's start, or None."""
    if comma + 1 >= close or tokens[comma + 1].low != "whose":
        return None
    inner = next((m for m in range(comma + 2, close) if tokens[m].text == ","), None)
    if inner is None or not 0 < inner - comma - 2 <= _MOST_ROLE_WORDS:
        return None
    role = tokens[comma + 2 : inner]
    if not all(t.text.isalpha() and t.text.islower() for t in role) or not person_noun(role[-1].text):
        return None
    name = tokens[inner + 1 : close]
    named = all(capitalised(t) or joins_name(tokens, inner + 1 + m) for m, t in enumerate(name))
    if len(name) < 2 or not named:
        return None
    return inner + 1
