"""Tokens with offsets, and the word tests the phrase and cue finders share (a word that can be
part of a name, a dot that is no full stop, an adverb between a subject and its verb). Whether a
reporting form is a verb or a noun is in verb_or_noun.py."""

from __future__ import annotations

import re
from dataclasses import dataclass

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.letter_cases import any_case
from osceq.extract.mention_shapes import firm_parenthesis_close
from osceq.extract.name_words import ABBREVIATED_TITLES
from osceq.extract.particle_names import after_courtesy_title, particle_surname_end
from osceq.extract.plural_possessives import PLURAL_POSSESSIVE_IN_NAME
from osceq.extract.suffix_stops import suffix_ends_sentence
from osceq.extract.web_addresses import SITE
from osceq.extract.wire_brackets import without_name_brackets
from osceq.models import Span

# Words (with inner apostrophes and hyphens), numbers with their decimal points and thousands
# separators ("1.1 mln": the point ends no sentence), or single punctuation characters. A personal pronoun
# and its contracted verb are two tokens (`she’s`: "she", "’s"), so the pronoun is read as a subject.
_TOKEN = re.compile(
    any_case(
        r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)(?=[’'](?:s|re|ve|d|ll|m)\b)|(?<=[A-Za-z])[’'](?:s|re|ve|d|ll|m)\b"
    )
    + r"|\d+(?:[.,]\d+)+\b|"
    + SITE  # (`Kestrel.com`: one word)
    + r"|"
    + PLURAL_POSSESSIVE_IN_NAME
    + r"|[^\W_](?:[\w’'\-]*[^\W_])?|[^\w\s]"
)
_INITIAL_OR_TITLE = re.compile(
    any_case(r"^(?:[A-Z]|") + "|".join((*ABBREVIATED_TITLES, "St", "Jr", "Sr")) + r")$"
)
_POSSESSIVE = re.compile(r"\w[’']s$")
PRONOUN_SUBJECTS = frozenset({"he", "she", "they", "i", "we"})
# Dash tokens: before a signature (`"…" — Jane Doe`) or a label (`Polls agree - Jane Roe: "…"`).
DASHES = frozenset("—–-―")


