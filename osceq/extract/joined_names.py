"""Where a speaker's noun phrase begins and ends when names are joined by "and" or a quotation
was cut out before them: both people of `Ann Lee and Bo Park said` speak, and `On Fox's "This
Week," Ann Lee said` names Ann Lee alone."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.mention_clauses import _RELATIVES
from osceq.extract.name_lists import JOINERS, people, person_item
from osceq.extract.time_stamps import after_time_stamp
from osceq.extract.tokens import Token, capitalised, is_word, joins_name, past_verb
from osceq.extract.verb_or_noun import is_verb
from osceq.extract.word_kinds import person_noun

__all__ = [
    "after_cut",
    "joined_across_clause",
    "joined_end",
    "joined_plural_start",
    "listed_end",
    "listed_start",
    "opens_clause",
]

_GROUP_OPENERS = frozenset(["many", "most", "some", "several", "both", "all", "the"])


def opens_clause(tokens: list[Token], first: int) -> bool:
    """Whether the name starting at token first opens its clause: at the start, after a comma, or
    after at most three words of a role and no verb (`State Senate leader Ann Lee and …`), or after
    "both" (`Since June both Kestrel and Dover Mills have argued`)."""
    if first > 0 and tokens[first - 1].low == "both":
        return True
    opening = first
    while (
        opening > 0
        and first - opening < 3
        and is_word(tokens[opening - 1])
        and tokens[opening - 1].low not in fw.NP_STOP
        and not (tokens[opening - 1].text.islower() and is_verb(tokens, opening - 1))
        and not past_verb(tokens[opening - 1])
    ):
        opening -= 1
    # (`…, which Kestrel and Marsh said had …`: a relative pronoun before its clause's subject.)
    return opening == 0 or tokens[opening - 1].text == "," or tokens[opening - 1].low in ("which", "whom")


def joined_end(tokens: list[Token], j: int) -> int:
    """The end of a name phrase with a second name joined by "and" that closes the clause (`said Ann
    Lee and Bo Park.`: both spoke, so neither is the speaker alone), or with a second office before
    the name (`said Lee Corp president and treasurer Bo Park.`)."""
    listed = listed_end(tokens, j)
    if listed > j:
        return listed  # `said Ann Lee, Bo Park and Cy Roe.`: all of them
    if j + 1 >= len(tokens) or tokens[j].text != "and":
        return j
    k = j + 1
    if tokens[j - 1].text.islower() or _role_before_name(tokens, j):
        # `said Lee Corp vice president and treasurer Ann Lee.`: a second office before the name
        while k < len(tokens) and k - j <= 3 and tokens[k].text.islower() and tokens[k].text.isalpha():
            k += 1
    if k >= len(tokens) or not capitalised(tokens[k]):
        return j
    while k < len(tokens) and (capitalised(tokens[k]) or joins_name(tokens, k)):
        k += 1
    role = k
    while role < len(tokens) and role - k < 3 and tokens[role].text.islower() and tokens[role].text.isalpha():
        role += 1
    if (
        k < role < len(tokens)
        and capitalised(tokens[role])
        and not any(past_verb(t) or t.low in lex.REPORTING_FORMS for t in tokens[k:role])
    ):
        # `said Lee and Co assistant manager Bo Park.`: a firm named with "and", then a role and the name
        k = role
        while k < len(tokens) and (capitalised(tokens[k]) or joins_name(tokens, k)):
            k += 1
    if k < len(tokens) and tokens[k].text.islower() and tokens[k].low in fw.ADVERBIAL_PREPOSITIONS:
        return k  # `said Ann Lee and Bo Park in a statement.`: a phrase of place or manner ends the subject
    return k if k == len(tokens) or tokens[k].text in ",.;:" else j


def _role_before_name(tokens: list[Token], j: int) -> bool:
    """`said chairman Ivo Marsh and president Ann Lee`: a lower-case role before a name joined by
    "and" at token j, so a role may open the second name too."""
    return j + 2 < len(tokens) and tokens[j + 1].text.islower() and person_noun(tokens[j + 1].text)


def after_cut(tokens: list[Token], i: int, j: int) -> int:
    """Where a name starts after the last quotation cut out of tokens i..j: in `On Fox's "This
    Week," Ann Lee said` and `the "woman card," Lee said` the name is what follows the quotation;
    a live-blog time stamp before it (`12.31 BST PM says`) is cut off too."""
    i = after_time_stamp(tokens, i, j)
    for m in range(j - 1, i, -1):
        if tokens[m].start - tokens[m - 1].end > 3 and capitalised(tokens[m]):
            return m
    return i


def joined_plural_start(tokens: list[Token], a: int) -> int:
    """Where a subject of two plural nouns for people joined by "and" begins, when the lone plural
    at token a is the second and the first opens the sentence (`Dealers and analysts said`: both
    speak, not the analysts alone); else a."""
    if a < 2 or tokens[a - 1].low != "and" or not _plural_of_people(tokens[a]):
        return a
    first = a - 2
    if not _plural_of_people(tokens[first]):
        return a
    return first if first == 0 or not is_word(tokens[first - 1]) else a


def _plural_of_people(token: Token) -> bool:
    return token.low.endswith("s") and token.text[1:].islower() and person_noun(token.text)


def joined_across_clause(tokens: list[Token], i: int, j: int | None = None) -> int:
    """`Many Liberals, who hold the Senate, and Greens said`: where a subject begins whose first part
    is set off by a relative clause before the ", and" ending at the name at token i, or a list of
    names ending at token j (`Ann Lee, Bo Park and Cy Roe said`) opens; i when none."""
    listed = listed_start(tokens, i, j) if j is not None else i
    if listed != i:
        return listed if opens_clause(tokens, listed) else i  # all of the list speak, not its end
    if i < 5 or tokens[i - 1].low != "and" or tokens[i - 2].text != ",":
        return i
    for k in range(i - 3, max(0, i - 16), -1):
        if tokens[k].text in '.;:!?"“”()':
            return i
        if tokens[k].text == ",":
            if tokens[k + 1].low not in _RELATIVES or k + 2 >= i - 2:
                return i
            m = k
            while m > 0 and (capitalised(tokens[m - 1]) or joins_name(tokens, m - 1)):
                m -= 1
            if m == k:
                return i
            if m > 0 and tokens[m - 1].low in _GROUP_OPENERS:
                m -= 1
            return m if m == 0 or tokens[m - 1].text in ",—–-" else i
    return i


# How many items a list of names may hold.
_MOST_ITEMS = 8


def _run_start(tokens: list[Token], k: int) -> int:
    """The start of the run of capitalised words ending before token k."""
    m = k
    while m > 0 and (capitalised(tokens[m - 1]) or joins_name(tokens, m - 1)):
        m -= 1
    return m


def listed_start(tokens: list[Token], i: int, j: int) -> int:
    """Where a list of full names ending at token j begins when the phrase read so far starts at
    token i (`Ann Lee, Bo Park and Cy Roe said`, `Ann Lee & Bo Park said`); i when tokens i..j end
    no such list of three names or more, or of two joined by "&" or a comma and "and"."""
    items: list[int] = []
    joined = False
    k = j
    while len(items) < _MOST_ITEMS:
        m = _run_start(tokens, k)
        if m == k or not person_item([t.text for t in tokens[m:k]]):
            break
        items.append(m)
        if m > 0 and tokens[m - 1].text in JOINERS and not joined:
            joined = True
            k = m - 2 if m > 1 and tokens[m - 2].text == "," else m - 1
        elif m > 0 and tokens[m - 1].text == "," and joined:
            k = m - 1
        else:
            break
    if not joined or len(items) < 2 or items[-1] > i or not people(_items_of(tokens, items, j)):
        return i
    plain_pair = len(items) == 2 and tokens[items[0] - 1].text == "and" and tokens[items[0] - 2].text != ","
    return i if plain_pair else items[-1]


def _items_of(tokens: list[Token], starts: list[int], j: int) -> list[list[str]]:
    """The words of the list's items, first to last, from their starts read backwards from j."""
    words = []
    for m in starts:
        k = m
        while k < j and (capitalised(tokens[k]) or joins_name(tokens, k)):
            k += 1
        words.append([t.text for t in tokens[m:k]])
    return words[::-1]


def listed_end(tokens: list[Token], j: int) -> int:
    """The end of a list of full names whose first ends at token j and which closes the clause
    (`said Ann Lee, Bo Park and Cy Roe.`); j when none follows."""
    if j >= len(tokens) or tokens[j].text not in (",", *JOINERS):
        return j
    k = j
    items = [[t.text for t in tokens[_run_start(tokens, j) : j]]]
    while k < len(tokens) and tokens[k].text in (",", *JOINERS):
        joiner = tokens[k].text in JOINERS or (k + 1 < len(tokens) and tokens[k + 1].text in JOINERS)
        n = k + 2 if tokens[k].text == "," and joiner else k + 1
        m = n
        while m < len(tokens) and (capitalised(tokens[m]) or joins_name(tokens, m)):
            m += 1
        if m == n or not person_item([t.text for t in tokens[n:m]]):
            return j
        items.append([t.text for t in tokens[n:m]])
        if joiner:
            closes = m == len(tokens) or tokens[m].text in ",.;:"
            return m if closes and (k > j or tokens[k].text != "and") and people(items) else j
        k = m
    return j
