"""Whole-mention shapes that decide how a speaker mention is read before its name is looked for:
a parenthesis inside a firm's name, people described by what they are for or against, a name's
organisation or staff, a full name after a described role, an organisation's name holding "and",
and the token tests for a role before a name. Standard library and word lists only."""

from __future__ import annotations

import re
from collections.abc import Sequence

from osceq.extract import function_words as fw
from osceq.extract import name_words as w
from osceq.extract.body_initials import gloss_before_role, initials_of_name_before, role_word
from osceq.extract.given_names import first_name_gender, is_given_name
from osceq.extract.mention_words import ordinal_of_writing
from osceq.extract.police_ranks import police_rank
from osceq.extract.role_of_firm import and_in_firm_after_role
from osceq.extract.stopwords import STOPWORDS
from osceq.extract.word_kinds import agent_noun, kin_or_person_noun, name_word, person_noun, title_word

__all__ = [
    "POSSESSIVE",
    "and_in_organisation_name",
    "body_after_names",
    "description_goes_on",
    "firm_parenthesis_close",
    "joins_organisation_name",
    "owned_person",
    "people_after_names",
    "persons_own_person",
    "plural_of_people",
    "possessor_of_body",
    "role_before_name",
    "role_of_words",
    "role_then_full_name",
    "title_before_name",
    "without_firm_parenthesis",
]

POSSESSIVE = re.compile(r"[’']s?$")


def firm_parenthesis_close(words: Sequence[str], k: int) -> int | None:
    """The index of the closing mark of a parenthesis opening at word k inside a firm's name: one or
    two capitalised words between a capitalised word and the firm's ending ("Kestrel (Holdings)
    Ltd"), or a nickname inside a person's name ("James T. (Jim) Roe"); None for any other
    parenthesis ("Ann Lee (D-Ohio)" ends the name)."""
    if k == 0 or k >= len(words) or words[k] != "(" or not _capital_before(words, k):
        return None
    close = next((m for m in range(k + 2, min(len(words), k + 4)) if words[m] == ")"), None)
    if close is None or close + 1 >= len(words):
        return None
    if not all(word[:1].isupper() and word.isalpha() for word in words[k + 1 : close]):
        return None
    ending = words[close + 1]
    if close == k + 2 and initials_of_name_before(words, k) and role_word(ending):
        return close  # "Tarn Wheat Board (TWB) chairman Ivo Marsh": a body's initials, then its officer
    if close == k + 2 and words[k + 1].lower() in w.PLACES and ending[:1].islower() and role_word(ending):
        return close  # "Tarn Securities (Japan) analyst Ivo Marsh": a firm's arm in a country, its officer

    if close == k + 2 and first_name_gender(f"{words[k + 1]} {ending}") is not None and ending[1:].isalpha():
        # A common given name in the parenthesis, a capitalised word after it: a nickname.
        return close if ending[:1].isupper() and ending[1:].islower() else None
    if not ending[:1].isupper() or ending.lower().rstrip(".") not in w.FIRM_ENDINGS:
        return None
    return close


def _capital_before(words: Sequence[str], k: int) -> bool:
    """Whether a capitalised word, or an initial's dot read as a word of its own, stands before k."""
    before = words[k - 1]
    return before[:1].isupper() or (
        before == "." and k > 1 and len(words[k - 2]) == 1 and words[k - 2].isupper()
    )


def without_firm_parenthesis(tokens: list[str]) -> list[str]:
    """A mention without a parenthesis of capitalised words inside a firm's name: "Kestrel (Holdings)
    Ltd analyst Ivo Marsh" is read as "Kestrel Ltd analyst Ivo Marsh"; one at the end ("Ann Lee
    (D-Ohio)") is left to end the name."""
    if "(" not in tokens:
        return tokens
    k = tokens.index("(")
    close = firm_parenthesis_close(tokens, k)
    if close is None and gloss_before_role(tokens, k):
        close = k + 2  # "Trade (TTM) director Ivo Marsh": a body's initials are never a part of a name
    return tokens if close is None else tokens[:k] + tokens[close + 1 :]


def plural_of_people(tokens: list[str], cut: int) -> bool:
    """`Critics of the new plan`: a lone capitalised plural of a noun for people opening a sentence,
    then "of" and a phrase in lower case, describes people ("Jones of the firm" is a name)."""
    return (
        cut == 1
        and len(tokens) > 2
        and tokens[1] == "of"
        and tokens[0][1:].islower()
        and (person_noun(tokens[0]) or (tokens[0].endswith("s") and agent_noun(tokens[0][:-1])))
        and any(t.isalpha() and t.islower() and t not in ("the", "a", "an", "of") for t in tokens[2:])
        and not any(t[:1].isupper() for t in tokens[2:])
    )


