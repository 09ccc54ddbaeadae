"""What a speaker mention names: a person (with the role written before the name), an organisation
or place, or only a description. Standard library and word lists only.

"U.S. Trade Representative Nora Halvik" names the person Nora Halvik, whose role is
"U.S. Trade Representative"; "the White House" and "USDA" name organisations; "a State Department
spokesman", "officials" and "the report" name nobody in particular: they are descriptions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from osceq.extract import function_words as fw
from osceq.extract import name_words as w
from osceq.extract.body_of_place import firm_of_place_before_role
from osceq.extract.mention_clauses import without_relative_clause
from osceq.extract.mention_descriptions import STOPS as _STOPS
from osceq.extract.mention_descriptions import description as _description
from osceq.extract.mention_descriptions import lower_first as _lower_first
from osceq.extract.mention_descriptions import participle as _participle
from osceq.extract.mention_descriptions import strip_dot as _strip_dot
from osceq.extract.mention_shapes import POSSESSIVE as _POSSESSIVE
from osceq.extract.mention_shapes import (
    body_after_names,
    people_after_names,
    plural_of_people,
    possessor_of_body,
    role_before_name,
    role_of_words,
    role_then_full_name,
    title_before_name,
    without_firm_parenthesis,
)
from osceq.extract.mention_words import (
    body_of_person,
    capital_plural,
    group_head,
    group_plural,
    joined_plural_possessives,
    numbered_name,
    office_before,
    ordinal_of_writing,
    owner_inside_words,
    owners_people,
    plural_agent,
)
from osceq.extract.name_lists import names_list
from osceq.extract.name_runs import ACRONYM as _ACRONYM
from osceq.extract.name_runs import describes, organisation_run, role_word, title_end
from osceq.extract.office_lists import office_list_commas, whole_listed_office, with_list_commas
from osceq.extract.owned_roles import owned_role_name_start, possessive_joint
from osceq.extract.post_nominals import without_post_nominals
from osceq.extract.preposition_names import preposition_in_name
from osceq.extract.role_joints import field_ending_office, field_past_role_joint
from osceq.extract.role_of_firm import (
    and_in_firm_after_role,
    described_then_person,
    person_after_role_of,
    second_role_after_and,
)
from osceq.extract.stopwords import STOPWORDS
from osceq.extract.text import repair_mojibake
from osceq.extract.verb_surnames import verb_surname
from osceq.extract.web_addresses import SITE
from osceq.extract.word_kinds import firm_role, name_word, participle_after_noun, person_noun, title_word
from osceq.extract.word_kinds import plural_head as _plural_head

PERSON = "person"
ORGANISATION = "organisation"
DESCRIPTION = "description"

# A web address ("Kestrel.com"), dotted acronyms and initials ("U.S.", "J.A."), words with the dot of an
# abbreviation ("Gov.", "M."), a number with its decimal point ("1.1"), or one punctuation character.
_TOKEN = re.compile(
    SITE + r"|\d+(?:[.,]\d+)+\b|(?:[^\W\d_]\.)+[^\W\d_]\b\.?|[^\W_](?:[\w’'\-]*[^\W_])?\.?|[^\w\s]"
)


# A wire's ticker between a firm's name and the lower-case rest of a description (`a Tarnco Ltd <TAR.T>
# spokesman`; not before a name: `Tarnco <TAR> treasurer Ann Lee` is read as before).
_TICKER_BEFORE_NOUN = re.compile(r"\s<[A-Z0-9.]+>(?=(?:\s+[a-z][\w\-]*)+\s*$)")


class Mention:
    """What a speaker mention names: the name (or the description as written), its role and kind.

    A plain class rather than a dataclass: creating a dataclass costs milliseconds at import, and
    this module is loaded by every query.
    """

    __slots__ = ("kind", "name", "role")

    def __init__(self, name: str, role: str | None, kind: str) -> None:
        self.name = name
        self.role = role
        self.kind = kind  # PERSON, ORGANISATION or DESCRIPTION

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mention):
            return NotImplemented
        return (self.name, self.role, self.kind) == (other.name, other.role, other.kind)

    def __hash__(self) -> int:
        return hash((self.name, self.role, self.kind))

    def __repr__(self) -> str:
        return f"Mention(name={self.name!r}, role={self.role!r}, kind={self.kind!r})"


@lru_cache(maxsize=16384)
def parse_mention(text: str) -> Mention:
    """Read a speaker mention: "Chancellor of the Exchequer Tomas Ebner" -> Tomas Ebner, role, person.

    A name garbled by a wrong decoding ("Ana PeÃ±a Ruiz") is read repaired.
    """
    text = _TICKER_BEFORE_NOUN.sub("", text) if "<" in text else text  # `a Tarnco <TAR.T> spokesman`
    tokens = without_firm_parenthesis(joined_plural_possessives(_TOKEN.findall(repair_mojibake(text))))
    tokens = without_relative_clause(tokens)
    if len(tokens) == 1 and tokens[0].lower() in w.PRONOUNS:
        return Mention(text.strip(), None, DESCRIPTION)
    surname = verb_surname(tokens)
    if surname is not None:
        return Mention(*surname, PERSON)  # `Tom Asked`, `Mr. Told`
    if preposition_in_name(tokens):
        return Mention(" ".join(tokens), None, ORGANISATION)  # `Doctors Without Borders`, one name
    if names_list(tokens):
        return Mention(" ".join(tokens).replace(" ,", ","), None, DESCRIPTION)  # all speak, none alone
    listed = office_list_commas(tokens)
    if listed:
        with_list = _with_listed_office(tokens, listed)
        if with_list.kind == PERSON and with_list.role and not with_list.role.endswith(" and"):
            return with_list  # `Minister of Trade, Industry and Energy Ann Lee`
    mention = _named_in_apposition(tokens) or _read(tokens)
    whole = (
        whole_listed_office(mention.name, tokens, listed) if listed and mention.kind == DESCRIPTION else None
    )
    if whole is not None:
        return Mention(whole, None, DESCRIPTION)
    if mention.kind == DESCRIPTION or (mention.kind == PERSON and _name_before_role(mention.name, tokens)):
        # "the bank's head of crude supply Gary Marsh": a full name ending a described role.
        k = role_then_full_name(tokens) or owned_role_name_start(tokens)
        if k is not None:
            return Mention(" ".join(tokens[k:]), role_of_words(tokens[:k]), PERSON)
    if mention.kind != DESCRIPTION and field_ending_office(tokens):
        return Mention(" ".join(tokens), None, DESCRIPTION)  # `the Secretary of Roads and Ports`
    mended = field_past_role_joint(mention.name, mention.role) if mention.kind == PERSON else None
    return Mention(*mended, PERSON) if mended else mention


def _with_listed_office(tokens: list[str], commas: list[int]) -> Mention:
    """The mention read without the commas that list an office's fields, shown with them back."""
    mention = parse_mention(" ".join(t for k, t in enumerate(tokens) if k not in commas))
    role = with_list_commas(mention.role, tokens, commas) if mention.role else None
    return Mention(with_list_commas(mention.name, tokens, commas), role, mention.kind)


