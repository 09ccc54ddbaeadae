"""A person named as the subject of a later clause, nearer a quoted fragment than the sentence's
subject (`Bo Park signed an order, while Ann Lee proposed we "…"`): the fragment is that clause's,
and the opening subject, another person, never speaks it. Read by `nearer_subjects.py`."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract import name_words as w
from osceq.extract.clause_join_words import CLAUSE_JOINS
from osceq.extract.given_names import is_given_name
from osceq.extract.names import is_person_name
from osceq.extract.sentence_asides import main_verb_follows
from osceq.extract.tokens import Token, capitalised

__all__ = ["closed_by_comma", "later_name", "names_person"]

# How many capitalised words a name may hold, and how long an aside set off after it may run.
_NAME_WORDS = 4
_ASIDE = 8
# How far a comma may come after the later clause's verb to close it (`hopes for lasting calm,`); one
# further on sets off something inside a longer object (`used it to bludgeon his rivals, Ann Lee …`).
_OBJECT = 4


def later_name(tokens: list[Token], after: int) -> tuple[int, int] | None:
    """The (start, end) of the last clause's name subject before the quote, past token offset
    after, when a lower-case verb follows the name (an aside between commas aside); else None."""
    for k in range(len(tokens) - 3, -1, -1):
        if tokens[k].start < after:
            return None
        if tokens[k].low not in CLAUSE_JOINS or not tokens[k].text.islower():
            continue
        if tokens[k].low == "and" and not _first_clause_done(tokens, k):
            continue
        end = k + 1
        while (
            end < len(tokens)
            and end - k <= _NAME_WORDS
            and capitalised(tokens[end])
            and tokens[end].text.isalpha()
        ):
            end += 1
        if end == k + 1 or tokens[k + 1].low in fw.NOT_NAME_WORDS:
            continue
        verb = _past_aside(tokens, end)
        if _verb_at(tokens, verb) and not closed_by_comma(tokens, verb):
            return k + 1, end
    return None


def closed_by_comma(tokens: list[Token], verb: int) -> bool:
    """Whether a comma right after the later clause's verb (or its short object) closes it first:
    `Tom Lee wants, though Ann Vell argues, voters to "…"` is Lee's main clause resumed."""
    return any(t.text == "," for t in tokens[verb + 1 : verb + 1 + _OBJECT])


def _verb_at(tokens: list[Token], m: int) -> bool:
    """Whether tokens[m] reads as the name's finite verb (sentence_asides.main_verb_follows: a past
    form, a helper or a reporting form read as a verb, not `always` or `perhaps`), no linking verb
    (`while Ann Lee is "…"` describes her) and no preposition (`Harbour Hotel and Casino in`)."""
    if m >= len(tokens) or not tokens[m].text.isalpha() or not tokens[m].text.islower():
        return False
    if tokens[m].low in fw.LINKING_VERBS or tokens[m].low in fw.PREPOSITIONS:
        return False
    return main_verb_follows(tokens, m)


def _first_clause_done(tokens: list[Token], k: int) -> bool:
    """Whether "and" at k closes a clause: after a comma, a lower-case word or a day (`signed the
    order on Monday and Ann Lee …`), never inside a run of capitalised words (`Ann Lee and Bo Park`,
    `Hotel and Casino`)."""
    before = tokens[k - 1]
    return (
        before.text == "," or before.low in fw.TIME_NOUNS or (before.text.isalpha() and before.text.islower())
    )


def _past_aside(tokens: list[Token], end: int) -> int:
    """The index after an aside set off by commas right after the name (`Ann Lee, the governor,`)."""
    if end >= len(tokens) or tokens[end].text != ",":
        return end
    close = next((m for m in range(end + 1, min(len(tokens), end + _ASIDE)) if tokens[m].text == ","), None)
    return close + 1 if close is not None else end


def names_person(text: str, span: tuple[int, int], tokens: list[Token]) -> bool:
    """Whether the capitalised words surely name a person: opened by a known given name or a title,
    with no word of a body, a place or a firm (`Goldman Sachs`, `Dover Rovers` are no one)."""
    a, b = span
    words = [t.low for t in tokens[a:b]]
    if b - a < 2 or any(word in w.ORGANISATION_WORDS or word in w.PLACE_HEADS for word in words):
        return False
    if words[-1] in w.FIRM_ENDINGS:
        return False
    opener = is_given_name(tokens[a].text) or words[0] in w.TITLES
    return opener and is_person_name(text[tokens[a].start : tokens[b - 1].end])