def possessor_of_body(tokens: list[str]) -> bool:
    """Whether a mention is a name's organisation, staff or other person, who speaks without being
    the owner: "Lee's campaign", "Senator Lee's office", "Adams' aides", "Ann Lee's pollster", "Lee's
    business manager" (and nothing after them). "Lee's statement" is the owner's own words."""
    for k in range(len(tokens) - 1):
        word = tokens[k]
        owner = POSSESSIVE.search(word) is not None or (
            tokens[k + 1] in ("’", "'") and word.endswith("s") and k + 2 < len(tokens)
        )
        if word[:1].isupper() and owner:
            if ordinal_of_writing(tokens, k + 1):
                return False  # `Lee's first post`: the owner's own writing, no body of the owner's
            rest = tokens[k + 2 :] if tokens[k + 1] in ("’", "'") else tokens[k + 1 :]
            if all(t[:1].isupper() for t in tokens[:k]):
                # `Ruritania's permanent envoy at the U.N.`: a place or body after the head is the
                # head's (only when the owner opens the mention: `Bo Park, Lee's aide in Ohio` is Bo Park).
                rest = rest[: next((m for m in range(1, len(rest)) if rest[m] in _AFTER_HEAD), len(rest))]
            if len(rest) == 1 and (rest[0] in w.ORGANISATION_WORDS or rest[0] in w.SPEAKS_FOR):
                return True
            # (`Ruritania's 12-bank steering group`: a body with modifiers, a count among them, owned
            # by the name opening the mention; `Ann Lee of Kestrel's research department` is Ann Lee.)
            return (
                0 < len(rest) <= 4
                and all(_modifier(t) or _counted_modifier(t) for t in rest)
                and (
                    owned_person(rest[-1])
                    or (_body_noun(rest[-1]) and all(t[:1].isupper() for t in tokens[:k]))
                )
            )
    return False


_AFTER_HEAD = frozenset(["at", "to", "in", "for", "with", "from", "on"])


def _body_noun(token: str) -> bool:
    """A noun of a body, or of bodies (`Ruritania's leading news magazines`: one of them speaks,
    never the place that owns them)."""
    return token in w.ORGANISATION_WORDS or token in w.BODY_PLURALS


def _counted_modifier(token: str) -> bool:
    """A count joined to its noun by a hyphen ("12-bank", "five-member")."""
    count, _, noun = token.partition("-")
    return bool(count) and (count.isdigit() or count.isalpha()) and noun.isalpha() and noun.islower()


def _modifier(token: str) -> bool:
    """A word that may stand inside a noun phrase before its noun ("deputy", "right-hand", "of" in
    "chief of staff"): no verb, pronoun or other function word ("pronouncements drove her critics")."""
    if token == "of":
        return True
    return (
        token.replace("-", "").isalpha()
        and token.islower()
        and token not in STOPWORDS
        and not _verb(token)
        and token not in w.NAME_BREAKS
    )


# Endings of nouns that only name people ("columnist", "historian", "pollster", "congressman"):
# narrower than agent_noun, whose "-er" and "-ent" also end "letter" and "statement".
_PERSON_ENDINGS = ("ist", "ian", "man", "men", "woman", "women", "ster", "writer", "ator")


def owned_person(token: str) -> bool:
    """Whether a noun after a possessive or a name is of other people ("pollster", "son", "regulators",
    "chief of staff" ends in "staff"), not something the owner said or owns ("remarks", "memoir")."""
    singular = token[:-1] if token.endswith("s") else token
    return (
        person_noun(token)
        or title_word(token, nouns_only=True)
        or any(kin_or_person_noun(word) or word in w.SPEAKS_FOR for word in (token, singular))
        or singular in w.OCCUPATIONS_BEFORE_NAMES
        or singular in w.FOLLOWER_NOUNS
        or (len(singular) >= 5 and singular.endswith(_PERSON_ENDINGS))
    )