def _name_before_role(name: str, tokens: list[str]) -> bool:
    """`Reno branch manager of Kestrel Ann Lee`: a one-word "name" read before lower-case words,
    where the mention ends on a full name; the full name after the role is then the person."""
    return " " not in name and len(tokens) > 3 and tokens[-1] != name and tokens[1].islower()


def _named_in_apposition(tokens: list[str]) -> Mention | None:
    """`Lee's son, Bo,`, `Lee's pollster, Ann Park,`: a possessive's person and the name set off
    after it are one person, the name shown and the description its role; with no single name
    after it (`Lee's biographers, Bo and Ann Park,`) the description alone."""
    comma = tokens.index(",") if "," in tokens else 0
    if comma == 0 or not (possessor_of_body(tokens[:comma]) or people_after_names(tokens[:comma])):
        return None
    described = _read(tokens[:comma])
    end = next((k for k in range(comma + 1, len(tokens)) if tokens[k] in _STOPS), len(tokens))
    if end == comma + 1 or any(t == "and" or not name_word(t) for t in tokens[comma + 1 : end]):
        return described
    named = _read(tokens[comma + 1 : end])
    if named.kind != PERSON or named.role:
        return described
    return Mention(named.name, described.name, PERSON)


def _read(tokens: list[str]) -> Mention:
    """parse_mention on the mention's tokens, before a full name after a long role is looked for."""
    joined = _joined(tokens)
    if joined is not None:
        return joined
    if body_after_names(tokens):
        return Mention(" ".join(tokens), None, ORGANISATION)
    if possessor_of_body(tokens) or people_after_names(tokens):
        shown = " ".join(_lower_first(tokens))  # "One of Lee's aides" opened a sentence
        return Mention(shown.replace(" ’ ", "’ ").replace(" ' ", "' "), None, DESCRIPTION)
    core = tokens[: _name_cut(tokens)]
    if owners_people(core, tokens):
        return Mention(_description(tokens), None, DESCRIPTION)  # "Pyle's defenders": people of Pyle's
    numbered = numbered_name(tokens, len(core))
    if numbered is not None:
        return Mention(numbered, None, ORGANISATION)
    if plural_of_people(tokens, len(core)) or group_plural(tokens):
        return Mention(" ".join([group_head(tokens), *tokens[1:]]), None, DESCRIPTION)
    if len(core) == 1 and len(tokens) > 1 and plural_agent(tokens[1]):
        return Mention(_description(tokens), None, DESCRIPTION)  # `Election monitors`: no one named
    if len(core) == 1 and _plural_head(core[0]) and len(tokens) > 2 and tokens[1] in fw.LINK_ADJECTIVES:
        return Mention(" ".join([tokens[0].lower(), *tokens[1:]]), None, DESCRIPTION)  # `People close to Bo`
    opener = bool(core) and (core[0].lower() in w.DESCRIPTION_OPENERS or core[0].lower() == "the")
    body = without_post_nominals(core[1:] if opener else core)
    # After "the", the head of the whole phrase decides: "the Fed's intervention" describes.
    head = tokens[_name_cut(tokens, after_name=False) - 1] if opener else ""
    if (
        not body
        or (opener and (core[0].lower() != "the" or not name_word(body[-1]) or not name_word(head)))
        or describes(body, opener)
    ):
        return Mention(_description(tokens), None, DESCRIPTION)  # "one", "a Fiat spokesman", "the report"
    if opener and len(body) == 1 and not title_word(body[0]):
        return Mention(_strip_dot(body[0]), None, ORGANISATION)  # "the Fed": a person takes no article
    if not name_word(body[-1]):
        # "Treasury officials", "OSCE summit": a description when it names a kind of person; else a
        # verb or an adverb crept in ("Smith met reporters") and the name is the capitalised start.
        if any(person_noun(t) for t in body):
            return Mention(_description(tokens), None, DESCRIPTION)
        start = next((k for k, t in enumerate(body) if name_word(t)), None)
        if start is None and len(core) < len(tokens) and body[0].lower() not in STOPWORDS:
            return Mention(_description(tokens), None, DESCRIPTION)  # "founder of the group"
        if start is None:
            return Mention(" ".join(body), None, PERSON)  # a query typed in lower case
        end = next((k for k in range(start, len(body)) if not name_word(body[k])), len(body))
        body = body[start:end]
    return _proper(body) or Mention(_description(tokens), None, DESCRIPTION)


