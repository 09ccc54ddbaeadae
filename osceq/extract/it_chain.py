"""The sentences an "it" or a "they" speaker's chain back to its organisation or group passes over:
those whose subject cannot be the pronoun (`Kestrel Corp said …. Imports are forecast to fall.
"…," it said.`, `Bank sources said …. Lee was ousted in May. "…," they said.`)."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract import name_words
from osceq.extract import reporting as lex
from osceq.extract.given_names import first_name_gender
from osceq.extract.timex_lexicon import NUMBER_WORDS
from osceq.extract.tokens import Token
from osceq.extract.word_kinds import person_noun, title_word
from osceq.extract.writing_words import WRITTEN_IN

# Pronouns for people, never for an organisation that speaks as "it".
_PERSONAL = frozenset(["he", "she", "they", "we", "i"])
# Pronouns for one, never for a group that speaks as "they".
_SINGULAR_PRONOUNS = frozenset(["he", "she", "it", "i"])
# Verbs that agree with a singular subject only (`Lee was ousted …`).
_SINGULAR_VERBS = frozenset(["is", "was", "has", "does"])
# Nouns for a group that news copy may call "they" (`The panel was split. "…," they said.`).
_COLLECTIVES = frozenset(["team", "panel", "staff", "family", "couple", "pair", "public", "police", "crew"])
# Verbs that agree with a plural subject only (`Imports are forecast …`).
_PLURAL_VERBS = frozenset(["are", "were", "have", "do"])
# Things that are said about and never speak, in news copy (`The economy was growing …`).
_NEVER_SPEAK = frozenset(
    [
        "economy",
        "situation",
        "outlook",
        "trend",
        "growth",
        "inflation",
        "deficit",
        "surplus",
        "demand",
        "supply",
        "output",
        "production",
        "price",
        "cost",
        "value",
        "level",
        "rate",
        "decline",
        "rise",
        "increase",
        "fall",
        "drop",
        "weather",
        "market",
        "crop",
        "harvest",
    ]
)
# Endings and words of singular nouns in -s ("business", "status", "analysis", "economics").
_SINGULAR_ENDINGS = ("ss", "us", "is", "ics")
_SINGULARS_IN_S = frozenset(["news", "series", "headquarters", "means", "species"])
# Words that open a sentence whose subject follows an auxiliary (`Nor did it say …`).
_INVERTING = frozenset(["nor", "neither"])


def cannot_be_it(tokens: list[Token], i: int, j: int) -> bool:
    """Whether the subject tokens[i:j] cannot be what a later "it" speaker stands for: a plural, a
    person, or a thing that never speaks; the chain goes on past its sentence."""
    head = tokens[j - 1]
    if j - i == 1 and head.low in _PERSONAL:
        return True
    if j < len(tokens) and tokens[j].low in _PLURAL_VERBS:
        return True  # `Imports are forecast …`, `The eleven pledged farms are …`
    if _counted(tokens, i, j):
        return True  # `The eleven pledged farms are …` read as "The eleven": a count is no "it"
    if head.text.islower():
        if head.low in _NEVER_SPEAK:
            return True
        return _plural(head.low)
    if person_noun(head.text) and head.low.endswith("s"):
        return True  # `Company sources said …`
    if len(head.text) > 2 and head.text[:-1].isupper() and head.text.endswith("s"):
        return True  # "PACs", "NGOs": a plural of capitals
    return _person(tokens, i, j)


def _counted(tokens: list[Token], i: int, j: int) -> bool:
    """Whether the subject opens on a count of two or more in words (`The nine`, `Three banks`)."""
    first = i + 1 if tokens[i].low == "the" and j - i > 1 else i
    word = tokens[first]
    lower = word.text.islower() or (first == 0 and word.text[1:].islower())  # (`Three banks`, opening)
    # (`Seven Hills Holdings`: capitalised words all through after it make a name, not a count)
    named = j > first + 1 and all(t.text[:1].isupper() for t in tokens[first + 1 : j])
    return lower and not named and NUMBER_WORDS.get(word.low, 0) > 1


def cannot_be_they(tokens: list[Token], i: int, j: int) -> bool:
    """Whether the subject tokens[i:j] cannot be what a later "they" speaker stands for: a singular
    pronoun, a person, or a singular subject before is/was/has/does that names no body or team."""
    head = tokens[j - 1]
    if j - i == 1 and head.low in _SINGULAR_PRONOUNS:
        return True
    if _person(tokens, i, j):
        return True
    return (
        j < len(tokens)
        and tokens[j].low in _SINGULAR_VERBS
        and head.low not in name_words.ORGANISATION_WORDS
        and head.low not in _COLLECTIVES
        and not person_noun(head.low)
        and not (head.text.islower() and _plural(head.low))
    )


def _plural(word: str) -> bool:
    """A lower-case plural noun ("sources", "periods", "fishermen"), not a singular in -s ("news")."""
    if word.endswith("men"):
        return True
    return word.endswith("s") and not word.endswith(_SINGULAR_ENDINGS) and word not in _SINGULARS_IN_S


def _person(tokens: list[Token], i: int, j: int) -> bool:
    """`Chairman Dalia Ormsby`, `Dalia Ormsby`: a title before a name, or a known given name opening it."""
    words = [t.text for t in tokens[i:j]]
    if not all(word[:1].isupper() and word.isalpha() for word in words) or len(words) < 2:
        return False
    if any(word.lower() in name_words.ORGANISATION_WORDS for word in words):
        return False
    while len(words) > 2 and title_word(words[0]):
        words = words[1:]  # "Chairman Dalia Ormsby"; but "General Acquisition" is a firm
    return first_name_gender(" ".join(words)) is not None


def it_or_there_subject(tokens: list[Token]) -> bool:
    """`It gave no details.`, `But it said …`, `Nor did it say …`, `Without details, it said …`:
    a sentence whose subject is an "it" (the same "it", named further back), or an empty "there"
    (`If rates rose, there would be …`) that names nobody."""
    start = 1 if tokens[0].low in _CONNECTIVES else 0
    if len(tokens) > start + 1 and tokens[start].low == "it":
        return True
    if len(tokens) > 2 and tokens[0].low in _INVERTING and tokens[2].low == "it":
        return True
    if _written_in_then_it(tokens):
        return True
    comma = next((k for k in range(min(len(tokens), 16)) if tokens[k].text == ","), None)
    if (
        comma is not None
        and comma + 2 < len(tokens)
        and tokens[comma + 1].low in ("it", "there")
        and tokens[comma + 2].text.islower()
    ):
        return True
    return _long_opening_then_it_reports(tokens)


def _long_opening_then_it_reports(tokens: list[Token]) -> bool:
    """`Drawing on counts of shoppers since the spring, it warned that …`: a long opening
    phrase, then an "it" that reports (its verb, not any word, since a long opening may hold a comma
    before a clause about something else). The opening has no subject of its own (a participle, a
    preposition: `Tarnco Ltd, whose yards …, said that …, it reported a loss` is Tarnco's), unless
    the "it" and its verb close the sentence as a tag (`Costs could rise, it said.`)."""
    first = 1 if len(tokens) > 1 and tokens[0].low.endswith("ly") else 0  # (`Mainly for …`)
    free = len(tokens) > first and (tokens[first].low.endswith("ing") or tokens[first].low in fw.PREPOSITIONS)
    for k in range(min(len(tokens), _OPENING_REACH) - 2):
        if tokens[k].text != "," or tokens[k + 1].low != "it":
            continue
        verb = k + 3 if tokens[k + 2].low == "also" and k + 3 < len(tokens) else k + 2
        tag = verb + 1 >= len(tokens) or tokens[verb + 1].text in (".", "!", "?")
        if tokens[verb].low in lex.REPORTING_FORMS and (
            tag or (free and not _reports(tokens[first + 1 : k]))
        ):
            return True
    return False


def _reports(tokens: list[Token]) -> bool:
    """Whether the words hold a reporting verb (`In May, Tarnco said that in June, it reported`)."""
    return any(t.low in lex.REPORTING_FORMS for t in tokens)


def _written_in_then_it(tokens: list[Token]) -> bool:
    """`In an article headlined "…", it warned …`: a sentence opening on the writing its "it"
    wrote in, whose subject is that "it" (the outlet named further back), not the writing."""
    if len(tokens) < 5 or tokens[0].low != "in" or tokens[1].low not in _DETERMINERS:
        return False
    if tokens[2].low not in WRITTEN_IN:
        return False
    k = next((m for m in range(3, min(len(tokens) - 1, _OPENING_REACH)) if tokens[m].low == "it"), None)
    if k is None or not tokens[k + 1].text.islower():
        return False
    # (`In a report, the bank said it …`: the "it" is the bank's, which is the subject)
    return not any(t.text[:1].isupper() or t.low in lex.REPORTING_FORMS for t in tokens[3:k])


_DETERMINERS = frozenset(["a", "an", "the", "its", "one", "another"])
_OPENING_REACH = 40  # tokens: a writing's headline may run long

# Words that may open a sentence before its subject (`But it said …`).
_CONNECTIVES = frozenset(["but", "and", "yet", "however", "also", "still"])