def role_then_full_name(tokens: list[str]) -> int | None:
    """Where a full name starts that ends a described role ("the bank's head of crude supply Ivo
    Marsh", "Envoy to the OSCE Ann Lee"): two or three capitalised words opening with a common given
    name, after a role that holds a title or a word for a person and no verb. None when the name
    is an object ("a spokesman for Ann Lee", "aides told Ann Lee") or stands in a list. A
    middle initial counts as a word of the name ("Ivo T. Marsh")."""
    for size in (3, 2):
        k = len(tokens) - size
        name = tokens[k:]
        if k < 1 or not all(_name_word_shape(t) or _middle_initial(name, m) for m, t in enumerate(name)):
            continue
        if not is_given_name(name[0]):
            continue
        role = tokens[:k]
        if role[-1].lower() in STOPWORDS or any(t in _ROLE_STOPS for t in role):
            return None
        if any(_verb(t) or t == "and" for t in role):
            return None  # "Lee and Co analyst Bo Park", "aides told Bo Park": read as before
        # After the role's last function word comes its object; a title there is the name's own
        # ("a spokesman for House Speaker Ann Lee", "a study by economists Ann Lee"), not the role's.
        last = max((m for m, t in enumerate(role) if t in _PREPOSITIONS), default=-1)
        if any(_role_noun(t) for t in role[last + 1 :]) and last >= 0:
            return None
        return k if any(_role_noun(t) for t in role) else None
    return None


def _name_word_shape(token: str) -> bool:
    return token[:1].isupper() and token[1:].isalpha() and token[1:].islower()


def _middle_initial(name: list[str], m: int) -> bool:
    return 0 < m < len(name) - 1 and len(name[m]) == 2 and name[m][0].isupper() and name[m][1] == "."


_PREPOSITIONS = frozenset(
    [
        "about",
        "against",
        "among",
        "at",
        "behind",
        "between",
        "by",
        "for",
        "from",
        "in",
        "like",
        "of",
        "on",
        "to",
        "under",
        "with",
    ]
)
_ROLE_STOPS = frozenset(',;:()[]<>"“”‘’«»—–')
_MARKS = _ROLE_STOPS | {"."}  # the marks that end a mention's name (mentions._STOPS)


def _role_noun(token: str) -> bool:
    return title_word(token) or person_noun(token) or agent_noun(token)


def _verb(token: str) -> bool:
    """A lower-case word that is likely a verb in a role: a past form or a common tag verb (the
    full list of reporting verbs lives above the quote machinery, which this module must not load)."""
    if token in fw.OBJECT_PARTICIPLES:
        return True  # "a lawyer representing Ann Lee": the name is the participle's object
    return token.islower() and (token.endswith("ed") or token in w.IRREGULAR_PAST or token in _TAG_VERBS)


_TAG_VERBS = frozenset(("said", "says", "say", "told", "tells", "tell", "asked", "asks", "ask"))


def role_of_words(words: list[str]) -> str | None:
    """The words before a name as a role, when they name an office, an occupation or an organisation."""
    while words and (words[0].lower() in ("the", "a", "an") or words[0].lower() in w.NAME_BREAKS):
        words = words[1:]  # "And President Lee", "After Deputy Secretary of State Lee": no role word
    if not words or all(t.lower().rstrip(".") in w.HONORIFICS for t in words):
        return None  # "Sir", "Mrs." are forms of address, not roles
    named = any(
        title_word(t, nouns_only=True)
        or person_noun(t)
        or kin_or_person_noun(t)  # `Ann Lee's cousin Tom`: kin of a person named before
        or t.lower() in w.CAPITAL_DESCRIPTIONS
        or t.lower() in w.OCCUPATIONS_BEFORE_NAMES
        or police_rank(t)
        for t in words
    ) or (len(words) >= 2 and words[-1].islower() and agent_noun(words[-1]))  # "Democratic pollster"
    organisation = any(t.lower() in w.ORGANISATION_WORDS or t.lower() in w.OFFICES for t in words)
    if named or (len(words) >= 2 and organisation and words[-1][:1].isupper()):
        return " ".join(words)
    return None


def joins_organisation_name(tokens: list[str], k: int) -> bool:
    """Whether an "and" at token k lies inside an organisation's name: capitalised words on both
    sides, the run after it ending in an organisation word ("a spokesman for the Trade and Industry
    Ministry"); not "a Kestrel spokesman and Ann Lee"."""
    if tokens[k] != "and" or k + 1 >= len(tokens) or not tokens[k - 1][:1].isupper():
        return False
    end = k + 1
    while end < len(tokens) and tokens[end][:1].isupper():
        end += 1
    run = tokens[k + 1 : end]
    return bool(run) and (run[-1].lower() in w.ORGANISATION_WORDS or run[-1].lower() in w.OFFICES)


