"""Words of one's own innocence, guilt or feeling tagged by a he/she after a sentence whose subject
speaks for someone (`Ivo Pask was charged. His lawyer insisted the case was weak. "I am innocent,"
he said`): they are the one spoken for's, never the lawyer's, spokesman's or aide's."""

from __future__ import annotations

import re

from osceq.extract import kin_words as kw
from osceq.extract.accusation_words import CLIENT_WORDS, OWN_FEELINGS, OWN_INNOCENCE
from osceq.extract.quotemarks import QUOTE_BEFORE_TAG

__all__ = ["agent_before_own_words"]

_AGENTS = "|".join(
    sorted(kw.SPEAKING_FOR | kw.SPEAKING_FOR_FEMALE | kw.SPEAKING_FOR_MALE, key=len, reverse=True)
)
# An owned agent as the candidate is written (`His lawyer`, `her defence attorney`).
_OWNED_AGENT = re.compile(rf"(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z]+\s+)?(?:{_AGENTS})\b")
# The speaker's own state in the first person (`I am innocent`, `I'm not guilty`, `I feel so betrayed`,
# `I did nothing wrong`).
_OWN_STATE = re.compile(
    r"\bI(?:\s+(?:am|was|feel|felt|have\s+been|had\s+been)|['’]m|['’]ve\s+been)"
    rf"\s+(?:(?:not|so|very|really|deeply|truly|totally|completely|\w+ly)\s+)*(?:{OWN_INNOCENCE}|{OWN_FEELINGS})\b"
    r"|\bI\s+(?:did|have|['’]ve|had)\s+(?:done\s+)?nothing\s+wrong\b"
)

_CLIENT = re.compile(rf"\b(?:{CLIENT_WORDS})\b", re.IGNORECASE)


def agent_before_own_words(text: str, position: int, before: int) -> bool:
    """Whether the candidate at `position` is someone's agent (`His lawyer`) and the quote the pronoun
    at `before` tags speaks of the speaker's own innocence, guilt or feeling: the agent's it is not."""
    owned = _OWNED_AGENT.match(text, position)
    if owned is None or _other_sex(owned.group().split()[0], text[before : before + 4]):
        return False  # `Her spokesman said … "I am heartbroken," he said`: the client is no he
    quote = QUOTE_BEFORE_TAG.search(text, max(position, before - 620), before)
    if quote is None or _CLIENT.search(quote.group(1)):
        return False  # `"I am devastated for my client," he said`: the lawyer's own feeling
    return _OWN_STATE.search(quote.group(1)) is not None


def _other_sex(owner: str, pronoun: str) -> bool:
    """Whether the owner's his/her and the tag's he/she name people of different sexes."""
    owner_sex = {"his": "m", "her": "f"}.get(owner.lower())
    tag = pronoun.lower()
    tag_sex = (
        "f" if tag.startswith("she") else "m" if tag.startswith("he") and not tag.startswith("her") else None
    )
    return owner_sex is not None and tag_sex is not None and owner_sex != tag_sex
