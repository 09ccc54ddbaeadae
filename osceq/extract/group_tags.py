"""A quote right after a group's verb of speech (`Several people shouted "…"`): it has a tag of its
own whose speakers are no one person, so no neighbour's speaker may be lent to it."""

from __future__ import annotations

import re

from osceq.extract import function_words as fw
from osceq.extract import name_words
from osceq.extract import reporting as lex
from osceq.extract.closing_tags import unread_tag
from osceq.extract.mention_words import plural_agent
from osceq.extract.quotemarks import Pair
from osceq.extract.word_kinds import person_noun

# A plural noun, then a verb, then the opening mark (and maybe a comma or colon) at the end.
_GROUP_VERB = re.compile(r"\b([a-z]+)\s+([a-z]+)\s*[,:]?\s*$")


def group_tag_before(text: str, pair: Pair) -> bool:
    """Whether the quote's opening mark follows a group's past verb of speech (`several people
    shouted`, `two voters yelled`): a plural speaker the quote is given to by its own sentence."""
    match = _GROUP_VERB.search(text, max(0, pair.open_start - 60), pair.open_start)
    if match is None:
        return False
    noun, verb = match.groups()
    return _plural_of_people(noun) and verb in lex.REPORTING_FORMS and verb.endswith("ed")


def _plural_of_people(noun: str) -> bool:
    """Whether a lower-case word is a plural of people (`people`, `voters`, `residents`), not any
    word in -s before a verb (`always`, `perhaps`)."""
    if noun in fw.PLURAL_HEADS or noun in fw.GROUP_SUBJECTS or noun in ("men", "women"):
        return True
    return noun.endswith("s") and (
        plural_agent(noun) or person_noun(noun) or noun[:-1] in name_words.TRADE_NOUNS
    )


def unread_tags(text: str, end: int, pair: Pair) -> bool:
    """Whether the quote has a tag of its own, after it (`unread_tag`) or a group's before it, whose
    speaker could not be read."""
    return unread_tag(text, end, pair) or group_tag_before(text, pair)
