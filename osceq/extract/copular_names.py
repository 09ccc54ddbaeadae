"""A name after "is" or "was" that completes a described subject (`The early favorite is Sen. Otto
Brandt, who …`): the person the sentence is about, though the subject is a description."""

from __future__ import annotations

from collections.abc import Callable

from osceq.extract import function_words as fw
from osceq.extract.forward_phrases import np_forward
from osceq.extract.given_names import first_name_gender
from osceq.extract.names import PERSON, parse_mention
from osceq.extract.speaking_role_words import SPEAKING_ROLES
from osceq.extract.tokens import Token, phrase_text


def copular_person(tokens: list[Token], is_person: Callable[[str], bool]) -> tuple[int, str] | None:
    """The person named right after a short described subject of a speaking role and its "is"/"was"
    (`The winner was Ann Lee`), with the offset where named; None for a thing (`The problem is
    Congress`), a possessor (`The key was Lee's vote`) or one acted on (`The victim was Ann Lee`)."""
    if not tokens or tokens[0].low not in fw.DETERMINERS:
        return None
    be = next((k for k in range(1, min(len(tokens), 6)) if tokens[k].low in ("is", "was")), None)
    if be is None or not all(t.text.isalpha() and t.text.islower() for t in tokens[1:be]):
        return None
    if tokens[be - 1].low not in SPEAKING_ROLES:
        return None  # (`The victim was Ann Lee, 34.`: the person acted on seldom speaks next)
    k = be + 1
    end = np_forward(tokens, k) if k < len(tokens) and tokens[k].text[:1].isupper() else None
    if end is None or end[1] != "name" or any(t.low.endswith(("'s", "’s")) for t in tokens[k : end[0] + 1]):
        return None
    named = parse_mention(phrase_text(tokens, k, end[0]))
    if named.kind != PERSON or not is_person(named.name) or first_name_gender(named.name) is None:
        return None
    return tokens[k].start, named.name
