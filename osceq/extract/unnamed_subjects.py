"""A sentence subject the pronoun resolver cannot place: a lone capitalized word opening a sentence
before a verb in the past (`Varga openly admitted …`), never named in full in the article. When one
stands between a he or she and the person it would be given to, that person is a guess across
another subject, and the pronoun is better left without a name."""

from __future__ import annotations

from collections.abc import Container, Sequence

from osceq.extract import function_words as fw
from osceq.extract import name_words
from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.speaker_names import names_a_person
from osceq.extract.stopwords import STOPWORDS
from osceq.extract.tokens import Token

# A capitalized word opening a sentence or paragraph, then a verb in -ed, maybe after an adverb in
# -ly (`Varga openly admitted`, `Lee defied`).
_BARE_SUBJECT = any_case_pattern(
    r"(?:(?<=[.!?] )|(?<=[.!?][”\"] )|(?<=\n))([A-Z][a-z]+) (?:[a-z]+ly )?[a-z]+ed\b"
)


def unplaced_subject_between(
    text: str, start: int, end: int, lower_words: Container[str], people: dict[str, list[str]]
) -> bool:
    """Whether, with a paragraph break between start and end, a sentence of end's own paragraph
    opens on a lone capitalized word that is no function word, no plural (`Republicans voted`), no
    participle (`Citing …`), no word the article also writes in lower case and no known person."""
    paragraph = text.rfind("\n", start, end)
    if paragraph < 0:
        return False  # within one paragraph the named candidate is near enough
    for match in _BARE_SUBJECT.finditer(text, paragraph, end):
        word = match.group(1)
        low = word.lower()
        if (
            low in STOPWORDS
            or low in fw.NOT_NAME_WORDS
            or low in fw.INTRO_WORDS
            or low.endswith(("s", "ing"))
            or text[match.end() : match.end() + 1] in (".", "!", ";", ",")
        ):
            continue  # (`Silence followed.`, `Tension mounted.`: a verb with no object after a noun)
        # (split on any white space: at a paragraph's start the look-back holds its line break too)
        before = text[max(0, match.start() - 6) : match.start()].rstrip(" .").split()
        if before and before[-1] in name_words.ABBREVIATED_TITLES:
            continue  # `Mr. Lee signed`: the full stop is a title's, and Lee is named
        if low not in lower_words and not names_a_person(word, people):
            return True
    return False


_INDEFINITE = frozenset({"a", "an", "one"})
# The plain verbs of speech that make an unnamed subject the source of what follows.
_SPEAKING = frozenset({"said", "says", "told", "tells", "added", "recalled"})
_SPEAKER_REACH = 24  # tokens from the subject to its verb: `A patient who asked not to be named … said`
# People by no trade or office, as the head of an unnamed subject ("a woman", "one neighbor").
_PLAIN_PERSONS = frozenset(
    {
        *("man", "woman", "person", "patient", "neighbor", "neighbour", "witness", "customer", "parent"),
        *("mother", "father", "voter", "bystander", "shopper", "visitor", "tenant", "homeowner", "fan"),
        *("survivor", "victim", "relative", "friend"),
        # (trades met as a lone witness in local news, each a doer's noun a description may end on)
        *("shopkeeper", "waiter", "cleaner", "labourer", "laborer", "solicitor", "barrister"),
        *("firefighter", "pensioner", "motorist"),
    }
)
# Words that join a sentence to the one before without being its subject (`But one nurse said`).
_JOINS = frozenset({"and", "but", "yet"})


def _person_noun(word: str) -> bool:
    return word in _PLAIN_PERSONS or word in name_words.PERSON_NOUNS or word in name_words.TRADE_NOUNS


def unnamed_reporter(tokens: Sequence[Token], first: int) -> bool:
    """Whether a sentence opens on someone unnamed who speaks (`A patient who asked not to be named
    said …`, `One neighbor told …`): a he or she after it is that someone, whom no earlier name fits.
    Not `A comic tone, she said, …`: the noun names a person, and the verb is not a pronoun's."""
    if first + 3 < len(tokens) and tokens[first].low in _JOINS:
        first += 1  # `But one nurse, who asked not to be named, said`
    if first + 2 >= len(tokens) or tokens[first].low not in _INDEFINITE:
        return False
    if not (_person_noun(tokens[first + 1].text) or _person_noun(tokens[first + 2].text)):
        return False  # (the noun, or the noun after one adjective: `a former employee`)
    reach = tokens[first + 2 : first + 2 + _SPEAKER_REACH]
    for k, token in enumerate(reach):
        if token.low in _SPEAKING:
            return reach[k - 1].low not in fw.PRONOUN_GENDER  # `A neighbor, she said, …`: hers
    return False


def unnamed_reporter_description(tokens: Sequence[Token], first: int) -> str | None:
    """The description an unnamed reporter opens on (`One member, described as …, said`: "one
    member"; `A Wall Street arbitrageur, who …, said`: "a Wall Street arbitrageur"), up to its noun
    for a person, its opener in lower case; None when no such noun ends it within two words."""
    if not unnamed_reporter(tokens, first):
        return None
    if tokens[first].low in _JOINS:
        first += 1
    noun = first + 1 if _person_noun(tokens[first + 1].text) else first + 2
    if not tokens[noun].text.islower() or any(not t.text[:1].isalpha() for t in tokens[first : noun + 1]):
        return None
    words = [tokens[first].low, *(t.text for t in tokens[first + 1 : noun + 1])]
    return " ".join(words)
