"""The group a "they" speaker stands for: `Bank sources said rates would fall. "…," they said.` is
the bank sources'; `Ivo Marsh and Ann Lee said the talks failed. "…," they added.` is both of theirs.

Only the latest sentence before the "they" decides, as with an "it" (both read `sentences_back`):
when its subject (or the speaker its closing tag names) is no group of people or bodies, nobody is
named, since a wrong speaker is worse than none. A `They said …` sentence sends the look one further back.
"""

from __future__ import annotations

from collections.abc import Sequence

from osceq.extract import function_words as fw
from osceq.extract import name_words
from osceq.extract import reporting as lex
from osceq.extract.agent_descriptions import unlisted_doers
from osceq.extract.clauses import sentence_subject
from osceq.extract.it_antecedent import closing_tag
from osceq.extract.it_chain import cannot_be_they
from osceq.extract.sentences_back import sentences_back
from osceq.extract.tokens import Token
from osceq.extract.word_kinds import person_noun
from osceq.models import Block, Span

# Words that open a group's description without being its name ("the four institutes").
_OPENERS = frozenset(["the", "some", "several", "many", "most", "both", "two", "three", "four", "five"])
# Words that make a plural a definite group ("the farmers", "those two pilots").
_DEFINITE = frozenset(["the", "these", "those", "both", "their", "its"])
# Verbs of an inverted tag (`said Ivo Marsh and Ann Lee`), and words that open its setting after it.
_INVERTED_VERBS = frozenset(["said", "added", "says", "adds"])
_SETTING_OPENERS = frozenset(
    ["in", "on", "at", "after", "before", "during", "today", "yesterday", "here", ","]
)
# Plurals for people not made with an "s".
_IRREGULAR_PLURALS = frozenset(["people", "men", "women", "children", "police"])


def they_antecedent(text: str, body: Sequence[Block], mention: Span) -> str | None:
    """The group named as the subject (or closing-tag speaker) of the latest sentence before a
    "they" speaker, or None when that sentence names none."""
    if not _reports(text, mention.end):
        return None  # `They won support from Lee, "…"`: a "they" that does not speak may not own the words
    for tokens, own in sentences_back(text, body, mention):
        found = (
            closing_tag(tokens)
            or _according_to(tokens)
            or _inverted_tag(tokens)
            or sentence_subject(tokens, len(tokens))
        )
        if found is None:
            if own:
                continue
            return None
        i, j, _ = found
        if j - i == 1 and tokens[i].low == "they":
            continue  # `They said …`, `…, they said.`: the same group, named further back
        end = _group_end(tokens, j)
        if end == j and cannot_be_they(tokens, i, j):
            continue  # `Lee was ousted in May.`: one person or thing, no group
        if any(_definite_group(tokens, k) for k in [*range(i), *range(end, len(tokens))]):
            return None  # `The senators watched as the protesters marched`: either group may speak
        return _group(
            tokens[i:end], _speaks(tokens, end, found[2]), _says_in_words(text, tokens, end, found[2])
        )
    return None


def _speaks(tokens: list[Token], end: int, kind: str) -> bool:
    """Whether the subject ending at token end is the speaker of its sentence: named by a closing
    tag or an "according to", or followed by a verb of speech (`Growers said …`, `… also said`)."""
    if kind in ("tag", "according"):
        return True
    verb = end + 1 if end + 1 < len(tokens) and tokens[end].low in ("also", "have", "had") else end
    return verb < len(tokens) and tokens[verb].low in lex.REPORTING_FORMS


def _says_in_words(text: str, tokens: list[Token], end: int, kind: str) -> bool:
    """Whether the subject ending at token end speaks words given as such: the quotation its
    closing tag ends, or a that-clause or quotation after its verb of speech (`Growers said that
    …`); not `Printers said error`, which a machine may show."""
    if kind == "tag":
        return True
    verb = end + 1 if end + 1 < len(tokens) and tokens[end].low in ("also", "have", "had") else end
    if verb >= len(tokens) or tokens[verb].low not in lex.REPORTING_FORMS:
        return False
    # (the quotation's own tokens are not among the sentence's: the text after the verb shows it)
    opening = text[tokens[verb].end : tokens[verb].end + 4].lstrip(" :,")[:1]
    quoted = bool(opening) and opening in '"“‘'
    return quoted or (verb + 1 < len(tokens) and tokens[verb + 1].low == "that")


def _reports(text: str, at: int) -> bool:
    """Whether a verb of speech follows the "they" (`they said`, `they also added`)."""
    words = text[at : at + 30].split()[:2]
    return any(word.strip(",.:").lower() in lex.REPORTING_FORMS for word in words)


def _according_to(tokens: list[Token]) -> tuple[int, int, str] | None:
    """The source an opening `According to …,` cites (`But according to the bank's economists, …`),
    who said what the sentence reports."""
    for k in range(min(len(tokens) - 2, 3)):
        if tokens[k].low == "according" and tokens[k + 1].low == "to":
            comma = next((m for m in range(k + 2, min(len(tokens), k + 10)) if tokens[m].text == ","), None)
            return (k + 2, comma, "according") if comma is not None and comma > k + 2 else None
    return None


