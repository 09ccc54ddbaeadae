"""Word-level tests the mention reader (`mentions`) makes: a plural joined to its possessive
apostrophe, a numbered name (`Article 33`), a plural of agents or of capitalised people, people of
a name's owner, a body "of" a person, an office before a word."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract import name_words as w
from osceq.extract.given_names import first_name_gender, is_given_name
from osceq.extract.group_plurals import GROUP_PLURALS
from osceq.extract.word_kinds import agent_noun, name_word, title_word
from osceq.extract.writing_words import OWNED_WRITINGS

# Ordinals that are also title words (`first deputy`), but count a person's writings (`first tweet`).
_ORDINALS = frozenset({"first", "second", "third"})

# The marks that end a mention's name (as mentions._STOPS).
_MARKS = frozenset(',;:()[]<>"“”‘’«»—–.')


def plural_agent(token: str) -> bool:
    """A lower-case plural of a noun for what people do ("monitors", "organizers"): with a capitalised
    word before it, a kind of people (`Election monitors said`), not a name and a stray verb."""
    return token.islower() and token.endswith("s") and agent_noun(token[:-1])


def group_plural(tokens: list[str]) -> bool:
    """`Voters`, `People close to Ann Lee`: a capitalised plural of people opening a mention, with no
    name word right after it, describes a group (the sentence's start gave it its capital)."""
    first = tokens[0] if tokens else ""
    follows = tokens[1] if len(tokens) > 1 else ""
    return first[1:].islower() and first.lower() in GROUP_PLURALS and not follows[:1].isupper()


def group_head(tokens: list[str]) -> str:
    """The first word of a group's mention in lower case (its capital is the sentence's), but as
    written before a preposition and a capitalised word: `Friends of the Earth`, `Witnesses for
    Peace` are a body's name."""
    after = tokens[3:4] if tokens[2:3] == ["the"] else tokens[2:3]
    # (not a person's: `Friends of Tom Bell` are his friends)
    body = after and after[0][:1].isupper() and not is_given_name(after[0]) and not title_word(after[0])
    named = len(tokens) > 1 and tokens[1] in fw.PREPOSITIONS and body
    return tokens[0] if named else tokens[0].lower()


def owners_people(core: list[str], tokens: list[str]) -> bool:
    """`Pyle's defenders`, `Ann Lee's admirers`: a name's possessive and one plural lower-case noun
    of an agent (in -ers or -ists) name people of the owner's, not the owner (`Lee's remarks` are
    Lee's, and are read so)."""
    if not core or len(tokens) != len(core) + 1 or not core[-1].endswith(("'s", "’s")):
        return False
    noun = tokens[-1]
    return noun.isalpha() and noun.islower() and noun.endswith(("ers", "ists"))


def ordinal_of_writing(tokens: list[str], k: int) -> bool:
    """`Lee's first tweet`: an ordinal after a possessive and before a writing counts the owner's
    writings; it is no title word, so the owner is the one who speaks through them."""
    return k > 0 and tokens[k - 1].endswith(("'s", "’s")) and counted_writing(tokens[k:])


def counted_writing(words: list[str]) -> bool:
    """Whether the words after a possessive open with an ordinal and a writing (`first tweet`)."""
    return len(words) > 1 and words[0] in _ORDINALS and words[1] in OWNED_WRITINGS


def capital_plural(word: str) -> bool:
    """A capitalised plural of people ("Liberals", "Greens"), as opposed to a name ("Lee")."""
    return (
        word[:1].isupper()
        and word[1:].islower()
        and word.endswith("s")
        and word.lower() in w.CAPITAL_DESCRIPTIONS
    )


def joined_plural_possessives(tokens: list[str]) -> list[str]:
    """Tokens with a plural possessive's lone apostrophe joined to its word when a name follows, or
    a noun after a common noun: "Kestrel Systems’ Ann Lee" reads like "Kestrel's Ann Lee", and "the
    nurses’ union" stays whole, not cut at a mark."""
    if "’" not in tokens and "'" not in tokens:
        return tokens
    joined: list[str] = []
    for k, token in enumerate(tokens):
        if (
            token in ("’", "'")
            and joined
            and joined[-1].endswith("s")
            and k + 1 < len(tokens)
            and (tokens[k + 1][:1].isupper() or tokens[k + 1].islower())
            and token not in tokens[:k]  # (a lone mark before it opens a quotation this one closes)
        ):
            joined[-1] += token
        else:
            joined.append(token)
    return joined


def numbered_name(tokens: list[str], cut: int) -> str | None:
    """`Article 33`, `Resolution 242 of the council`: a capitalised word and the number that names
    one of its kind, a document, a law or a flight, never a person; the number is kept."""
    if not 0 < cut < len(tokens) or not tokens[cut].isdigit() or not name_word(tokens[cut - 1]):
        return None
    if not all(name_word(t) and not _MARKS.intersection(t) for t in tokens[:cut]):
        return None
    if first_name_gender(" ".join(tokens[:cut])) is not None:
        return None  # "Ann Lee 45": a person, with an age or a score after
    return " ".join(tokens[: cut + 1])


def body_of_person(tokens: list[str], k: int) -> bool:
    """`the office of Governor Ann Lee`, `the campaign of Ann Lee`: a lower-case body "of" a person
    named to the mention's end; the body speaks, not the person."""
    after = tokens[k + 1 :]
    return (
        tokens[k - 1].islower()
        and len(after) >= 2
        and all(t[:1].isupper() for t in after)
        and (title_word(after[0]) or is_given_name(after[0]))
    )


def office_before(tokens: list[str], k: int) -> bool:
    """Whether the word before token k ends a title or an office ("Minister", "Secretary of State")."""
    previous = tokens[k - 1]
    return previous[:1].isupper() and (title_word(previous) or previous.lower() in w.OFFICES)


# Possessives written with a capital inside a group's name (`Save Our Harbor`, `Protect Your Vote`).
_NAME_POSSESSIVES = frozenset({"Our", "Your", "Their", "My"})


def owner_inside_words(words: list[str], k: int) -> bool:
    """Whether word k is a capitalised possessive between two words of a name (`Save Our Harbor`),
    which the name runs on across, also where it opens a sentence."""
    return (
        words[k] in _NAME_POSSESSIVES
        and 0 < k < len(words) - 1
        and name_word(words[k - 1])
        and name_word(words[k + 1])
    )