# Not frozen: a frozen dataclass's __init__ sets each field through object.__setattr__, and tokens
# are made by the hundred thousand (about 4% of extraction's instructions). Nothing changes a token.
@dataclass(slots=True, unsafe_hash=True)
class Token:
    """A word or punctuation character of the text, with its offsets (a value: equal tokens hash alike)."""

    text: str
    start: int
    end: int
    low: str


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The tokens of text[start:end] with their offsets in text (a fresh list: callers may change it)."""
    if len(text) > _CACHED_TEXT_LIMIT:
        return _scan(text, start, end)
    global _last_article
    cached_text, cache = _last_article
    if cached_text is not text:
        cache = {}
        _last_article = (text, cache)
    tokens = cache.get((start, end))
    if tokens is None:
        tokens = cache[start, end] = _scan(text, start, end)
    return list(tokens)


def _scan(text: str, start: int, end: int) -> list[Token]:
    # (The word taken once a match: making tokens is most of tokenising.)
    tokens = [
        Token((word := m.group()), m.start(), m.end(), word.lower())
        for m in _TOKEN.finditer(text, start, end)
    ]
    return without_name_brackets(tokens) if text.find("<", start, end) >= 0 else tokens


# The tokens of the last text's ranges. The cue finders of one quote tokenise the same sentence
# again and again: on wire stories over half the calls repeat an earlier one, and making tokens is
# most of tokenising. Kept for one text only (a new text starts afresh); the text and its table are
# swapped as one pair, so threads only lose hits.
_last_article: tuple[str | None, dict[tuple[int, int], list[Token]]] = (None, {})
# The table costs about 12 bytes a character of the text, kept until another text comes: a text
# longer than any news article (a folder's files run together) is tokenised afresh each time, so
# the table never holds more than about 2.5 MB.
_CACHED_TEXT_LIMIT = 200_000


def range_tokens(text: str, ranges: list[tuple[int, int]]) -> list[Token]:
    """The tokens of several stretches of text (a sentence's parts outside quotations), in order."""
    return [token for a, b in ranges for token in tokenize(text, a, b)]


def span_of(text: str, tokens: list[Token], i: int, j: int) -> Span:
    """The text covered by tokens[i:j] as a Span."""
    return Span(text[tokens[i].start : tokens[j - 1].end], tokens[i].start, tokens[j - 1].end)


def is_word(token: Token) -> bool:
    """Whether a token is a word rather than punctuation."""
    return token.text[:1].isalnum()


def between_word(token: Token) -> bool:
    """An adverb or auxiliary between a speaker and the verb ("also", "has", "jokingly")."""
    if token.low in fw.BETWEEN_WORDS:
        return not capitalised(token)  # "Will" is a name
    return ly_adverb(token)


def ly_adverb(token: Token) -> bool:
    """A lower-case -ly word that is an adverb ("jokingly"), not a noun ("rally", "family")."""
    return token.low.endswith("ly") and token.text.islower() and token.low not in fw.LY_NOUNS


def abbreviation_dot(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] is the dot of a title or an initial ("Mr.", "J."), or of "No." before its
    number ("the party's No. 2"), not a full stop."""
    if tokens[k].text != "." or k == 0:
        return False
    numbered = tokens[k - 1].text == "No" and k + 1 < len(tokens) and tokens[k + 1].text[:1].isdigit()
    if _suffix_ends_sentence(tokens, k):
        return False
    return numbered or bool(_INITIAL_OR_TITLE.match(tokens[k - 1].text))


def _suffix_ends_sentence(tokens: list[Token], k: int) -> bool:
    """`… said Ann Lee Jr. He left.`: the dot after `Jr.` or `Sr.` also ends the sentence when a
    capitalised pronoun or sentence opener follows, so no name or role runs on past it."""
    if tokens[k - 1].text not in ("Jr", "Sr") or k + 1 >= len(tokens):
        return False
    # The word before the suffix decides too (`Reed Jr. A` breaks, `a Jr. A team` does not).
    before = [token.text for token in tokens[max(0, k - 3) : k - 1]]
    owner = (
        f"{before[-2]}, " if before[-1:] == [","] and len(before) == 2 else f"{before[-1]} " if before else ""
    )
    head = f"{owner}{tokens[k - 1].text}"
    return suffix_ends_sentence(f"{head}. {tokens[k + 1].text}", len(head))


def short_capital_dot(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] is a dot after a short capitalised word ("Gen.", "St.", "U.S."), which a
    sentence rarely ends on."""
    return (
        tokens[k].text == "." and k > 0 and len(tokens[k - 1].text) <= 3 and tokens[k - 1].text[:1].isupper()
    )


def sentence_stop(tokens: list[Token]) -> int | None:
    """The index of the first full stop, question or exclamation mark or semicolon ending a sentence."""
    ends = (
        k
        for k, t in enumerate(tokens)
        if t.text in ".!?;"
        and not short_capital_dot(tokens, k)
        and not decimal_point(tokens, k)
        and not code_dot(tokens, k)
    )
    return next(ends, None)


def code_dot(tokens: list[Token], k: int) -> bool:
    """A dot inside a code written with no space, between capitals (a wire ticker "<KSTL.F>") or
    lower-case letters ("kestrel.com"): never a sentence's end, after which a space comes."""
    if tokens[k].text != "." or not 0 < k < len(tokens) - 1:
        return False
    before, after = tokens[k - 1], tokens[k + 1]
    if before.end != tokens[k].start or tokens[k].end != after.start:
        return False
    capitals = before.text.isupper() and after.text.isupper()
    return capitals or (before.text.islower() and after.text.islower())


def decimal_point(tokens: list[Token], k: int) -> bool:
    """A dot between digits with no space around it ("7.5 pct"), never a sentence's end."""
    return (
        tokens[k].text == "."
        and 0 < k < len(tokens) - 1
        and tokens[k - 1].text[-1:].isdigit()
        and tokens[k + 1].text[:1].isdigit()
        and tokens[k - 1].end == tokens[k].start
        and tokens[k].end == tokens[k + 1].start
    )


def before_comma(tokens: list[Token], k: int) -> bool:
    """A dot right before a comma ends an abbreviation ("R-Ky.,"), never a sentence."""
    return k + 1 < len(tokens) and tokens[k + 1].text == "," and tokens[k + 1].start == tokens[k].end


def dot_inside(tokens: list[Token], k: int) -> bool:
    """A dot inside an aside: an abbreviation or an initial (`N.C.,`, `Pa.,`, `Jr.`, `(R-Ariz.)`)."""
    return abbreviation_dot(tokens, k) or (
        tokens[k].text == "." and k + 1 < len(tokens) and tokens[k + 1].text in ",.)"
    )


def full_stop(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] ends a sentence (or a clause, for ";")."""
    return tokens[k].text in ".!?;" and not dot_inside(tokens, k)


def possessive(token: Token) -> bool:
    """Whether a word ends in a possessive 's ("Varga's", "the agency’s")."""
    return _POSSESSIVE.search(token.text) is not None


def capitalised(token: Token) -> bool:
    """Whether a token can be part of a name: capitalised and not a function word."""
    return token.text[:1].isupper() and token.low not in fw.NOT_NAME_WORDS


def name_end(tokens: list[Token], i: int) -> int:
    """Index after the capitalised name run starting at i (i when there is none)."""
    j = i
    while j < len(tokens):
        if capitalised(tokens[j]) or (j > i and joins_name(tokens, j)) or initial_letter(tokens, j):
            j += 1
        elif j > i and firm_parenthesis_end(tokens, j) > j:
            j = firm_parenthesis_end(tokens, j)
        else:
            break
    while j > i and (tokens[j - 1].text == "." or tokens[j - 1].low in lex.NAME_PARTICLES):
        j -= 1
    return j


def initial_letter(tokens: list[Token], k: int) -> bool:
    """A lone capital glued to a dot that leads on to a name: "A." of "A.B. Kell" is an initial, not
    the article (which never takes a dot)."""
    return (
        len(tokens[k].text) == 1
        and tokens[k].text.isupper()
        and k + 2 < len(tokens)
        and tokens[k + 1].text == "."
        and tokens[k + 1].start == tokens[k].end
        and joins_name(tokens, k + 1)
        and not (k > 0 and tokens[k - 1].low in fw.LABELLED_NOUNS)  # `plan A. Lee said`: a label ends
    )


def joins_name(tokens: list[Token], k: int) -> bool:
    """A dot after an initial or title, or a particle, that continues a name run into a capital."""
    tok = tokens[k]
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is not None and nxt.text == "(" and tok.text == ".":
        return firm_parenthesis_end(tokens, k + 1) > k + 1  # "James T. (Jim) Roe": a nickname goes on
    if (
        nxt is not None
        and nxt.text[:1].islower()
        and after_courtesy_title(tokens, k + 1)
        and particle_surname_end(tokens, k + 1) > k + 1
    ):
        return True  # `Dr. al-Sayer`, `Ms de Morville`: the title's dot, or the title, goes on
    if nxt is None or not nxt.text[:1].isupper():
        return False
    if tok.text == ".":
        return bool(_INITIAL_OR_TITLE.match(tokens[k - 1].text)) and not _suffix_ends_sentence(tokens, k)
    return tok.low in lex.NAME_PARTICLES


def firm_parenthesis_end(tokens: list[Token], k: int) -> int:
    """The index after a parenthesis inside a firm's name ("Kestrel (Holdings) Ltd analyst"), when
    the firm's ending follows the closing mark at once; else k."""
    if not 0 < k < len(tokens) or tokens[k].text != "(":
        return k  # no parenthesis opens at k: asked at every word of a phrase, so no list of them all
    close = firm_parenthesis_close([t.text for t in tokens], k)
    if close is None or tokens[close + 1].start - tokens[close].end > 1:
        return k
    return close + 1


def past_verb(token: Token) -> bool:
    """A lower-case word in -ed that is no function word: most likely a verb in the past tense."""
    return (
        len(token.text) > 4
        and token.text.islower()
        and token.low.endswith("ed")
        and token.low not in fw.NOT_NAME_WORDS
        and token.low not in fw.NAMING_PARTICIPLES
    )


def verb_ends_phrase(tokens: list[Token], i: int, j: int) -> bool:
    """Whether the phrase tokens[i:j] ends on a lower-case reporting verb that ends the clause too
    (`the email read.`: a form that can be a noun, taken into the phrase)."""
    return (
        j - i >= 2
        and tokens[j - 1].low in lex.REPORTING_FORMS
        and tokens[j - 1].text.islower()
        and (j == len(tokens) or tokens[j].text in ".,;")
    )


def holds_no_verb(tokens: list[Token], i: int, j: int) -> bool:
    """Whether tokens[i:j] hold no verb (`for Mr. Lee declined to` is a clause, not a phrase)."""
    return all(t.low != "to" and not past_verb(t) and t.low not in lex.REPORTING_FORMS for t in tokens[i:j])


def skip_parenthesis(tokens: list[Token], j: int) -> int:
    """The index after a short parenthesis at j ("(D-Wis.)"), or j when there is none."""
    if j >= len(tokens) or tokens[j].text != "(":
        return j
    for k in range(j + 1, min(len(tokens), j + 10)):
        if tokens[k].text == ")":
            return k + 1
    return j


def phrase_text(tokens: list[Token], start: int, end: int) -> str:
    """tokens[start:end] as one phrase, each full stop kept on its word: "Gov. Ann Lee"."""
    return " ".join(t.text for t in tokens[start:end]).replace(" .", ".")


def acronym_letter_dot(tokens: list[Token], k: int) -> bool:
    """The dot after a letter of a dotted acronym inside a phrase ("a U.S. official"), not after a
    lone initial ("Ann B. Lee")."""
    if not (tokens[k].text == "." and k > 0 and _letter_before(tokens, k)):
        return False
    return (k > 1 and tokens[k - 2].text == "." and _letter_before(tokens, k - 2)) or (
        k + 2 < len(tokens) and tokens[k + 2].text == "." and _letter_before(tokens, k + 2)
    )


def _letter_before(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] follows a single capital letter with no space between them."""
    return (
        len(tokens[k - 1].text) == 1 and tokens[k - 1].text.isupper() and tokens[k - 1].end == tokens[k].start
    )


def setting_end(tokens: list[Token], k: int) -> int:
    """The end of a short setting opening at k after a tag's verb (`at a town hall on Monday`): a
    preposition and words with no verb and no relative, perhaps after a bare day or time (`Tuesday
    in Paris`, `last week`). k when there is none."""
    if k + 1 < len(tokens) and tokens[k].low in ("last", "this") and tokens[k + 1].low in fw.TIME_NOUNS:
        k += 2
    elif k < len(tokens) and tokens[k].low in fw.TIME_NOUNS:
        k += 1
    if k >= len(tokens) or tokens[k].low not in fw.PREPOSITIONS or not tokens[k].text.islower():
        return k
    # (a setting running to the end of the tokens, with no mark after it, ends there)
    reach = min(len(tokens), k + 9)
    end = next(
        (m for m in range(k, reach) if not is_word(tokens[m])), len(tokens) if reach == len(tokens) else k
    )
    if holds_no_verb(tokens, k, end) and not any(t.low in fw.RELATIVES for t in tokens[k:end]):
        return end
    return k


def object_participle(tokens: list[Token], k: int) -> bool:
    """A lower-case -ing verb at token k that takes the phrase after it as its object ("attending")."""
    token = tokens[k] if k > 0 else None
    return (
        token is not None
        and len(token.text) > 5
        and token.text.islower()
        and token.low.endswith("ing")
        and token.low not in lex.REPORTING_FORMS
        and token.low not in fw.PREPOSITIONS
        and token.low not in fw.NOT_NAME_WORDS
        and token.end + 1 >= tokens[k + 1].start
    )


# Possessives written with a capital inside a group's name (`Save Our Harbor`, `Protect Your Vote`).
_NAME_POSSESSIVES = frozenset({"Our", "Your", "Their", "My"})


def owner_inside_name(tokens: list[Token], k: int) -> bool:
    """Whether token k is a capitalised possessive inside a name, between two of its words (`Save Our
    Harbor`): mid-sentence it opens no new phrase, so the name runs on across it."""
    return (
        tokens[k].text in _NAME_POSSESSIVES
        and k > 0
        and capitalised(tokens[k - 1])
        and k + 1 < len(tokens)
        and capitalised(tokens[k + 1])
    )