def _inverted_tag(tokens: list[Token]) -> tuple[int, int, str] | None:
    """The speakers of a tag that inverts after a quotation (`"…," said chairman Ivo Marsh and
    president Ann Lee in a statement.`), whose words are left out of the sentence's tokens: the
    phrase after the verb, to a setting or the sentence's end."""
    if len(tokens) < 3 or tokens[0].low not in _INVERTED_VERBS:
        return None
    end = next(
        (k for k in range(1, len(tokens)) if tokens[k].low in _SETTING_OPENERS or tokens[k].text in ".!?"),
        None,
    )
    return (1, end, "tag") if end is not None and end > 1 else None


def _group_end(tokens: list[Token], j: int) -> int:
    """Where a subject read as a name goes on as a group: `Ivo Marsh and Ann Quell said`, `The
    three Tarn institutes cut …` (whose plural head the subject reader takes for a verb)."""
    if j + 1 < len(tokens) and tokens[j].low == "and" and tokens[j + 1].text[:1].isupper():
        second = sentence_subject(tokens[j + 1 :], len(tokens) - j - 1)
        return j + 1 + second[1] if second is not None and second[0] == 0 else j
    if j + 1 < len(tokens) and tokens[j].text.islower() and _plural_head(tokens[j].low):
        return j + 1
    return j


def _plural_head(word: str) -> bool:
    """A plural of a noun for people or bodies: "economists", "sources", "institutes"."""
    return word.endswith("s") and (person_noun(word) or _plural_of_body(word))


def _plural_of_body(word: str) -> bool:
    """A plural of an organisation's word: "institutes", and in "-ies" "companies", "agencies"."""
    if word.endswith("ies") and word[:-3] + "y" in name_words.ORGANISATION_WORDS:
        return True
    return word[:-1] in name_words.ORGANISATION_WORDS


def _definite_group(tokens: list[Token], k: int) -> bool:
    """Whether token k heads a definite plural of people (`the protesters`, `the two pilots`): a
    second group that may speak. A bare plural (`domestic investors`) names a class, not speakers."""
    if not _plural_of_people(tokens[k]):
        return False
    for back in range(k - 1, max(-1, k - 4), -1):
        low = tokens[back].low
        if low in _DEFINITE:
            return True
        if not tokens[back].text.islower():
            return False
    return False


def _plural_of_people(token: Token) -> bool:
    """A lower-case plural naming people or bodies, a second group a "they" may stand for
    ("protesters", "pilots", "farmers", "people")."""
    low = token.low
    if not token.text.islower() or low in _OPENERS:
        return False
    if low in _IRREGULAR_PLURALS:
        return True
    return _plural_head(low) or (low.endswith("s") and low[:-1] in name_words.TRADE_NOUNS)


def _group(words: list[Token], speaking: bool, in_words: bool) -> str | None:
    """A phrase naming several speakers, as written: a plural of a noun for people or bodies (`the
    four institutes`, `private sources`), or two names joined by "and"; else None. A plural of a
    doer's noun in no word list (`growers`) only when the sentence has it speak (speaking), and
    one that machines share ("-ers") only when it speaks in words (in_words)."""
    if not words or any(t.text in ",;:()" for t in words):
        return None
    phrase = " ".join(t.text for t in words)
    if words[0].low == "the":
        phrase = "the" + phrase[3:]
    joined = [k for k, t in enumerate(words) if t.low == "and"]
    if len(joined) == 1 and 0 < joined[0] < len(words) - 1:
        left, right = words[: joined[0]], words[joined[0] + 1 :]
        return phrase if _named(left) and _named(right) else None
    if joined:
        return None
    head = words[-1]
    if any(t.low in fw.PREPOSITIONS for t in words[1:-1]):
        return None  # (`Shares of both companies`: the plural inside an of-phrase is no head)
    # (capitalised only as the sentence's first word: `Sources said …`)
    if not (head.text.islower() or (len(words) == 1 and head.text[1:].islower())) or not head.low.endswith(
        "s"
    ):
        return None
    listed = person_noun(head.low) or _plural_of_body(head.low)
    if not listed and not (speaking and unlisted_doers(head.low, in_words)):
        return None
    return phrase.lower() if len(words) == 1 else phrase  # `Sources said …`: "sources"


def _named(words: list[Token]) -> bool:
    """A side of `X and Y` that names one speaker: capitalised words, after a lower-case role or an
    opener at most (`chairman Ivo Marsh`, `the Kestrel Institute`); not `Tarn representatives Ivo
    Marsh`, whose lower-case word inside shows a longer list."""
    first_capital = next(
        (k for k, t in enumerate(words) if t.text[:1].isupper() and t.low not in _OPENERS), None
    )
    if first_capital is None:
        return False
    # The name is the run of capitalised words ending the side; a place may modify its role
    # (`Tarn academics Ivo Marsh`: one plural role for both names).
    name_start = len(words)
    while name_start > first_capital and words[name_start - 1].text[:1].isupper():
        name_start -= 1
    roles = words[:name_start]
    return name_start < len(words) and all(
        t.low in _OPENERS or person_noun(t.low) or (t.low in name_words.PLACES and t.text[:1].isupper())
        for t in roles
    )
