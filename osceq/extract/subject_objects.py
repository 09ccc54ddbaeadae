"""A name inside a subject phrase that is not its subject: the object of a verb or participle (`A
lawyer representing Ivo Tarn said`, `A man who knew Ivo Tarn said`), a person in an aside of company
(`Ann Lee, with her lawyer, Bo Park, said`), or the complement of a head's "of" (`A friend of Ivo
Tarn, Ann Roe, said`)."""

from __future__ import annotations

from collections.abc import Callable

from osceq.extract import function_words as fw
from osceq.extract.fronted_clauses import verb_before_name
from osceq.extract.given_name_places import PLACE_GIVEN_NAMES
from osceq.extract.given_names import is_given_name
from osceq.extract.joined_names import opens_clause
from osceq.extract.owned_roles import full_name_joint
from osceq.extract.tokens import Token, capitalised, object_participle
from osceq.extract.word_kinds import participle_after_noun, plural_head, title_word

Phrase = tuple[int, int, str]


def noun_participle(tokens: list[Token], k: int) -> bool:
    """An -ing verb at token k right after a determiner and a lower-case noun (`a lawyer
    representing`, `the doctor treating`), or after a plural head opening its clause (`Detectives
    questioning`, `Police guarding`): the phrase after it is its object."""
    if (
        k >= 2
        and tokens[k - 2].low in fw.DETERMINERS
        and participle_after_noun(tokens[k - 1].text, tokens[k].text)
    ):
        return True
    return (
        k >= 1
        and tokens[k].low in fw.OBJECT_PARTICIPLES
        and tokens[k].text.islower()
        and (k == 1 or not tokens[k - 2].text.isalpha() or tokens[k - 2].text.islower())
        and plural_head(tokens[k - 1].text)
    )


def plural_pronoun_head(tokens: list[Token], relative: int) -> Phrase | None:
    """`Those who knew Ivo Tarn said`: the plural pronoun before a relative word heads the subject."""
    if relative > 0 and tokens[relative - 1].low in fw.PLURAL_HEADS:
        return relative - 1, relative, "nominal"
    return None


def no_role_word(tokens: list[Token], k: int) -> bool:
    """Whether the lower-case word at token k, before a name, is no role of the name: the verb of a
    bare "who" clause (`who knew Ivo Tarn`), a participle after a noun (`a lawyer representing`) or
    a fronted clause's verb (`When Republicans defected Ann Lee said`)."""
    return (
        (k > 0 and tokens[k - 1].text == "who") or noun_participle(tokens, k) or verb_before_name(tokens, k)
    )


def object_of_participle(tokens: list[Token], a: int, lead: int) -> bool:
    """Whether the phrase at token a (counted from lead) is the object of an -ing verb before it, so
    that the phrase before the verb is the subject (`One official attending the talks said`).

    `the union representing about 1,100 Lee's workers`: a counted object opens on its number. A
    phrase opening on no determiner is taken whole (`West German banking sources`), unless the verb
    follows a noun (`A doctor treating Ivo Tarn said`).
    """
    if noun_participle(tokens, lead - 1):
        return True  # (also `questioning`, a verb of speech too: `Detectives questioning Ivo Tarn said`)
    if not object_participle(tokens, lead - 1):
        return False
    return lead != a or tokens[a].low in fw.DETERMINERS


# How many words an aside of company may hold before its role's comma (`along with his former lawyer`).
_COMPANY_REACH = 6


def company_comma(tokens: list[Token], comma: int) -> int | None:
    """The comma after the subject when the words before token comma open an aside of company
    (`Ann Lee, along with her lawyer, Bo Park, said`): the name after the role is company, and
    the subject ends at the returned comma; None otherwise."""
    k = comma
    while k > 0 and comma - k < _COMPANY_REACH and tokens[k - 1].text.isalpha():
        if not tokens[k - 1].text.islower():
            break
        k -= 1
    if k < 2 or tokens[k - 1].text != "," or not tokens[k - 2].text[:1].isupper():
        return None
    return k - 1 if any(t.low in fw.COMPANY_WORDS for t in tokens[k:comma]) else None


def head_of_asides(
    tokens: list[Token], a: int, backward: Callable[[list[Token], int], Phrase | None]
) -> Phrase | None:
    """`A friend of Ivo Tarn, Ann Roe, said`, `A resident of Dover, 22, said`: the phrase after "of"
    (at token a) completes the head before it even with asides after it; the head, a common noun with
    its determiner (backward: the reader of a phrase ending before a token), runs to the phrase's end,
    and a person's name set off right after the phrase is the head's, a town's country or state set
    off there part of the phrase. None when no such head stands before the "of", or another place or
    a body is set off after the phrase."""
    head = backward(tokens, a - 1)
    if head is None or head[2] != "nominal" or head[1] != a - 1 or tokens[head[0]].low not in fw.DETERMINERS:
        return None
    end = a
    while end < len(tokens) and tokens[end].text != ",":
        end += 1
    named = end + 1
    while named < len(tokens) and capitalised(tokens[named]):
        named += 1
    if end + 1 < named < len(tokens) and tokens[named].text == ",":
        # A person's name set off after the phrase is the head's; one word after one word, a place's
        # country or state, completes the phrase (`A resident of Amman, Jordan, said`: the resident,
        # not Amman); anything else set off, a place or a body, is read as before.
        person_of = end - a >= 2 and is_given_name(tokens[a].text)
        if _set_off_person(tokens, end + 1, named, person_of):
            return end + 1, named, "name"
        return (head[0], named, "nominal") if end - a == 1 and named - end == 2 else None
    return head[0], end, "nominal"


def _set_off_person(tokens: list[Token], start: int, end: int, person_of: bool) -> bool:
    """Whether the capitalised words from token start to end name a person: a given name first, a
    title before a name (`Dr Ann Roe`), or, after a person's name, a lone given name that is also a
    place's (`A friend of Ivo Tarn, Jordan,`: no place of a person's)."""
    first = tokens[start].text
    if end - start == 1 and first.lower() in PLACE_GIVEN_NAMES:
        return person_of  # `A resident of Amman, Jordan,`: after a place, the place's country
    return is_given_name(first) or (end - start >= 2 and title_word(first))


def joint_start(tokens: list[Token], i: int, name_start: Callable[[list[Token], int], int]) -> int:
    """`Tim Ryder and his brother Sam said`: the start of the person's name before "and his" when
    the phrase at token i (kin or a role, then a name) follows it, as both speak (name_start: the
    start of the name run ending before a token); else i."""
    if i < 3 or tokens[i - 1].low not in _POSSESSIVES or tokens[i - 2].text != "and":
        return i
    if not capitalised(tokens[i - 3]):
        return i
    first = name_start(tokens, i - 2)
    person = full_name_joint([t.text for t in tokens[first : i - 2]], tokens[i].text)
    return first if person and opens_clause(tokens, first) else i


_POSSESSIVES = frozenset({"his", "her", "their"})


def adjective_link(tokens: list[Token], k: int) -> int:
    """The index of an adjective of nearness right before the preposition at token k (`People
    familiar with`, `Sources close to`), whose head noun then ends before it; else k."""
    if k < 2 or tokens[k].low not in ("with", "to") or tokens[k - 1].text not in fw.LINK_ADJECTIVES:
        return k
    return k if tokens[k - 2].low in fw.DETERMINERS else k - 1  # (`the close of` is a noun's)
