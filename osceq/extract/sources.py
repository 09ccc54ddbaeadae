"""Sources a plain cue search misses: a poll behind the share of its respondents who "said"
something (`In a Gallup poll, 40 percent of voters said …`), and the owner of a noun of speech
(`her remark that "…"`, `Holm's "…" promise`)."""

from __future__ import annotations

import re
from dataclasses import replace

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.attribution import Found, according_to
from osceq.extract.forward_phrases import np_forward
from osceq.extract.kin_words import OWNED_AGENTS
from osceq.extract.shares import opens_share
from osceq.extract.tokens import Token, range_tokens, sentence_stop, span_of, tokenize
from osceq.extract.word_kinds import kin_or_person_noun, person_noun, title_word
from osceq.extract.writing_words import WRITINGS
from osceq.models import Span

_POLL_WORD = re.compile(r"\b(?:[Pp]olls?|[Ss]urveys?)\b")
_POLL_HEADS = frozenset({"poll", "polls", "survey", "surveys"})
# Words that state a share of respondents before the group ("40 percent of", "six in 10").
_SHARE_WORDS = frozenset({"percent", "%", "in", "of", "majority", "third", "quarter", "half", "most"})
_POLL_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "its", "their", "one"})


def poll_behind(text: str, ranges: list[tuple[int, int]], found: Found) -> Found | None:
    """The poll named earlier in the sentence when the speaker is a share of its respondents.

    `In a national poll released Monday, 31 percent of voters said they were "…"`: the voters speak
    only through the poll, which annotators and readers credit.
    """
    if not any(_POLL_WORD.search(text, a, b) for a, b in ranges):
        return None
    tokens = range_tokens(text, ranges)
    at = next((k for k, t in enumerate(tokens) if t.start == found.mention.start), None)
    if at is None or not _a_share(tokens, at):
        return None
    head = next(
        (
            k
            for k in range(at - 1, -1, -1)
            if tokens[k].low in _POLL_HEADS and tokens[k].end < found.mention.start
        ),
        None,
    )
    if head is None:
        return None
    start = _phrase_start(tokens, head)
    if start is None:
        return None
    return replace(found, mention=span_of(text, tokens, start, head + 1), kind="nominal", role=None)


def _a_share(tokens: list[Token], at: int) -> bool:
    """Whether the phrase at token at states or follows a share (`31% of`, `three in 10`, `most`)."""
    if opens_share(tokens, at):
        return True
    before = [t.low for t in tokens[max(0, at - 3) : at]]
    return (
        bool(before) and before[-1] == "of" and any(w in _SHARE_WORDS or w[:1].isdigit() for w in before[:-1])
    )


def _phrase_start(tokens: list[Token], head: int) -> int | None:
    """Where the noun phrase ending with the poll word at head begins: its determiner, a few words back."""
    for k in range(head - 1, max(-1, head - 9), -1):
        if tokens[k].low in _POLL_DETERMINERS:
            return k
        if tokens[k].text in ",;:." or tokens[k].low in ("in", "of", "to", "by"):
            return None
    return None


_POSSESSIVE_END = re.compile(r"(?:[’']s|s[’'])$")


def speech_owner(text: str, ranges: list[tuple[int, int]], cued: Found | None = None) -> Found | None:
    """`her remark that "…"`, `Holm's claim on Monday that "…"`: the owner of a noun of speech whose
    "that" clause holds the quote says it, when no cue names anyone or the noun comes after the cue
    (`Lee mocked Roe's claim that "…"`: the claim is Roe's).

    Only a short phrase of time or place may stand between the noun and "that" (`her assertion
    during the debate that`); a verb there starts a clause of the writer's (`his comments were …`).
    A noun leading in by "of", "for" or "to" (`his call for "…"`) counts only with no cue: after a
    cue (`Lee blasted Roe's call for a "…"`) the quote is as often credited to the cue's speaker.
    """
    tokens = range_tokens(text, ranges)
    noun, by_that = _noun_leading_in(tokens)
    if noun is None:
        return None
    owner = _owner_before(tokens, noun, by_that)
    if owner is None or (cued is not None and not (by_that and _owner_after_cue(tokens, owner, cued))):
        return None
    if owner[2] == "nominal" and not by_that:
        return None  # (a role's `pledge to be "…"` may be what others hold it to, not its words)
    mention = span_of(text, tokens, owner[0], owner[1])
    if owner[2] != "pronoun":  # `the sheriff's`, `Ann Lee's`: the holder without the possessive ending
        end = mention.end - (1 if mention.text.endswith(("s'", "s’")) else 2)
        mention = Span(text[mention.start : end], mention.start, end)
    return Found(mention, span_of(text, tokens, noun, noun + 1), owner[2], "owner")