def _joined(tokens: list[str]) -> Mention | None:
    """A mention joined by "and": two people together ("Ann Lee and Bo Park", shown as both and
    never as one of them alone), a company or an office whose name holds "and" before a role
    ("Lee and Co analyst Bo Park" is Bo Park), or a company ("Lee and Co Ltd"). None otherwise."""
    k = next((k for k, token in enumerate(tokens) if token == "and"), 0)
    if not 0 < k < len(tokens) - 1 or any(token in _STOPS for token in tokens[:k]):
        return None  # `Lee, a banker and …`: a list or an aside, read as before
    following = tokens[k + 1]
    if not (
        following[:1].isupper()
        or following[:1].isdigit()
        or following in w.SINGULAR_OPENERS
        or title_word(tokens[k - 1])  # `former Gov. and party chairman Ann Lee`: a role goes on
        or (
            person_noun(tokens[k - 1]) and tokens[-1][:1].isupper()
        )  # `delegate and buyer spokesman Ivo Marsh`
        or (person_noun(following) and tokens[-1][:1].isupper())  # `chairman Ivo Marsh and president Ann Lee`
    ):
        return None
    left_text = " ".join(tokens[:k])
    # An organisation's name is whole on both sides: "Civic Trust Savings and Loan Association"
    # has no role "Civic Trust" before a name "Savings".
    left_whole = " ".join(tokens[1:k] if tokens[0].lower() == "the" else tokens[:k])
    left, right = parse_mention(left_text), parse_mention(" ".join(tokens[k + 1 :]))
    left_named = left.kind == PERSON and left.name[:1].isupper() and not title_word(tokens[k - 1])
    if joint := possessive_joint(tokens, k, left.name, right):  # (`his deputy Bo`, `Bell and his lawyer Bo`)
        return Mention(joint[0], joint[1], PERSON if joint[1] else DESCRIPTION)
    if left.kind == ORGANISATION and following[:1].isupper() and right.kind != DESCRIPTION and not right.role:
        # "Ministry of Trade and Industry", "the Science and Technology Directorate"
        return Mention(f"{left_whole} and {right.name}", None, ORGANISATION)
    if left_named and left.role and right.kind == PERSON and right.role == following:
        return Mention(f"{left.name} and {right.name}", None, DESCRIPTION)  # each with a role: both
    if and_in_firm_after_role(tokens, k) or second_role_after_and(tokens, k):
        return Mention(" ".join(_lower_first(tokens)), None, DESCRIPTION)  # `the head of Lee and Reed`
    if (person_after_role_of(tokens, k) or described_then_person(tokens, k)) and (
        left.kind == DESCRIPTION and right.kind == PERSON
    ):  # `the mayor of Reno and Tom Reed`, `the mayor and Tom Reed`
        return Mention(f"{left.name} and {right.name}", None, DESCRIPTION)
    if "of" in tokens[:k]:
        return None  # `Bo Park of Lee and Co`: the firm's name, read as before
    if (
        left.kind == right.kind == DESCRIPTION
        and capital_plural(tokens[k - 1])
        and capital_plural(tokens[-1])
    ):
        return Mention(f"{left.name} and {right.name}", None, DESCRIPTION)  # "many Liberals and Greens"
    if (
        left.kind == right.kind == DESCRIPTION
        and tokens[0].lower() in w.SINGULAR_OPENERS
        and following in w.SINGULAR_OPENERS
    ):
        return Mention(f"{left.name} and {right.name}", None, DESCRIPTION)  # "the mayor and the governor"
    if right.kind == DESCRIPTION and left_named and following in w.SINGULAR_OPENERS:
        return Mention(f"{left.name} and {right.name}", None, DESCRIPTION)  # "Ann Lee and her husband"
    if right.kind == ORGANISATION and left_named:
        return Mention(f"{left_whole} and {right.name}", None, ORGANISATION)  # "Lee and Co Inc"
    if right.kind != PERSON or not right.name[:1].isupper():
        return None
    if right.role and (not left_named or firm_role(right.role, single=k == 1)):
        # "Lee and Co analyst Bo Park", "former Ohio Gov. and party chairman Bo Park": the words
        # before "and" begin the role.
        return Mention(right.name, f"{left_text} and {right.role}", PERSON)
    if left_named:
        return Mention(f"{left.name} and {right.name}", None, DESCRIPTION)
    return None


