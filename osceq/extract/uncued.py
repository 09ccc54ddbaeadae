"""Speakers found without a reporting cue: a transcript's label in capitals ("WALLACE: …") and, as
a last resort for a longer quoted fragment, the subject at the start of its sentence."""

from __future__ import annotations

import re
from collections.abc import Container

from osceq.extract import function_words, name_words
from osceq.extract.attribution import Found
from osceq.extract.clauses import sentence_subject
from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.list_tails import opens_list
from osceq.extract.passive_naming import before_adverbs, set_off_naming, set_off_summing
from osceq.extract.spent_subordinate_cues import (
    coordinate_clause_after,
    in_opening_subordinate,
    own_subject_after_semicolon,
)
from osceq.extract.tokens import Token, capitalised, range_tokens, span_of
from osceq.models import Span

# "PENCE: Well, look, …" — a speaker label in capitals opening a transcript line.
_TRANSCRIPT_LABEL = any_case_pattern(r"(?:[A-Z][A-Z.'’\-]+\s){0,3}[A-Z][A-Z.'’\-]+(?=\s*:\s)")


def any_subject(text: str, ranges: list[tuple[int, int]], after_names: Container[str]) -> Found | None:
    """The subject at the start of the sentence, as a last resort for a quoted fragment inside it.

    after_names: the article's `words_after_names`."""
    tokens = range_tokens(text, ranges)
    subject = sentence_subject(tokens, len(tokens))
    if (
        subject is None
        or subject[2] not in ("name", "pronoun")
        or subject[1] - subject[0] > 4
        or not (tokens[subject[0]].text[:1].isupper() or subject[2] == "pronoun")
    ):
        return None
    a, b, kind = subject
    if kind == "name" and not names_someone(tokens, a, b, after_names):
        return None
    if in_opening_subordinate(tokens, a, b, _clause_starts(tokens, ranges)):
        return None  # `While Pell calls it "bold," Dunn fixes on the "reset" line`: Pell's clause is apart
    if own_subject_after_semicolon(tokens, b, len(tokens)):
        return None  # `Lee studied under Tom Roe; his motto was, "…"`: a clause of its own after the ";"
    if coordinate_clause_after(tokens, b):
        return None  # `Lee named the mayor, and the crowd took up the chant "…"`: the crowd's clause
    if _set_off_passive_after(tokens, b):
        return None  # `Ann Lee — often described as "…" —`: the subject is summed up, not speaking
    if opens_list(tokens, b):
        return None  # `Ann Lee, 42, Tom Reed, 51, and Bo Park said`: all of them, not the first
    if _passive_after(tokens, b) or _passive_after(tokens, _past_aside(tokens, b)):
        return None  # `Lee was accused of "…"`: the subject of a passive is spoken about
    if kind == "name" and _thing(tokens, a, b) and _linking_after(tokens, b):
        return None  # `The House plan is "…"`: a linking verb describes a thing, which says nothing
    mention = span_of(text, tokens, a, b)
    return Found(mention, Span("", mention.end, mention.end), kind, "sentence-subject")


def _clause_starts(tokens: list[Token], ranges: list[tuple[int, int]]) -> set[int]:
    """The indices of the tokens right after a comma or after a quotation cut out between ranges."""
    cut = [a for a, _ in ranges[1:]]
    firsts = {next((k for k, t in enumerate(tokens) if t.start >= a), len(tokens)) for a in cut}
    return firsts | {k for k in range(1, len(tokens)) if tokens[k - 1].text == ","}


def _set_off_passive_after(tokens: list[Token], b: int) -> bool:
    """Whether a summing-up or naming participle set off by a comma or dash, its adverbs aside,
    follows the subject ending at b (`Ann Lee — often described as "…" —`)."""
    return any(
        before_adverbs(tokens, p) == b and (set_off_summing(tokens, p) or set_off_naming(tokens, p))
        for p in range(b + 1, min(b + 5, len(tokens)))
    )


# Only a "to" touching the opening mark makes the fragment its verb phrase (`vowed to "…"`); a
# "to" earlier in the sentence governs other words.
_TO_BEFORE = re.compile(r"\bto\s*$")


def after_to(text: str, start: int, opening: int) -> bool:
    """`Lee vowed to "dig in"`, `her plan to "start over"`: a fragment opened in lower case right after
    "to" mostly quotes a verb phrase, somebody's words, rather than a term in scare quotes."""
    return text[start].islower() and _TO_BEFORE.search(text, max(0, opening - 4), opening) is not None


# A name in the possessive, a noun and "to" right before an opening mark: `Lee's plan to "…"`.
_OWNER_NOUN_TO = any_case_pattern(r"((?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*)['’]s\s+([a-z]+)\s+to\s*$")


def plan_owner(text: str, opening: int) -> Found | None:
    """`Roe rejected Lee's plan to "start over"`: the phrase after a possessive's noun and "to" is the
    possessor's (the plan, vow or bid is Lee's), not the words of the sentence's subject."""
    match = _OWNER_NOUN_TO.search(text, max(0, opening - 80), opening)
    if (
        match is None
        or match.group(2) not in function_words.INTENT_NOUNS
        or match.group(1).split()[0].lower() in function_words.NOT_NAME_WORDS
    ):
        return None
    mention = Span(match.group(1), match.start(1), match.end(1))
    return Found(mention, Span(match.group(2), match.start(2), match.end(2)), "name", "owner")


