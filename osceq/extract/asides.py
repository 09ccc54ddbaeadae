"""The asides that stand between a speaker's name and the rest of the sentence: a role set off by
commas (`Ann Lee, a neighbour, said`) and a relative clause (`the official, who asked not to be
named, told Reuters`); and an "as"-aside set off by dashes, whose verb cues nothing after it."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract.joined_names import listed_start
from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.opening_adverbials import opening_adverbial_before
from osceq.extract.tokens import Token, abbreviation_dot, before_comma
from osceq.extract.verb_or_noun import is_verb

# How many tokens an apposition or a relative clause between a name and its verb may span.
MAX_APPOSITION = 24
# A relative clause opened by "who" or "whose" may run longer, with commas of its own (`Lee, whose
# town, Dover, is projected to flood within decades as the sea rises, argues`).
_MAX_RELATIVE = 40


def apposition_after(text: str, tokens: list[Token], j: int) -> tuple[str, int] | None:
    """The role in ", a title," right after a name ending at token j, and the index after its comma."""
    if j >= len(tokens) or tokens[j].text != ",":
        return None
    k = j + 1
    while k < len(tokens) and k - j <= MAX_APPOSITION and tokens[k].text not in ',;:"“”()':
        if tokens[k].text == "." and not abbreviation_dot(tokens, k) and not before_comma(tokens, k):
            break
        k += 1
    first = tokens[j + 1] if j + 1 < len(tokens) else None
    if (
        k == j + 1
        or k >= len(tokens)
        or first is None
        or first.low in fw.APPOSITION_BAN
        or is_verb(tokens, j + 1)
        or first.low.endswith("ing")
    ):
        return None
    if tokens[k].text not in ",.":
        return None
    return text[tokens[j + 1].start : tokens[k - 1].end], k + 1


def skip_relative(tokens: list[Token], j: int) -> int:
    """The index after ", who ...," right after a noun phrase ending at j, or j when there is none.

    `the official, who asked not to be named, told Reuters`: the clause sits between subject and verb.
    """
    if j + 1 >= len(tokens) or tokens[j].text != "," or tokens[j + 1].low not in ("who", "whose"):
        return j
    return _past_closing_comma(tokens, j)


def skip_clause_aside(tokens: list[Token], j: int) -> int:
    """The index after a relative clause (`, who grew up here,`) or a participle clause (`, referring
    to the vote,`) right after a noun phrase ending at j, or j when there is none."""
    relative = skip_relative(tokens, j)
    if relative > j or j + 1 >= len(tokens) or tokens[j].text != ",":
        return relative
    opener = tokens[j + 1]
    if not (opener.text.islower() and opener.low.endswith("ing") and len(opener.low) > 4):
        return j
    return _past_closing_comma(tokens, j)


def _past_closing_comma(tokens: list[Token], j: int) -> int:
    """The index after the comma closing an aside opened by the comma at j (its first word at j + 1),
    or j when a sentence or clause mark comes first or the aside runs too long."""
    for k in range(j + 2, min(len(tokens), j + 2 + MAX_APPOSITION)):
        if tokens[k].text in ';:"“”' or (tokens[k].text == "." and not abbreviation_dot(tokens, k)):
            return j
        if tokens[k].text == ",":
            return k + 1
    return j


def apposition_start(tokens: list[Token], comma: int) -> int | None:
    """For "X, a title, said": the index just after X, given the comma before the verb (and before a
    party label set off by commas between X and the title: `Ann Lee, D-Dover, the ranking member,
    said`)."""
    if listed_start(tokens, comma, comma) < comma:
        return comma  # `Lee's rivals, Ann Dunn, Bo Park and Cy Roe, said`: the list, all of them, speaks
    opening = _apposition_opening(tokens, comma)
    return None if opening is None else _before_party_label(tokens, opening)


# A party and home-state or hometown label after a legislator's name (`D-Dover`, `R-S.C.`, `I-Vt.`).
_PARTY_LABEL = any_case_pattern(r"[DRI]-[A-Z]")


def _before_party_label(tokens: list[Token], comma: int) -> int:
    """The comma before `, D-Dover` when a party label set off by commas ends at the comma at index
    comma, right after a capitalised name; else comma. The label is no name of its own."""
    for m in range(comma - 1, max(0, comma - 6), -1):
        if _PARTY_LABEL.match(tokens[m].text):
            named = m > 1 and tokens[m - 1].text == "," and tokens[m - 2].text[:1].isupper()
            return m - 1 if named else comma
        if not (tokens[m].text[:1].isupper() or tokens[m].text == "."):
            return comma
    return comma


def _apposition_opening(tokens: list[Token], comma: int) -> int | None:
    """The comma opening the apposition or relative clause that the comma at index comma closes."""
    relative = _relative_start(tokens, comma)
    if relative is not None:
        return relative
    k = comma - 1
    while k > 0 and comma - k <= MAX_APPOSITION:
        if tokens[k].text == "," and _state_in_apposition(tokens, k):
            k -= 4  # `Varga, the Dayton, Ohio, investor who …, said`: a town and its state inside
            continue
        if tokens[k].text == ",":
            inner = tokens[k + 1 : comma]
            if not inner:
                return None
            if inner[0].low in ("who", "whose"):
                return k
            if inner[0].low in ("asked", "pressed", "questioned") and tokens[k - 1].text[:1].isupper():
                return k  # `Mr. Holm, asked about the deaths, had said`: a passive aside after a name
            if _participle_aside(inner) or _condition_aside(inner):
                return k  # `A state inspector, after visiting the site, told …`: a time aside of the subject
            if inner[0].low in fw.APPOSITION_BAN or is_verb(inner, 0) or inner[0].low.endswith("ing"):
                return None
            if _holds_a_clause(inner):
                return None  # `DOVER, May 4 - Bakers will need to …, said`: a sentence, no aside
            if opening_adverbial_before(tokens, k):
                return None  # `after winning Kent in the primary, Gov. Ann Lee (R-DE), said`
            return k
        if tokens[k].text in '.;:!?"“”' and not (
            tokens[k].text == "." and (abbreviation_dot(tokens, k) or before_comma(tokens, k))
        ):
            return None
        k -= 1
    return None


def _state_in_apposition(tokens: list[Token], k: int) -> bool:
    """Whether the comma at k closes `the Dayton, Ohio,` (a town and its state after an article)."""
    return (
        k >= 4
        and tokens[k - 2].text == ","
        and tokens[k - 1].text[:1].isupper()
        and tokens[k - 3].text[:1].isupper()
        and tokens[k - 4].low in fw.ARTICLES
    )


# Words that open a clause inside an apposition (`a lawyer who will …`, `the group that has …`).
_CLAUSE_INSIDE = fw.RELATIVES | {"that", "where", "when"}


def _holds_a_clause(inner: list[Token]) -> bool:
    """Whether words between commas hold an auxiliary verb that no relative word introduces: a
    clause of their own, not a phrase in apposition to the name before them."""
    for token in inner:
        if token.low in _CLAUSE_INSIDE:
            return False
        if token.text in fw.MODALS:
            return True
    return False


def _relative_start(tokens: list[Token], comma: int) -> int | None:
    """`Lee, who is a pastor in Elizabeth, Colorado, said`, `Lee, whose start-up, Parada, sells data,
    said`: the comma opening a relative clause that runs on to the verb's comma across commas of its
    own, or None."""
    for k in range(comma - 2, max(0, comma - _MAX_RELATIVE), -1):
        if tokens[k].text in '.;:!?"“”' and not (tokens[k].text == "." and abbreviation_dot(tokens, k)):
            return None
        if tokens[k].text == "," and tokens[k + 1].low in ("who", "whose"):
            return k
        if tokens[k].text == "," and tokens[k + 1].low == "which" and _bare_subject_before(tokens, k):
            return k  # `…, and the company, which makes widgets, said`
    return None


# Words that open an aside of time with a participle (`, after visiting the site,`).
_TIME_SUBORDINATORS = frozenset({"after", "before", "while", "when", "since", "upon"})


def _participle_aside(inner: list[Token]) -> bool:
    """`after visiting the site`, `while touring the plant`: a subordinator of time and a participle,
    the whole aside between two commas."""
    return (
        len(inner) > 2
        and inner[0].low in _TIME_SUBORDINATORS
        and inner[1].low.endswith("ing")
        and inner[1].text.islower()
        and all(t.text[:1].isalnum() or t.text in "'’-" for t in inner)
    )


def _condition_aside(inner: list[Token]) -> bool:
    """`if I remember right`, `though not by name`: a short condition or concession set off by two
    commas between a subject and its verb."""
    return (
        1 < len(inner) <= 6
        and inner[0].low in ("if", "unless", "though", "although")
        and inner[0].text.islower()
        and all(t.text[:1].isalnum() or t.text in "'’-" for t in inner)
    )


def _bare_subject_before(tokens: list[Token], comma: int) -> bool:
    """Whether the words before the comma of a "which" clause are a short phrase that opens its
    clause (`The company, which`, `…, and his campaign, which`): a "which" after a firm inside a
    longer subject (`Ann Lee of the Tenants League, which …, said`) belongs to the firm."""
    k = comma - 1
    while k >= 0 and comma - k <= 5 and tokens[k].text[:1].isalnum():
        if tokens[k].low in fw.PREPOSITIONS or tokens[k].low in ("and", "or"):
            break
        k -= 1
    if k < 0:
        return True
    if tokens[k].text in ".;" or tokens[k].low in fw.TAKEOVER_WORDS:
        return True
    return tokens[k].low in ("and", "but") and k > 0 and tokens[k - 1].text == ","


_DASH_TOKENS = frozenset("—–-")


def in_dashed_as_aside(tokens: list[Token], v: int) -> bool:
    """`which — as Lee noted in a column — promises to "…"`: a verb inside an "as"-aside set off by
    dashes, closed before the quote, tells who noted something, not who speaks the quote after it."""
    for k in range(v - 1, max(-1, v - 12), -1):
        if tokens[k].text in _DASH_TOKENS:
            if k + 1 >= len(tokens) or tokens[k + 1].low != "as":
                return False
            close = next(
                (m for m in range(v + 1, min(len(tokens), v + 12)) if tokens[m].text in _DASH_TOKENS), -1
            )
            # `The plan — as Lee said — is "…"`: a linking verb after the aside gives the quote as a
            # description, and the words are those of whoever the aside says said it.
            return 0 < close < len(tokens) - 1 and tokens[close + 1].low not in fw.LINKING_VERBS
    return False
