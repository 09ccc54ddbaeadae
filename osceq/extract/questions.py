"""A question put to a named person, then an answer tagged with a pronoun:

    "Will you run again?" a reporter asked Dale Fenwick. "No," he said.

The "he" answers the question, so it is the person asked, not the asker, although the asker is the
nearer candidate. Only a question put to someone named counts: `"Why would I?" Lee asked. "It makes
no sense," he said.` goes on with Lee, and `Lee asked reporters` names nobody to answer.
"""

from __future__ import annotations

import re

from osceq.extract import name_words as w
from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.names import PERSON, parse_mention
from osceq.extract.timex_lexicon import MONTHS, WEEKDAYS
from osceq.models import Span

# A quote closing on a question mark right before the asker: `"…?" a reporter asked`.
_QUESTION_BEFORE = re.compile(r"\?\s*[\"”’']\s*$")
# The asker (as written) and the verb: `a reporter asked `, `Jo Park asks `.
_ASKER_ASKED = re.compile(r"[^\n\"“”?!]{1,60}?\s+ask(?:ed|s)\s+")
# The person asked: a name of up to four capitalised words (a title may lead), then the tag's end.
_ADDRESSEE = any_case_pattern(r"((?:[A-Z][\w’'\-]*\.?\s+){0,3}[A-Z][\w’'\-]*[a-z])\s*[.,]")
# Between the tag and the answer's pronoun: one quotation and nothing of the writer's.
_ONE_QUOTE_THEN = re.compile(r"\s*[\"“‘']\S[^\"“”\n]{0,600}[\"”’']\s*")


def question_addressee(text: str, position: int, before: int) -> str | None:
    """The person a question was put to, when the candidate at position asked it (`"…?" a reporter
    asked Dale Fenwick.`) and the pronoun at `before` tags the very next quotation; else None."""
    addressee = _addressee(text, position, before)
    return addressee.group(1) if addressee is not None else None


def asked_unnamed_word(text: str, position: int, before: int) -> bool:
    """Whether the question was put to one capitalised word the caller found no person by, closing
    the tag with a full stop (`"…?" Lee asked Holt. "No," he said.`): Holt, a firm (`asked Acme.`) or
    a stray word (`asked Jurors.`) may answer, so the pronoun is nobody's; False for a word of a body,
    a place, a title or a date (`asked Congress.`, `asked Tuesday.`), after which the asker goes on."""
    addressee = _addressee(text, position, before)
    if addressee is None or not addressee.group().endswith("."):
        return False
    word = addressee.group(1)
    return " " not in word and word[1:].isalpha() and word.lower() not in _NOT_SURNAMES


# Capitalised words after "asked" that are no person: bodies, places, titles, offices, dates.
_NOT_SURNAMES = (
    w.ORGANISATION_WORDS
    | w.PLACES
    | w.TITLES
    | w.OFFICES
    | w.HONORIFICS
    | frozenset(MONTHS)
    | frozenset(WEEKDAYS)
)


def _asked_end(text: str, position: int) -> int | None:
    """Where the words after "asked" begin when the candidate at position asks the question that
    closes right before it (`"…?" a reporter asked `); else None."""
    if not _QUESTION_BEFORE.search(text, max(0, position - 8), position):
        return None
    asked = _ASKER_ASKED.match(text, position, min(len(text), position + 80))
    return asked.end() if asked is not None else None


def _addressee(text: str, position: int, before: int) -> re.Match[str] | None:
    asked = _asked_end(text, position)
    if asked is None:
        return None
    addressee = _ADDRESSEE.match(text, asked, min(len(text), asked + 80))
    if addressee is None or not _ONE_QUOTE_THEN.fullmatch(text, addressee.end(), before):
        return None
    return addressee


# The object pronoun a question was put to, then the tag's end, perhaps after a short phrase of time
# or place: `"…?" Lee asked him.`, `"…?" Lee asks her on the first night.`
_ASKED_PRONOUN = re.compile(r"(him|her)(?:\s+(?:on|at|in|one|that|the)\b[^\n\"“”.?!,;]{0,30})?\s*[.,]")


def question_to_pronoun(text: str, position: int, before: int) -> str | None:
    """ "him" or "her" when the candidate at position asked a question of that person (`"…?" Lee
    asked him.`) and the pronoun at `before` tags the very next quotation: the asker is then not the
    one answering."""
    asked = _asked_end(text, position)
    if asked is None:
        return None
    pronoun = _ASKED_PRONOUN.match(text, asked, min(len(text), asked + 48))
    if pronoun is None or not _ONE_QUOTE_THEN.fullmatch(text, pronoun.end(), before):
        return None
    return pronoun.group(1)


# A question told in the writer's words, then its answer tagged by the pronoun at the window's end:
# `Lee asked Roe whether the plan was dead. "It is not," she said` (or `Lee ended by asking Roe
# whether …`). Groups: the asker (from the sentence's first capital), the person asked (a name of up
# to four capitalised words, a title may lead, or him/her).
_REPORTED_QUESTION_THEN_ANSWER = any_case_pattern(
    r"(?P<asker>[A-Z][^\n.?!\"“”]{0,160}?)\s+(?:then\s+|also\s+|later\s+)?(?:asked|by\s+asking)\s+"
    r"(?P<asked>(?:[A-Z][\w’'\-]*\.?\s+){0,3}[A-Z][\w’'\-]*[a-z]|him|her)\s+"
    r"(?:whether|if|about|what|why|how|when|where|who)\s"
    # the rest of that sentence (no full stop before a space: one sentence), its end, the answer
    r"(?:[^\n.?!]|[.?!](?![\"”’']*\s)){0,300}?[.?][\"”’']*\s+"
    # the question itself may follow in the asker's words (`"Did you sell it?"`) before the answer
    r"(?:[\"“][^\"“”\n]{1,300}\?[\"”]\s+)?"
    r"[\"“‘']\S[^\"“”\n]{0,600}[\"”’']\s*$"
)
# Words that put the asking in a clause of another sentence (`…, when a voter asked Roe why …`),
# where the answer may be someone else's.
_SUBORDINATE = frozenset(
    {"when", "after", "as", "before", "since", "because", "while", "until", "if", "though"}
    | {"said", "says", "told"}
)
# How far before the pronoun such a question may begin.
_REPORTED_REACH = 1000