def _noun_leading_in(tokens: list[Token]) -> tuple[int | None, bool]:
    """The noun of speech whose "that" clause holds the quote (`her remark on Monday that "…"`), or
    whose "of", "for" or "to" leads straight into it (`his promise of "…"`, `her call for a "…"`,
    `his pledge to be "…"`), and whether it is the "that" clause's."""
    that = max((k for k, t in enumerate(tokens) if t.low == "that"), default=-1)
    if that < 2 or any(t.text in ".;:!?" for t in tokens[that:]):
        return _noun_before_object(tokens), False
    for noun in range(that - 1, max(0, that - 7), -1):
        if tokens[noun].low in lex.SPEECH_NOUNS:
            return noun, True
        if not tokens[noun].text.isalnum() or tokens[noun].low in _CLAUSE_WORDS:
            return None, True
    return None, True


# Nouns of speech that "for" or "to" may follow (`his call for`, `her calls to`), besides the rest.
_CALLS = lex.SPEECH_NOUNS | {"call", "calls"}
_LEADING_IN = frozenset({"of", "for", "to"})


def _noun_before_object(tokens: list[Token]) -> int | None:
    """`his promise of "…"`, `her call for a "…"`, `his pledge to be "…"`: a noun of speech, then
    "of", "for" or "to" and at most two lower-case words right before the quote."""
    for k in range(len(tokens) - 1, max(0, len(tokens) - 4), -1):
        if tokens[k].low in _LEADING_IN:
            return k - 1 if k > 0 and tokens[k - 1].low in _CALLS else None
        if not (tokens[k].text.isalpha() and tokens[k].text.islower()):
            return None
    return None


# Cues before the quote that a later noun of speech with its owner takes over from.
_CUES = frozenset({"cue-before", "subject"})


def _owner_after_cue(tokens: list[Token], owner: tuple[int, int, str], cued: Found) -> bool:
    """Whether a named or described owner of a noun of speech after the cue takes the quote from the
    cue's speaker (`Lee mocked Roe's claim that "…"`, `Lee dismissed his rival's remark that "…"`).
    Not inside what the cue reports (`Lee said that Roe's claim …`), and not a possessive pronoun,
    most often the cue's own speaker (`Lee repeated his claim`)."""
    if cued.evidence not in _CUES or owner[2] not in ("name", "nominal"):
        return False
    between = [t for t in tokens[: owner[0]] if t.start >= cued.cue.end]
    if between and between[-1].low in _TIME_OR_PLACE:
        return False  # `Gray told reporters after Roe's remarks that "…"`: the "that" is the cue's
    return tokens[owner[0]].start >= cued.cue.end and not any(t.low == "that" for t in between)


# Prepositions that make a noun of speech a time or a place of the cue's (`after Roe's remarks`).
_TIME_OR_PLACE = frozenset({"after", "at", "before", "during", "following", "in", "since", "until"})


# Words after a noun of speech that show the writer's own clause, not a phrase of time or place.
_CLAUSE_WORDS = frozenset({"is", "was", "are", "were", "has", "had", "have", "and", "but", "which", "who"})


def _owner_before(tokens: list[Token], noun: int, apostrophe: bool = False) -> tuple[int, int, str] | None:
    """The possessor before a noun of speech, past up to two modifiers (`Holm's recent evidence-free
    assertion`): a possessive pronoun, a name in the possessive, or a described owner; with
    apostrophe, also a name in s with a bare apostrophe (`Ann Reyes' claim that`)."""
    for k in range(noun - 1, max(-1, noun - 4), -1):
        tok = tokens[k]
        if tok.low in ("her", "his", "their", "its"):
            return k, k + 1, "pronoun"
        bare = apostrophe and _name_s_apostrophe(tokens, k)
        if (_POSSESSIVE_END.search(tok.text) and tok.text[:1].isupper()) or bare:
            start = k - 1 if bare else k
            while start > 0 and tokens[start - 1].text[:1].isupper() and tokens[start - 1].text.isalpha():
                start -= 1
            return start, k + 1, "name"
        if _POSSESSIVE_END.search(tok.text) and k > 0 and tokens[k - 1].low == "the" and _role_noun(tok.text):
            return k - 1, k + 1, "nominal"  # `the sheriff's claim that …`: the holder of the role
        if _POSSESSIVE_END.search(tok.text) and k > 0 and tokens[k - 1].low in _OWNING_DETERMINERS:
            # `his rival's remark that …`, `the party's pledge that …`: a thing or a person described
            owns = _owner_noun(tok.text) or (tokens[k - 1].low == "the" and _speaking_place(tok.text))
            return (k - 1, k + 1, "nominal") if owns else None
        if not (tok.text.isalpha() or "-" in tok.text) or not tok.text.islower():
            return None
    return None


def owner_before(tokens: list[Token], noun: int) -> tuple[int, int, str] | None:
    """The possessor right before the noun at index noun (`Ann Lee's answer`), read as above."""
    return _owner_before(tokens, noun)


def _name_s_apostrophe(tokens: list[Token], k: int) -> bool:
    """`Ann Reyes' claim`: the apostrophe at token k, set on a capitalised word ending in s."""
    before = tokens[k - 1] if k > 0 else None
    return (
        tokens[k].text in ("'", "’")
        and before is not None
        and before.end == tokens[k].start
        and before.text[:1].isupper()
        and before.text.endswith("s")
    )


