"""Words of a sentence that points back at the quotation before it (`"…" Those were the words of Ann
Lee.`, `"…" Lee said it again on Tuesday.`): kept apart from the rules in `pointing_tags.py`."""

from __future__ import annotations

# Nouns for a quotation's words, as the subject pointing back at it (`The comment came from …`).
WORDING_NOUNS = frozenset(
    {
        "assessment",
        "comment",
        "comments",
        "line",
        "message",
        "prediction",
        "quip",
        "quote",
        "remark",
        "remarks",
        "verdict",
        "warning",
        "words",
    }
)
# The nouns that may point back at a question: an answer or a reply is somebody else's.
QUESTION_NOUNS = frozenset({"question"})
# Determiners that open the pointing subject (`Those words`, `The comment`, `That quote`).
POINTING_DETERMINERS = frozenset({"the", "that", "this", "those", "these"})
# Verbs that give the quotation, taken back by "it" or "that" (`Lee said it again`).
# (Not `wrote`, `posted`, `tweeted`: who writes the words down need not have said them.)
GIVING_VERBS = frozenset({"repeated", "repeats", "said", "says", "uttered"})
# Objects that take the quotation back (`said it`, `repeated the line`).
POINTING_OBJECTS = frozenset({"it", "that", "this", "so"})
# Words between the subject and the verb (`Lee later said it`, `Lee has said it`).
BEFORE_VERB = frozenset({"also", "first", "had", "has", "have", "later", "once", "then"})
# How often or how the words were said again, after the object (`said it twice more`).
HOW_OFTEN = frozenset(
    {
        "again",
        "almost",
        "aloud",
        "also",
        "first",
        "five",
        "four",
        "himself",
        "herself",
        "later",
        "loud",
        "more",
        "nearly",
        "often",
        "once",
        "out",
        "repeatedly",
        "several",
        "six",
        "then",
        "three",
        "thrice",
        "times",
        "too",
        "twice",
        "two",
        "word",
    }
)
# Words that join another clause on after the tag (`…, and he repeated it`, `… before he left`).
JOINERS = frozenset(
    {
        "adding",
        "after",
        "and",
        "as",
        "before",
        "but",
        "then",
        "though",
        "until",
        "when",
        "where",
        "while",
        "which",
    }
)
# Nouns for a line said over and over, in a sentence that only describes the words (`It is a line
# the campaign has leaned on all week.`): the sentence after it may tag them.
REFRAIN_NOUNS = frozenset(
    {"answer", "line", "mantra", "message", "motto", "phrase", "pitch", "refrain", "slogan", "theme"}
)
# A count and a span of time set off after the setting (`…, a day after the poll`).
COUNTS = frozenset({"a", "an", "one", "two", "three"})
SPANS = frozenset(
    {"day", "days", "hour", "hours", "minute", "minutes", "month", "months", "week", "weeks", "year", "years"}
)
# Nouns for the words as somebody's own (`That is Ann Lee's answer`, `Those were Lee's words`).
OWNED_WORDING = frozenset({"answer", "line", "mantra", "motto", "refrain", "slogan", "words"})
# Words that may stand between "is" and the possessor (`It is the whole of Lee's answer`).
BEFORE_OWNER = frozenset({"all", "always", "of", "often", "still", "the", "whole"})

# Words by which a pointing sentence gives the words a second speaker (`That was how Ann Lee put it
# too.`, `The line came from Ann Lee as well.`): the first may still be the one carried on from before.
ALSO_WORDS = frozenset({"too", "also", "well", "likewise", "echoed", "echoing"})