def reported_question(text: str, before: int) -> tuple[Span, str] | None:
    """The asker (the words before "asked") and the person asked (`Roe`, or `him`/`her`), when the
    sentence right before the quotation that the pronoun at `before` tags opens by asking someone a
    question in the writer's words (`Lee asked Roe whether …`, `She asked him about …`); else None."""
    start = max(0, before - _REPORTED_REACH)
    if text.find("ask", start, before) < 0:
        return None  # (most pronouns: no question near, and no regex run over the window)
    found = _REPORTED_QUESTION_THEN_ANSWER.search(text, start, before)
    if found is None:
        return None
    opening = text[max(0, found.start() - 3) : found.start()].rstrip(" ")
    if opening and opening[-1] not in ".?!\"”’'\n":
        return None  # the capital stands inside a sentence (`…, and Roe asked Lee …`)
    asker = found.group("asker")
    if _SUBORDINATE.intersection(word.strip(",").lower() for word in asker.split()):
        return None
    return Span(asker, found.start("asker"), found.end("asker")), found.group("asked")


# The answer's quotation right before its tag's pronoun (`"She refused to answer," she said`).
_ANSWER_BEFORE = re.compile(r"[\"“]([^\"“”\n]{1,600})[\"”]\s*,?\s*$")
# Words of the first person, by which an answer speaks for its speaker (`"I already have"`).
_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Uu]s|[Oo]urs?)\b")
# Words of the third person of each sex (`"She refused"`): the answer speaks of someone of that sex.
_THIRD_PERSON = {
    "f": re.compile(r"\b(?:[Ss]he|[Hh]ers?|[Hh]erself)\b"),
    "m": re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself)\b"),
}


def answer_speaks_of(text: str, before: int, gender: str) -> bool:
    """Whether the quotation right before the pronoun at `before` speaks of someone of the pronoun's
    sex and not for its speaker (`"She refused to answer," she said`): after a question, the one of
    that sex it was put to may be the one spoken of, not the one speaking."""
    found = _ANSWER_BEFORE.search(text, max(0, before - 620), before)
    if found is None or gender not in _THIRD_PERSON:
        return False
    answer = found.group(1)
    return _THIRD_PERSON[gender].search(answer) is not None and _FIRST_PERSON.search(answer) is None


# A sentence opening on a question put to its subject: `Asked what the president would say, Lee
# smiled.` (up to the clause's first comma).
_ASKED_OPENING = re.compile(r"Asked\b[^,.;:!?\"“”\n]{1,200},\s*")


def past_asked_opening(text: str, start: int, end: int) -> int:
    """Where the main clause begins in the sentence text[start:end] when it opens on an `Asked …,`
    clause (whose verbs and subjects are the question's, not the speaker's); else start."""
    opening = _ASKED_OPENING.match(text, start, end)
    return opening.end() if opening is not None else start


# The short main clause after an `Asked …,` opening: its person subject and a few words
# (`she smiled.`, `Ann Roe shook her head.`).
_ANSWERER_CLAUSE = any_case_pattern(
    r"(?P<who>[Hh]e|[Ss]he|[A-Z][\w’'\-]*[a-z](?:\s+[A-Z][\w’'\-]*[a-z]){0,2})"
    r"\s+(?P<verb>[a-z]+)(?:\s+[a-z]+){0,3}[.!]?\s*$"
)


def asked_answerer(text: str, start: int, end: int) -> tuple[Span, Span, str] | None:
    """The person a question was put to, as (mention, verb, kind), when the sentence text[start:end]
    opens on `Asked …,` and its main clause is a short one about that person (`Asked about the
    deal, Lee shrugged.`): the quotation after it is the answer."""
    main = past_asked_opening(text, start, end)
    if main == start:
        return None
    clause = _ANSWERER_CLAUSE.match(text, main, end)
    if clause is None:
        return None
    who = clause.group("who")
    if who.lower() in ("he", "she"):
        kind = "pronoun"
    elif parse_mention(who).kind == PERSON:
        kind = "name"
    else:
        return None
    mention = Span(who, clause.start("who"), clause.end("who"))
    return mention, Span(clause.group("verb"), clause.start("verb"), clause.end("verb")), kind


# A sentence opening on someone new and unnamed: `A 19-year-old climbs in.`, `One customer waits.`
_NEWCOMER = re.compile(r"(?:^|[.!?][\"”’']?\s+)(?:An?|One)\s+[a-z0-9]", re.MULTILINE)


def newcomer_between(text: str, start: int, end: int) -> bool:
    """Whether someone unnamed enters between offsets start and end (`A boy climbs into the ring.`):
    the him/her a question was put to may be that person, not the candidate named before."""
    return _NEWCOMER.search(text, start, end) is not None