def _proper(body: list[str]) -> Mention | None:
    """A capitalised phrase: the trailing name run, less the titles and offices written before it.

    None when the phrase only describes a person by office ("the President of Kazakhstan").
    """
    start = len(body)
    while start > 0 and (
        name_word(body[start - 1])
        or body[start - 1].lower() in w.NAME_PARTICLES
        or owner_inside_words(body, start - 1)
    ):
        start -= 1
    prefix, run = body[:start], body[start:]
    cut = title_end(run)
    if cut and run[-1].lower() in w.TITLED_PLACE_ENDS and run[0].lower().rstrip(".") in w.PLACE_TITLES:
        return Mention(" ".join(run), None, ORGANISATION)  # `Prince Edward Island`: a place's name, no title
    if cut and organisation_run(run[cut:]):
        cut = 0  # "General Motors", "Foreign Ministry": the title word belongs to the organisation's name
    role_words, name_words = prefix + run[:cut], run[cut:]
    if role_words and (role_words[-1].lower() in ("of", "the") or role_words[-1] == "for") and not cut:
        # "The President of Kazakhstan" describes a person by office; "Bank of Canada" is a name.
        if any(title_word(t) or person_noun(t) for t in role_words):
            return None
        return Mention(" ".join(body), None, ORGANISATION)
    if organisation_run(name_words):
        return Mention(" ".join([*name_words[:-1], _strip_dot(name_words[-1])]), None, ORGANISATION)
    if name_words[-1][-2:] in ("’s", "'s") and organisation_run([*name_words[:-1], name_words[-1][:-2]]):
        # "Kestrel Corp's energy unit", "Chile's": an organisation or a place owns, never a he or she
        return Mention(" ".join([*name_words[:-1], name_words[-1][:-2]]), None, ORGANISATION)
    name = " ".join(name_words)
    name = _POSSESSIVE.sub("", name) if name_words[-1][-2:] in ("’s", "'s") else name
    # A sentence's full stop goes; the dot of "Jr." is part of the name, even where a tag's span left
    # it out ("Ann Lee Jr. said").
    if name_words[-1] in ("Jr", "Sr"):
        name += "."
    kept = _ACRONYM.match(name_words[-1]) or name_words[-1].lower() in w.GENERATIONS
    return Mention(name if kept else name.rstrip("."), role_of_words(role_words), PERSON)