# Determiners before a possessive noun that owns a noun of speech (`her rival's`, `the party's`).
_OWNING_DETERMINERS = frozenset({"the", "his", "her", "their", "its", "our", "my"})


def _speaking_place(possessive_word: str) -> bool:
    """`the town's claim that …`, `the nation's pledge`: a place that speaks as its body (after "the"
    only: `her country's pledge` is the speaker's own, renewed)."""
    return _POSSESSIVE_END.sub("", possessive_word) in fw.SPEAKING_PLACES


def _owner_noun(possessive_word: str) -> bool:
    """`rival's`, `woman's`, `party's`, `ministers'`: a lower-case noun in the possessive for a person,
    a body or a writing; a place, an event, a time or a thing owns none (the cue's speaker keeps it)."""
    stem = _POSSESSIVE_END.sub("", possessive_word)
    if not (stem.isalpha() and stem.islower()):
        return False
    person = _role_noun(possessive_word) or kin_or_person_noun(stem) or stem in OWNED_AGENTS
    return person or stem in fw.OWNING_PEOPLE or stem in fw.OWNING_BODIES or stem in WRITINGS


def _role_noun(possessive_word: str) -> bool:
    """`sheriff's`, `governor's`, `senators'`: a lower-case word for a person or a title in the possessive."""
    stem = _POSSESSIVE_END.sub("", possessive_word)
    stem = stem + "s" if possessive_word.endswith(("s'", "s’")) else stem
    return stem.isalpha() and stem.islower() and (person_noun(stem) or title_word(stem, nouns_only=True))


def owned_quote(text: str, ranges: list[tuple[int, int]], close_end: int) -> Found | None:
    """`Holm's "we will win" promise`, `her "no new taxes" pledge`: a quote between a possessor and a
    noun of speech is the possessor's words."""
    noun = _SPEECH_NOUN_AFTER.match(text, close_end)
    if noun is None:
        return None
    tokens = range_tokens(text, ranges)
    if not tokens:
        return None
    owner = _owner_before(tokens, len(tokens))
    if owner is None or owner[1] != len(tokens):
        return None
    cue = Span(noun.group(1), noun.start(1), noun.end(1))
    return Found(span_of(text, tokens, owner[0], owner[1]), cue, owner[2], "owner")


# Nouns of speech, and of words repeated as a label, after a quotation (`her "…" pledge`).
_OWNED_NOUNS = lex.SPEECH_NOUNS | {"catchphrase", "line", "mantra", "motto", "slogan"}
_SPEECH_NOUN_AFTER = re.compile(r",?\s+(" + "|".join(sorted(_OWNED_NOUNS)) + r")\b")


def outer_source(text: str, start: int, end: int) -> Found | None:
    """`Smith said he was "happy" with it, according to the Times.`: a source named at the end of
    the sentence reports everything before it, reported speech and quotes included."""
    tokens = tokenize(text, start, min(end, start + 400))
    stop = sentence_stop(tokens)
    if stop is None:
        return None
    tokens = tokens[:stop]
    comma = max((k for k, t in enumerate(tokens) if t.text == ","), default=-1)
    if comma < 0 or len(tokens) - comma > 14:
        return None
    i = comma + 1
    if i + 2 < len(tokens) and tokens[i].low == "according" and tokens[i + 1].low == "to":
        return according_to(text, tokens, i)  # `…, according to a source at the station.`
    return reported_by(text, tokens, i, len(tokens))


_REPORT_FORMS = frozenset({"reports", "reported"})
# Writings credited by "according to" (`…, according to a telex.`): they carry the words of the
# sentence's subject, who wrote or voiced them, and name nobody else.
_WRITINGS = frozenset(
    [
        "statement",
        "telex",
        "letter",
        "memo",
        "memorandum",
        "communique",
        "release",
        "cable",
        "document",
        "note",
    ]
)


def credits_a_writing(found: Found) -> bool:
    """Whether an outer source is a bare writing (`according to a telex`, `according to the statement`),
    its sender aside (`according to a telex from the chairman`)."""
    words = found.mention.text.lower().split()
    if "from" in words:
        words = words[: words.index("from")]
    return found.evidence == "according-to" and len(words) <= 3 and words[-1] in _WRITINGS


def reported_by(text: str, tokens: list[Token], i: int, end: int) -> Found | None:
    """`…, reported the Examiner.` or `…, CNN reported.`: a news outlet named in a clause that closes
    the sentence (tokens[i:end]) reports all of it, like "according to"."""
    if i < end and tokens[i].low in _REPORT_FORMS:
        found, cue = np_forward(tokens, i + 1, limit=6), i
        a = i + 1
    else:
        found, a = np_forward(tokens, i, limit=6), i
        cue = found[0] if found is not None else end
    if found is None or found[1] != "name" or cue >= end or tokens[cue].low not in _REPORT_FORMS:
        return None
    if (found[0] if cue == i else cue + 1) != end:
        return None
    return Found(
        span_of(text, tokens, a, found[0]), span_of(text, tokens, cue, cue + 1), "name", "according-to"
    )
