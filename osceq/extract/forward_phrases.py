"""Noun phrases read forward from a token: the speaker after an inverted verb (`…," said Ann Lee`)
or at the start of a clause (`Ann Lee said`), and the possessive apostrophe both directions share."""

from __future__ import annotations

import re

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.joined_names import joined_end
from osceq.extract.shares import approximate_count
from osceq.extract.tokens import (
    PRONOUN_SUBJECTS,
    Token,
    abbreviation_dot,
    between_word,
    capitalised,
    firm_parenthesis_end,
    is_word,
    joins_name,
)
from osceq.extract.verb_or_noun import is_verb

__all__ = ["np_forward", "s_apostrophe"]


# "there's", "that's", "what's": a contracted verb after an expletive or a pronoun.
_EXPLETIVE = re.compile(r"(?:there|that|what)['’]s$")


def _acronym_dot(tokens: list[Token], k: int) -> bool:
    """The last dot of a dotted acronym before a lower-case noun ("one U.S. official"): no phrase end."""
    if tokens[k].text != "." or k < 3 or k + 1 >= len(tokens):
        return False
    before, nxt = tokens[k - 1], tokens[k + 1]
    return (
        len(before.text) == 1
        and before.text.isupper()
        and tokens[k - 2].text == "."
        and len(tokens[k - 3].text) == 1
        and tokens[k - 3].text.isupper()
        and nxt.text[:1].islower()
        and nxt.low not in fw.NOT_NAME_WORDS
        and nxt.low not in fw.NP_STOP
        and nxt.low not in fw.BETWEEN_WORDS
        and nxt.low not in lex.REPORTING_FORMS
        and nxt.text not in fw.MODALS
    )


def np_forward(tokens: list[Token], i: int, limit: int = 8, counted: bool = False) -> tuple[int, str] | None:
    """The noun phrase starting at token i as (end index, kind): a pronoun, a name or a common noun.

    counted: the phrase follows a word that makes its count approximate ("about"), which, like a
    determiner, opens a phrase of any length.
    """
    if i >= len(tokens) or not is_word(tokens[i]):
        return None
    tok = tokens[i]
    if tok.low in PRONOUN_SUBJECTS:
        return i + 1, "pronoun"
    if (
        tok.low in fw.NOT_NAME_WORDS
        and tok.low not in fw.DETERMINERS
        and tok.low not in fw.GROUP_SUBJECTS
        and not _acronym(tok)
    ):
        return None
    if approximate_count(tokens, i):
        return np_forward(tokens, i + 1, limit, counted=True)  # `about 200 protesters`: a count
    if tok.text.islower() and tok.low.endswith("ly") and tok.low not in fw.LY_NOUNS:
        return None  # `…" rebels, virtually assuring the aid`: an adverb opens no noun phrase
    if tok.low in _HOW_OFTEN and tok.text.islower():
        return None  # `…, which Lee said twice.`: how often, after the verb, is nobody
    if tok.low in lex.INVERTING_MOTION and tok.text.islower():
        return None  # `…," came shouts from the crowd`: the verb opens an inverted clause
    if tok.low in fw.NP_STOP or tok.low in fw.SUBORDINATORS or tok.text in fw.MODALS:
        return None  # "until Varga spoke", "do not fit": a clause, not a noun phrase
    if _EXPLETIVE.match(tok.low):
        return None  # "There's still time", "That's why": a clause with no one in it
    j = i
    skipped = 0  # tokens of a parenthesis inside a firm's name, which do not count against the limit
    while j < len(tokens) and j - i - skipped < limit:
        if j > i and firm_parenthesis_end(tokens, j) > j:
            skipped += firm_parenthesis_end(tokens, j) - j
            j = firm_parenthesis_end(tokens, j)  # "Kestrel (Holdings) Ltd analyst Ivo Marsh"
            continue
        if not (
            is_word(tokens[j])
            or joins_name(tokens, j)
            or _acronym_dot(tokens, j)
            or s_apostrophe(tokens, j)
            or _name_s_apostrophe(tokens, j)
        ):
            break
        if tokens[j].low in fw.NP_STOP or (j > i and (is_verb(tokens, j) or tokens[j].text in fw.MODALS)):
            break
        if (
            j > i
            and tokens[j].low in fw.BETWEEN_WORDS
            and not tokens[j].text.istitle()  # "Bill Long", "Rick May": a surname, no adverb
            and capitalised(tokens[j - 1])
        ):
            break  # "Smith also": an adverb after a name ends it
        if j > i and between_word(tokens[j]) and j + 1 < len(tokens) and is_verb(tokens, j + 1):
            break  # "the editorial board recently wrote": an adverb before the verb ends the phrase
        j += 1
    while j > i and (tokens[j - 1].text == "." or tokens[j - 1].low in lex.NAME_PARTICLES):
        j -= 1
    if j == i:
        return None
    if any(capitalised(t) for t in tokens[i:j]):
        if j + 1 < len(tokens) and abbreviation_dot(tokens, j) and tokens[j + 1].low == "and":
            joined = joined_end(tokens, j + 1)  # `said former Ohio Gov. and party chair Ann Lee.`
            if joined > j + 1:
                return joined, "name"
        return joined_end(tokens, j), "name"
    if tok.low in fw.DETERMINERS or tok.low in fw.GROUP_SUBJECTS or counted or j - i <= 3:
        return j, "nominal"
    return None


# Adverbs of how often or when that may follow a verb of speech in place of a subject.
_HOW_OFTEN = frozenset({"again", "once", "often", "repeatedly", "thrice", "twice"})


def _acronym(token: Token) -> bool:
    """An all-capitals word of two or more letters ("US", "UN"): a name even when it spells a word."""
    return len(token.text) > 1 and token.text.isalpha() and token.text.isupper()


def _name_s_apostrophe(tokens: list[Token], k: int) -> bool:
    """Whether token k is the apostrophe of a name's possessive after s before another name
    ("Data Kestrels' Varga said"): the firm's person, read as one phrase, as after "'s"."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k].text in ("’", "'")
        and tokens[k].start == tokens[k - 1].end
        and tokens[k - 1].text.endswith("s")
        and capitalised(tokens[k - 1])
        and tokens[k + 1].start == tokens[k].end + 1
        and capitalised(tokens[k + 1])
    )


def s_apostrophe(tokens: list[Token], k: int) -> bool:
    """Whether token k is the apostrophe of a possessive after s ("Adams' campaign")."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k].text in ("’", "'")
        and tokens[k].start == tokens[k - 1].end
        and tokens[k - 1].text.endswith("s")
        and tokens[k + 1].text[:1].islower()
    )