def speaking_body(text: str, ranges: list[tuple[int, int]]) -> Found | None:
    """`The agency declined to detail the "…"`: a short phrase for a body or a person by role, the
    subject at the start of the sentence, as a fragment's speaker in place of one lent by another
    sentence (`The agency`, `the union's leaders`; not `His comments`, `This past spring`)."""
    tokens = range_tokens(text, ranges)
    subject = sentence_subject(tokens, len(tokens))
    if subject is None or subject[2] != "nominal" or subject[1] - subject[0] > 5:
        return None
    a, b, kind = subject
    head = tokens[b - 1].low
    if not tokens[b - 1].text.islower() or not (
        head in name_words.ORGANISATION_WORDS
        or head in name_words.PERSON_NOUNS
        or head.removesuffix("s") in name_words.PERSON_NOUNS
    ):
        return None
    if _passive_after(tokens, b):
        return None  # `the crews were alarmed by "…"`: the subject of a passive does not speak
    if _linking_after(tokens, b):
        return None  # `The workers are "…"`, `the company seems "…"`: a linking verb describes its subject
    mention = span_of(text, tokens, a, b)
    return Found(mention, Span("", mention.end, mention.end), kind, "sentence-subject")


_BE = frozenset({"is", "are", "was", "were"})


def _past_aside(tokens: list[Token], b: int) -> int:
    """The index after a short aside between commas right after a subject ending at b (`Lee's book,
    now made into a film, is described as "…"`), else b."""
    if b >= len(tokens) or tokens[b].text != ",":
        return b
    return next((k + 1 for k in range(b + 1, min(len(tokens), b + 10)) if tokens[k].text == ","), b)


def _thing(tokens: list[Token], a: int, b: int) -> bool:
    """Whether a capitalised subject ends on a common noun for no person or body, with no owner
    (`The House plan`; not `The Senate staff`, nor `Lee's claim`, whose words are Lee's)."""
    head = tokens[b - 1]
    if not head.text.islower() or any(t.text.endswith(("'s", "’s")) or t.text in "'’" for t in tokens[a:b]):
        return False
    noun = head.low.removesuffix("s")
    return not any(
        w in name_words.PERSON_NOUNS or w in name_words.ORGANISATION_WORDS for w in (head.low, noun)
    )


def _linking_after(tokens: list[Token], b: int) -> bool:
    """Whether a linking verb, not a progressive, follows a subject ending at b (`is`, `seems`)."""
    verb = [t.low for t in tokens[b : b + 3]]
    return (
        bool(verb)
        and verb[0] in function_words.LINKING_VERBS
        and not (len(verb) > 1 and verb[1].endswith("ing"))
    )


def _passive_after(tokens: list[Token], b: int) -> bool:
    """Whether a passive verb follows a subject ending at b (`were alarmed`, `has been told`)."""
    verb = [t.low for t in tokens[b : b + 3]]
    return "been" in verb or (len(verb) > 1 and verb[0] in _BE and verb[1].endswith("ed"))


def names_someone(tokens: list[Token], a: int, b: int, after_names: Container[str]) -> bool:
    """Whether a subject read as a name for its capitals can name a speaker.

    A lone word capitalised only because it opens the sentence (`Guns are "…"`, `Good information
    can …`, `Do well enough in polls to "…"`) may be any word; it is taken for a name only when the
    article writes it as the end of a full name elsewhere (`Velk thanked` after "Dana Velk"):
    after_names holds the article's `words_after_names`.
    """
    first = tokens[a]
    opens = all(not t.text[:1].isalnum() for t in tokens[:a])
    if (
        not opens
        or not capitalised(first)
        or first.text.isupper()
        or (b > a + 1 and (capitalised(tokens[a + 1]) or tokens[a + 1].text == "."))  # "Dr. Lee"
    ):
        return True
    # A first name or a short title before it on the same line: "Dana Velk", "Sen. Velk".
    return _POSSESSIVE_END.sub("", first.text) in after_names


_POSSESSIVE_END = re.compile(r"(?:['’]s|['’])$")
# A capitalised word or a short title, spaces, and the word after it (read ahead, so that the next
# match may start on that word: "Ann Lee Park" gives both "Lee" and "Park").
_NAME_THEN_WORD = any_case_pattern(
    r"\b(?:[A-Z][\w’'\-]*|[A-Z][a-z]{0,3}\.)[ \t]+(?=([^\W_](?:[\w’'\-]*[^\W_])?))"
)
_WORD_END = re.compile(r"(?<=\w)\b")


def words_after_names(text: str) -> frozenset[str]:
    """Every word the text writes right after a capitalised word or a short title on the same line,
    with each of its beginnings that ends a word ("O’Brien-Lee" also as "O’Brien" and "O").

    One pass over the text: a search of the text for each subject took seconds a call in a huge file.
    """
    found: set[str] = set()
    for match in _NAME_THEN_WORD.finditer(text):
        word = match.group(1)
        found.update(word[: end.start()] for end in _WORD_END.finditer(word))
    return frozenset(found)


class WordsAfterNames:
    """An article's `words_after_names`, read from the text the first time a subject asks (most
    articles never ask), then kept for its other subjects."""

    __slots__ = ("_text", "_words")

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            self._words = words_after_names(self._text)
        return word in self._words


def transcript_label(text: str, start: int, end: int) -> Found | None:
    """A transcript speaker label in capitals at the start of the quoted text ("WALLACE: …")."""
    match = _TRANSCRIPT_LABEL.match(text, start, min(end, start + 60))
    if match is None or len(match.group()) < 2:
        return None
    colon = text.index(":", match.end())
    mention = Span(match.group(), match.start(), match.end())
    return Found(mention, Span(":", colon, colon + 1), "name", "transcript")
