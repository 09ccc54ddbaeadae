"""The person a subject starting at a token names: a name, a description and the name it gives
(`a worker named Ann Lee`), or the name after a role word the name parser does not know. Read by
`subjects.py`."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.firm_and_subjects import person_after_firm_with_and
from osceq.extract.forward_phrases import np_forward
from osceq.extract.joined_offices import person_after_joined_office
from osceq.extract.names import PERSON, parse_mention, singular_person
from osceq.extract.subject_starts import pronoun as _pronoun
from osceq.extract.subject_tags import mention_person
from osceq.extract.tokens import Token, capitalised, phrase_text


def subject_at(tokens: list[Token], i: int) -> tuple[int, str] | None:
    """The person a subject starting at token i names, with its offset."""
    if i < len(tokens) and _pronoun(tokens[i]):
        return None  # "she's Okafor's equal": the pronoun is the subject, whoever it stands for
    found = np_forward(tokens, i)
    if found is None or found[1] not in ("name", "nominal"):
        return None
    j = found[0]
    if (firm_person := person_after_firm_with_and(tokens, i, j)) is not None:
        return firm_person  # `Kestrel and Lumen Co chairman Ivo Marsh said`
    tag = tokens[j : j + 3]
    if len(tag) == 3 and tag[0].text == "," and _pronoun(tag[1]) and tag[2].low in lex.REPORTING_FORMS:
        return None  # "Ann Lee, he said, is no conservative": the name is talked about, by someone else
    person = mention_person(phrase_text(tokens, i, j))
    joined = person_after_joined_office(tokens, i, j) if person is None else None
    if joined is not None:
        return joined
    if (
        person is None
        and j == i + 1
        and capitalised(tokens[i])
        and j < len(tokens)
        and tokens[j].text.islower()
    ):
        # `French said …`: a word the parser takes for a nationality or place, a person's surname
        # when the article names one so ("Nadia French"); the caller asks the article's names.
        return tokens[i].start, tokens[i].text
    if person is None:
        return _name_after_role(tokens, i, j)
    if singular_person(person):
        named = _name_of_description(tokens, i, j)
        if named is not None:
            return named
    return tokens[i].start, person


def _name_of_description(tokens: list[Token], i: int, j: int) -> tuple[int, str] | None:
    """The name a description (tokens i to j) gives after "named" or in commas ("a worker named Ann
    Lee"; "the bank's director, Ann B. Lee, said"): the person is then that name."""
    named_at = next((k for k in range(i + 1, j - 1) if tokens[k].low == "named"), None)
    if named_at is not None:
        first, end = named_at + 1, j
    elif j + 1 < len(tokens) and tokens[j].text == "," and capitalised(tokens[j + 1]):
        found = np_forward(tokens, j + 1)
        if found is None or found[1] != "name" or found[0] >= len(tokens) or tokens[found[0]].text != ",":
            return None  # "the director, Lee and Ebner": no one name in commas
        first, end = j + 1, found[0]
    else:
        return None
    named = parse_mention(phrase_text(tokens, first, end))
    return (tokens[first].start, named.name) if named.kind == PERSON and named.name[:1].isupper() else None


def _name_after_role(tokens: list[Token], i: int, j: int) -> tuple[int, str] | None:
    """The full name after a role word the name parser does not know, that made it read the subject
    as an organisation ("County freeholder Ann B. Lee", "Senate candidate Ann Lee")."""
    k = max((m for m in range(i, j) if tokens[m].text[:1].islower()), default=None)
    if k is None or tokens[k].low in fw.PREPOSITIONS or sum(capitalised(t) for t in tokens[k + 1 : j]) < 2:
        return None  # "Chief of Staff Ann Lee": the run after "of" still holds a title
    if tokens[k].low in fw.ARTICLES:
        return None  # "the Reno Star": no role word, a name after an article is a thing's
    person = mention_person(phrase_text(tokens, k + 1, j))
    return (tokens[k + 1].start, person) if person else None