def and_in_organisation_name(name: str) -> bool:
    """Whether an "and" of a description is inside an organisation's name (`joins_organisation_name`)
    rather than joining two speakers."""
    words = name.split()
    return any(
        joins_organisation_name(words, k) or and_in_firm_after_role(words, k)
        for k, word in enumerate(words)
        if word == "and" and k > 0
    )


def description_goes_on(tokens: list[str], k: int) -> bool:
    """Whether a description goes on past a word that would end it: an "and" inside an
    organisation's name, or a preposition right after a determiner, where it is an adjective ("an
    outside consultant", "its inside counsel"), or an "and" between two plurals for people that end
    the mention ("dealers and analysts")."""
    return (
        joins_organisation_name(tokens, k)
        or tokens[k - 1].lower() in w.SINGULAR_OPENERS
        or (
            tokens[k] == "and"
            and k + 2 == len(tokens)
            and all(t.endswith("s") and person_noun(t) for t in (tokens[k - 1], tokens[k + 1]))
        )
    )


def title_before_name(tokens: list[str], k: int) -> bool:
    """Whether lower-case words from token k lead, within three, to a title right before a capitalised
    name; a verb among them ("praised") makes them a clause instead."""
    for m in range(k, min(len(tokens) - 1, k + 3)):
        token = tokens[m]
        if not token.islower() or token.endswith("ed"):
            return False
        titled = title_word(token) or person_noun(token) or agent_noun(token)
        if (titled or kin_or_person_noun(token)) and name_word(tokens[m + 1]):
            return True  # (`Ivo Lind's wife Eva`, `… niece Eva`: kin and relations with no -er of their own)
    return False


def role_before_name(tokens: list[str], k: int) -> bool:
    """Whether the lower-case words from token k are a role before a full name that ends the mention
    (`Democratic presidential candidate Rena Adams`, `Varga ally Bo Park`), not words
    after a name (`Smith met reporters`): a few words with no verb, then two or more name words."""
    m = k
    while m < len(tokens) and tokens[m].islower() and m - k < 4:
        low = tokens[m]
        if low.endswith("ed") or low in w.IRREGULAR_PAST or low in w.NAME_BREAKS or low == "of":
            return False
        m += 1
    # The name ends the mention or a parenthesis or comma after it does ("… Bo Park (D-Ohio)").
    rest = tokens[m : next((e for e in range(m, len(tokens)) if tokens[e] in _MARKS), len(tokens))]
    return len(rest) >= 2 and all(name_word(t) for t in rest)


def people_after_names(tokens: list[str]) -> bool:
    """`Federal regulators`, `Turkey's NATO allies`, `Lee campaign supporters`: capitalised words
    (a place, a body, an owner) and a few lower-case modifiers before a plural noun for people that
    ends the mention: the people speak, not a person named by the capitalised words."""
    if len(tokens) < 2 or not tokens[-1].endswith("s") or not _modifier(tokens[-1]):
        return False
    names = next((k for k, token in enumerate(tokens) if not name_word(token)), len(tokens))
    if names == 0 or len(tokens) - names > 3 or any(_MARKS.intersection(t) - {"."} for t in tokens):
        return False
    return all(_modifier(t) for t in tokens[names:]) and owned_person(tokens[-1])


def body_after_names(tokens: list[str]) -> bool:
    """`Time magazine`, `Kestrel board`, `Lee campaign`: capitalised words and one lower-case word
    for a body that ends the mention name the body, which speaks; not a person the words name."""
    names = tokens[:-1]
    if not names or not all(
        name_word(t) and not _MARKS.intersection(t) and not POSSESSIVE.search(t) for t in names
    ):
        return False  # "Lee's campaign" is read with its owner's full name (speakers.resolve)
    last = tokens[-1]
    return last.isalpha() and last.islower() and last in w.ORGANISATION_WORDS


def persons_own_person(noun: str) -> bool:
    """Whether a noun after a possessive names someone only a person has ("Lee's lawyer", "Lee's
    pollster", "Lee's wife", "Lee's supporters"); a firm has a chairman or a manager as well."""
    singular = noun[:-1] if noun.endswith("s") else noun
    return noun in w.SPEAKS_FOR or (owned_person(noun) and not title_word(singular) and not person_noun(noun))
