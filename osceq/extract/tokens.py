"""Tokens with offsets, and the word tests the phrase and cue finders share (a reporting verb, a
word that can be part of a name, a dot that is no full stop)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.mention_shapes import firm_parenthesis_close
from osceq.extract.name_words import ABBREVIATED_TITLES
from osceq.extract.word_kinds import person_noun
from osceq.models import Span

# Words (with inner apostrophes and hyphens), numbers with their decimal points and thousands
# separators ("1.1 mln": the point ends no sentence), or single punctuation characters. A personal pronoun
# and its contracted verb are two tokens (`she’s`: "she", "’s"), so the pronoun is read as a subject.
_TOKEN = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)(?=[’'](?:s|re|ve|d|ll|m)\b)|(?<=[A-Za-z])[’'](?:s|re|ve|d|ll|m)\b"
    r"|\d+(?:[.,]\d+)+\b|[^\W_](?:[\w’'\-]*[^\W_])?|[^\w\s]"
)
_INITIAL_OR_TITLE = re.compile(r"^(?:[A-Z]|" + "|".join((*ABBREVIATED_TITLES, "St", "Jr", "Sr")) + r")$")
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
    """The tokens of text[start:end] with their offsets in text."""
    return [
        Token(m.group(), m.start(), m.end(), m.group().lower()) for m in _TOKEN.finditer(text, start, end)
    ]


def range_tokens(text: str, ranges: list[tuple[int, int]]) -> list[Token]:
    """The tokens of several stretches of text (a sentence's parts outside quotations), in order."""
    return [token for a, b in ranges for token in tokenize(text, a, b)]


def span_of(text: str, tokens: list[Token], i: int, j: int) -> Span:
    """The text covered by tokens[i:j] as a Span."""
    return Span(text[tokens[i].start : tokens[j - 1].end], tokens[i].start, tokens[j - 1].end)


def is_word(token: Token) -> bool:
    """Whether a token is a word rather than punctuation."""
    return token.text[:1].isalnum()


# Reporting forms that are never a noun or an adjective, so no possessive can own them.
_ONLY_VERBS = frozenset({"said", "says", "told", "tells"})


def is_verb(tokens: list[Token], v: int) -> bool:
    """Whether tokens[v] is a reporting verb here, not a noun ("his remarks", "the report")."""
    token = tokens[v]
    if token.low not in lex.REPORTING_FORMS:
        return False
    if v == 0:
        return True
    if token.text[:1].isupper() and tokens[v - 1].text not in '.:"“”':
        return False  # "the United States", "the Washington Post"
    before = tokens[v - 1]
    if _firm_named_for_someone(tokens, v):
        return True  # `Moody's said`: "said" and "told" are never nouns, so the possessive is a name
    if possessive(before) or before.low in ("’", "'"):
        return False  # "Varga's email", "the agency's report"
    if token.low in lex.NOUN_LIKE_FORMS:
        # "many state workers", "1,300 Varga emails": only a verb right after its subject.
        if v > 1 and before.text[:1].isupper() and tokens[v - 2].low in fw.NOUN_MARKERS:
            return False  # "a Facebook post", "the AP report"
        return (
            before.low in PRONOUN_SUBJECTS
            or before.low == "it"  # `…," it read.`: a document or a sign speaks
            or between_word(before)
            or (
                before.text[:1].isupper()
                and before.low not in fw.NOT_NAME_WORDS
                and before.low not in fw.PREPOSITIONS  # "Amid protests, …"
                and not _bare_noun_after_singular(tokens, v)
                and not _compound_noun(tokens, v)
            )
            or _thing_reports(tokens, v)
            or _people_report(tokens, v)
            or _verb_by_its_place(tokens, v)
        )
    before = tokens[v - 1]
    return not (before.low in fw.NOUN_MARKERS or possessive(before) or before.low in ("’", "'"))


def _firm_named_for_someone(tokens: list[Token], v: int) -> bool:
    """`Moody's said`, `Lloyd's says`: a capitalised word in the possessive right before "said" or
    "told", which are never nouns, is a firm named for someone, the verb's subject."""
    before = tokens[v - 1]
    return tokens[v].low in _ONLY_VERBS and possessive(before) and capitalised(before)


def _thing_reports(tokens: list[Token], v: int) -> bool:
    """`The ad claims "…"`, `the report notes that …`: after a determiner and a noun, a form that is
    mostly a noun is the verb when a quote, a colon or "that" follows it at once."""
    if v < 2 or tokens[v - 2].low not in fw.DETERMINERS:
        return False
    if v > 2 and is_word(tokens[v - 3]) and tokens[v - 3].low not in ("and", "but", "while", "as"):
        return False  # `the rejection of the treaty signals`: the phrase must open its clause
    noun = tokens[v - 1]
    following = tokens[v + 1] if v + 1 < len(tokens) else None
    # `as the report notes, "…"`: an "as"-clause ends at its verb.
    ends_as_clause = v > 2 and tokens[v - 3].low == "as" and following is not None and following.text == ","
    return (
        noun.text.isalpha()
        and noun.text.islower()
        and noun.low not in fw.NOUN_MARKERS
        and (following is None or following.low == "that" or following.text in ':"“' or ends_as_clause)
    )


# Forms that are also the past tense ("Lee read"), and plural nouns without an s ("Police note").
_PAST_FORMS = frozenset({"read", "hit"})
_PLURALS_WITHOUT_S = frozenset({"police", "people"})


def _bare_noun_after_singular(tokens: list[Token], v: int) -> bool:
    """`Ohio state delegate Ann Lee`: a form without -s after a single capitalised word that does
    not end in s cannot be its present tense ("Lee states", "Democrats state"), so it is a noun."""
    token, before = tokens[v], tokens[v - 1]
    return (
        not token.low.endswith("s")
        and token.low not in _PAST_FORMS
        and not before.low.endswith("s")
        and before.low not in _PLURALS_WITHOUT_S
        and (v < 2 or tokens[v - 2].low != "and")  # "Lee and Park note"
    )


# Lower-case words a verb can go on with (`Lee notes that`, `Lee hit back`; prepositions aside).
_AFTER_A_VERB = frozenset(
    {"that", "to", "it", "again", "also", "only", "not", "back", "out", "up", "down", "off"}
)


def _compound_noun(tokens: list[Token], v: int) -> bool:
    """`the verdict in Texas state court`: a bare form that is mostly a noun, followed at once by a
    lower-case word that no verb goes on with (a noun, an adjective), is a noun inside a name."""
    if v + 1 >= len(tokens) or tokens[v].low.endswith("s"):
        return False  # (`Lee quotes former aide …`, `which Lee claims affirmed`: a singular's verb)
    following = tokens[v + 1]
    return (
        following.text.isalpha()
        and following.text.islower()
        and following.low not in fw.DETERMINERS
        and following.low not in fw.PREPOSITIONS
        and following.low not in fw.OBJECT_PRONOUNS
        and following.low not in _AFTER_A_VERB
        and not following.low.endswith("ly")
    )


def _people_report(tokens: list[Token], v: int) -> bool:
    """`the officials state in the report`, `the authors note`: a form that is mostly a noun, in its
    plural form of the verb, right after a plural noun for people is that noun's verb (a plural
    seldom modifies a noun, and "the officials' state" takes an apostrophe)."""
    token, before = tokens[v], tokens[v - 1]
    return (
        token.text.islower()
        and not token.low.endswith("s")
        and before.text.islower()
        and person_noun(before.text)
        and (before.low.endswith("s") or before.low.endswith("men"))
    )


def _verb_by_its_place(tokens: list[Token], v: int) -> bool:
    """`who claims that`, `used to boast that`, `Ann Lee, a professor, calls the plan "…"`: a form
    that is mostly a noun is the verb right after "who", as an infinitive of speech after "to" (not
    `in response to calls`), and in its -s form after the comma closing an aside beside a name when
    its object follows (not `emails, calls and posts`)."""
    token, before = tokens[v], tokens[v - 1]
    if not token.text.islower():
        return False
    if before.low == "who":
        # (`a "tax czar" who reports to her`: right after a quotation, the pronoun stands for it)
        return v < 2 or before.start - tokens[v - 2].end <= 1
    if before.low == "to":
        return token.low in lex.SPOKEN_INFINITIVES and not _compound_noun(tokens, v)
    following = tokens[v + 1] if v + 1 < len(tokens) else None
    return (
        before.text == ","
        and token.low.endswith("s")
        and following is not None
        and (
            following.low in fw.DETERMINERS
            or following.low in fw.OBJECT_PRONOUNS
            or following.low == "that"
            or capitalised(following)
        )
        and _name_beside_aside(tokens, v - 1)
    )


def _name_beside_aside(tokens: list[Token], comma: int) -> bool:
    """Whether the comma at index comma closes an aside set off after a name (`Ann Lee, a
    professor,`) or an aside that is a name (`her aide, Ann Lee,`): then the subject is a person."""
    opening = next((k for k in range(comma - 1, max(0, comma - 16), -1) if tokens[k].text == ","), None)
    if opening is None or opening == 0:
        return False
    aside = tokens[opening + 1 : comma]
    return capitalised(tokens[opening - 1]) or (
        0 < len(aside) <= 4 and all(capitalised(t) or t.text == "." for t in aside)
    )


def between_word(token: Token) -> bool:
    """An adverb or auxiliary between a speaker and the verb ("also", "has", "jokingly")."""
    if token.low in fw.BETWEEN_WORDS:
        return not capitalised(token)  # "Will" is a name
    return token.low.endswith("ly") and token.text.islower() and token.low not in fw.LY_NOUNS


def abbreviation_dot(tokens: list[Token], k: int) -> bool:
    """Whether tokens[k] is the dot of a title or an initial ("Mr.", "J."), or of "No." before its
    number ("the party's No. 2"), not a full stop."""
    if tokens[k].text != "." or k == 0:
        return False
    numbered = tokens[k - 1].text == "No" and k + 1 < len(tokens) and tokens[k + 1].text[:1].isdigit()
    return numbered or bool(_INITIAL_OR_TITLE.match(tokens[k - 1].text))


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
        if t.text in ".!?;" and not short_capital_dot(tokens, k) and not decimal_point(tokens, k)
    )
    return next(ends, None)


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
    )


def joins_name(tokens: list[Token], k: int) -> bool:
    """A dot after an initial or title, or a particle, that continues a name run into a capital."""
    tok = tokens[k]
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is not None and nxt.text == "(" and tok.text == ".":
        return firm_parenthesis_end(tokens, k + 1) > k + 1  # "James T. (Jim) Roe": a nickname goes on
    if nxt is None or not nxt.text[:1].isupper():
        return False
    if tok.text == ".":
        return bool(_INITIAL_OR_TITLE.match(tokens[k - 1].text))
    return tok.low in lex.NAME_PARTICLES


def firm_parenthesis_end(tokens: list[Token], k: int) -> int:
    """The index after a parenthesis inside a firm's name ("Kestrel (Holdings) Ltd analyst"), when
    the firm's ending follows the closing mark at once; else k."""
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
    end = next((m for m in range(k, min(len(tokens), k + 9)) if not is_word(tokens[m])), k)
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