def _name_cut(tokens: list[str], after_name: bool = True) -> int:
    """Where the head noun phrase of a mention ends: at punctuation, a clause or a post-modifier.

    With after_name, also at a lower-case word after a name that belongs to no title
    ("Smith met reporters"); without, such a word may be the head of the phrase ("the Fed's order").
    """
    for k, token in enumerate(tokens):
        if token in _STOPS:
            return k
        low = token.lower()
        if k == 0 or token != low:
            continue
        if token.isdigit() and name_word(tokens[k - 1]) and role_before_name(tokens, k + 1):
            continue  # "Keep Our Forge 2040 campaign director Ada Blom": a number inside a name
        if low == "of":
            if (
                title_word(tokens[k - 1])
                or tokens[k - 1].lower() in w.OFFICES
                or (tokens[k - 1].lower() in w.ORGANISATION_WORDS and not body_of_person(tokens, k))
            ):
                continue  # "Secretary of State", "Bank of Canada"
            if firm_of_place_before_role(tokens, k):
                continue  # "Kestrel Grant of Canada Ltd economist Ivo Marsh": "of" inside the firm's name
            return k
        if low == "for" and k + 1 < len(tokens) and tokens[k + 1][:1].isupper() and office_before(tokens, k):
            continue  # "Minister for Foreign Affairs", "Secretary of State for Health"
        if (
            low == "and"
            and k + 1 < len(tokens)
            and tokens[k + 1][:1].isupper()
            and (role_word(tokens[k - 1]) or "of" in tokens[:k])
        ):
            continue  # "Minister of Mines and Energy", "Securities and Exchange Commission"
        if low in w.NAME_BREAKS or _participle(tokens, k):
            return k
        if participle_after_noun(tokens[k - 1], tokens[k]):
            return k  # "a lawyer representing Ann Lee": the person after it is its object
        if low == "the" and tokens[k - 1].lower() == "of":
            continue  # "Chancellor of the Exchequer"
        if low in w.NAME_PARTICLES:
            continue  # "Barend du Plessis"
        if (
            after_name
            and (not role_word(token) or ordinal_of_writing(tokens, k))
            and any(name_word(t) for t in tokens[:k])
            and not role_before_name(tokens, k)
            and not title_before_name(tokens, k)  # "Kestrel industrial relations vice-president Ivo Marsh"
        ):
            return k
    return len(tokens)


def singular_person(name: str) -> bool:
    """Whether a description stands for one person ("a company spokeswoman"), who may be a "she" later."""
    mention = parse_mention(name)
    if mention.kind != DESCRIPTION:
        return False
    tokens = _TOKEN.findall(mention.name)
    # "a Northern water engineer", "one XKT grain broker": a capitalised modifier ends no phrase.
    core = tokens[: _name_cut(tokens, after_name=False)]
    if len(core) < 2 or core[0].lower() not in w.SINGULAR_OPENERS:
        return False
    head = core[-1].lower()
    return head in w.PERSON_NOUNS or head in w.TITLES or (head in w.TRADE_NOUNS and core[-1] == head)
