"""One unnamed person described by what they do, the noun in no word list: `one processor`, `a
Japanese refiner`, `another grower`. Having spoken a quote, such a speaker is the he or she of the
quotes after it (`"…," one processor said. "…," he added`), as "a spokesman" is."""

from __future__ import annotations

from osceq.extract import name_words
from osceq.extract.names import DESCRIPTION, parse_mention
from osceq.extract.word_kinds import agent_noun

# Openers that make a description one person of many.
_ONE_OF_MANY = frozenset(("a", "an", "one", "another"))
# Nouns shaped like a doer's ("-er", "-or") that name a writing or a thing, which is an "it".
_THINGS = frozenset(
    (
        "newspaper",
        "paper",
        "letter",
        "newsletter",
        "monitor",
        "register",
        "computer",
        "poster",
        "flyer",
        "flier",
        "charter",
        "chapter",
        "counter",
        "tanker",
        "carrier",
        "container",
        "trailer",
        "order",
        "number",
        "quarter",
        "sector",
        "indicator",
        "factor",
    )
)
# The longest such description read (opener, modifiers, noun): a longer one is a clause.
_MOST_WORDS = 5


def one_unlisted_doer(name: str) -> bool:
    """Whether a speaker's description is one person by a doer's noun in lower case that the word
    lists do not hold (`one processor`); modifiers may be capitalised (`a Japanese refiner`), but
    no preposition or clause may follow the noun."""
    if parse_mention(name).kind != DESCRIPTION:
        return False
    words = name.split()
    if not 2 <= len(words) <= _MOST_WORDS or words[0].lower() not in _ONE_OF_MANY:
        return False
    head = words[-1]
    if not head.isalpha() or not head.islower() or head in _THINGS:
        return False
    if any(word.lower() in name_words.DESCRIPTION_PREPOSITIONS for word in words[1:]):
        return False
    return agent_noun(head)


# Plural endings of doers' nouns that a group of people speaks by ("growers", "refiners",
# "seismologists", "historians"); not "-ents" or "-ives", as often things ("payments", "motives").
_PLURAL_DOER_ENDINGS = ("ers", "ors", "ists", "ians")
# Of those, the endings only people have: "-ers" and "-ors" also make machines ("printers").
_PEOPLE_ONLY_ENDINGS = ("ists", "ians")


def unlisted_doers(word: str, says_in_words: bool) -> bool:
    """Whether a lower-case word is the plural of a doer's noun (`growers`, `refiners`), a group
    of people that may speak, though no word list holds it; writings and things are none. An
    "-ers" or "-ors" plural may be machines (`printers said error`): people only when what they
    say is given in words (says_in_words: a that-clause or a quotation)."""
    if not word.isalpha() or not word.islower() or not word.endswith(_PLURAL_DOER_ENDINGS):
        return False
    singular = word[:-1]
    if singular in _THINGS or not agent_noun(singular):
        return False
    return says_in_words or word.endswith(_PEOPLE_ONLY_ENDINGS)
