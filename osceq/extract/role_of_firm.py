"""Descriptions of the shape `the ROLE of FIRM`, where an "and" either belongs to the firm's name
(`the president of Acme and Sons`: one person, never a man called "Sons") or joins a second role
(`the president of Acme and the chairman of Brill`: two people, shown as both or not at all)."""

from __future__ import annotations

from osceq.extract import name_words as w
from osceq.extract.given_names import first_name_gender
from osceq.extract.word_kinds import name_word, person_noun, title_word


def _role_of(words: list[str], k: int) -> int | None:
    """The index of the "of" in `the ROLE of Capitalised …` before the "and" at k; None when the
    words before k are not a lower-case role after a determiner and "of" with a capitalised run."""
    if not words or words[0].lower() not in w.SINGULAR_OPENERS:
        return None
    of = next((m for m in range(1, k) if words[m] == "of"), None)
    if of is None or of == 1 or not all(t.islower() for t in words[1:of]):
        return None
    firm = words[of + 1 : k]
    if firm[:1] == ["the"]:
        firm = firm[1:]
    return of if firm and all(name_word(t) for t in firm) else None


def and_in_firm_after_role(words: list[str], k: int) -> bool:
    """Whether the "and" at k sits inside the name of a firm after `the ROLE of` and the name runs to
    the end (`the president of Acme and Sons`, `a director of Lee and Reed Ltd`)."""
    rest = words[k + 1 :]
    return (
        words[k] == "and"
        and _role_of(words, k) is not None
        and bool(rest)
        and all(name_word(t) or t == "&" for t in rest)
        and not _person(rest)
    )


def _person(words: list[str]) -> bool:
    """Whether capitalised words after the "and" name a person, not the rest of a firm: a title
    opens them (`Mayor Ann Lee`) or a given name before a surname (`Ann Lee`; not `Marks and Spencer`)."""
    return title_word(words[0], nouns_only=True) or (
        len(words) > 1 and first_name_gender(" ".join(words[:2])) is not None
    )


def second_role_after_and(words: list[str], k: int) -> bool:
    """Whether the "and" at k joins `the ROLE of FIRM` to a second role (`… and the chairman of
    Brill`, `… and the mayor`) or to a person by title (`… and Mayor Ann Lee`): two people, neither
    alone the speaker."""
    rest = words[k + 1 :]
    if words[k] != "and" or _role_of(words, k) is None or not rest:
        return False
    if rest[0].lower() not in w.SINGULAR_OPENERS:
        return title_word(rest[0], nouns_only=True) and len(rest) > 1 and all(name_word(t) for t in rest)
    # `the mayor`: lower-case words to the end, the last a title.
    if len(rest) > 1 and all(t.islower() for t in rest[1:]) and title_word(rest[-1], nouns_only=True):
        return True
    return len(rest) > 1 and _role_of([*rest, "and"], len(rest)) is not None


def person_after_role_of(words: list[str], k: int) -> bool:
    """Whether the "and" at k joins `the ROLE of PLACE` to a person named to the end (`the mayor of
    Reno and Tom Reed`): two speakers, not a role of a firm, nor the role of the person after it."""
    rest = words[k + 1 :]
    return (
        words[k] == "and"
        and _role_of(words, k) is not None
        and bool(rest)
        and all(name_word(t) for t in rest)
        and _person(rest)
    )


def described_then_person(words: list[str], k: int) -> bool:
    """Whether the "and" at k joins a person described by a determiner and a title or a word for a
    person (`the mayor`, `his wife`, `the Secretary of State`) to a person named to the end (`Tom
    Reed`, `Reed`): two speakers, neither the other's role."""
    rest = words[k + 1 :]
    if words[k] != "and" or k < 2 or words[0].lower() not in w.SINGULAR_OPENERS or not rest:
        return False
    if not all(name_word(t) for t in rest) or not (_full_name(rest) or _lone_surname(rest)):
        return False  # (a title after "and" may go on the role: `the president and Chief Executive Tom Reed`)
    role = words[1:k]
    of = role.index("of") if "of" in role else len(role)
    if of < len(role) and not all(t[:1].isupper() for t in role[:of] + role[of + 1 :]):
        return False  # `the chairman of Lee and Tom Reed`: read as a firm's role (see above)
    head = role[of - 1].lower() if of else ""
    return title_word(head, nouns_only=True) or person_noun(head) or head in w.RELATION_NOUNS


def _full_name(words: list[str]) -> bool:
    return len(words) > 1 and first_name_gender(" ".join(words[:2])) is not None


def _lone_surname(words: list[str]) -> bool:
    """One capitalised word that is no title, office, place, organisation word or acronym (`Reed`)."""
    if len(words) != 1 or not words[0][1:].islower() or title_word(words[0]):
        return False
    low = words[0].lower()
    return low not in w.OFFICES and low not in w.PLACES and low not in w.ORGANISATION_WORDS
