"""A sentence subject the pronoun resolver cannot place: a lone capitalized word opening a sentence
before a verb in the past (`Varga openly admitted …`), never named in full in the article. When one
stands between a he or she and the person it would be given to, that person is a guess across
another subject, and the pronoun is better left without a name."""

from __future__ import annotations

from collections.abc import Container, Sequence

from osceq.extract import function_words as fw
from osceq.extract import name_words
from osceq.extract import unnamed_words as uw
from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.speaker_names import names_a_person
from osceq.extract.stopwords import STOPWORDS
from osceq.extract.tokens import Token

# A capitalized word opening a sentence or paragraph, then a verb in -ed, maybe after an adverb in
# -ly (`Varga openly admitted`, `Lee defied`).
_BARE_SUBJECT = any_case_pattern(
    r"(?:(?<=[.!?] )|(?<=[.!?][”\"] )|(?<=\n))([A-Z][a-z]+) (?:[a-z]+ly )?[a-z]+ed\b"
)


def unplaced_subject_between(
    text: str, start: int, end: int, lower_words: Container[str], people: dict[str, list[str]]
) -> bool:
    """Whether, with a paragraph break between start and end, a sentence of end's own paragraph
    opens on a lone capitalized word that is no function word, no plural (`Republicans voted`), no
    participle (`Citing …`), no word the article also writes in lower case and no known person."""
    paragraph = text.rfind("\n", start, end)
    if paragraph < 0:
        return False  # within one paragraph the named candidate is near enough
    for match in _BARE_SUBJECT.finditer(text, paragraph, end):
        word = match.group(1)
        low = word.lower()
        if (
            low in STOPWORDS
            or low in fw.NOT_NAME_WORDS
            or low in fw.INTRO_WORDS
            or low.endswith(("s", "ing"))
            or text[match.end() : match.end() + 1] in (".", "!", ";", ",")
        ):
            continue  # (`Silence followed.`, `Tension mounted.`: a verb with no object after a noun)
        # (split on any white space: at a paragraph's start the look-back holds its line break too)
        before = text[max(0, match.start() - 6) : match.start()].rstrip(" .").split()
        if before and before[-1] in name_words.ABBREVIATED_TITLES:
            continue  # `Mr. Lee signed`: the full stop is a title's, and Lee is named
        if low not in lower_words and not names_a_person(word, people):
            return True
    return False


_INDEFINITE = frozenset({"a", "an", "one"})
# The plain verbs of speech that make an unnamed subject the source of what follows.
_SPEAKING = frozenset({"said", "says", "told", "tells", "added", "recalled"})
_SPEAKER_REACH = 24  # tokens from the subject to its verb: `A patient who asked not to be named … said`


def _person_noun(word: str) -> bool:
    return word in uw.PLAIN_PERSONS or word in name_words.PERSON_NOUNS or word in name_words.TRADE_NOUNS


def _opens_clause(tokens: Sequence[Token]) -> bool:
    """Whether words between a subject and a verb of speech open another clause, whose own subject
    may be the speaker (`watched as the mayor told`, `was unconvinced when Lee told`); inside a
    relative clause, a clause that has a verb of its own ends before the speech (`A man who was hurt
    when the roof fell said`)."""
    relative = False
    for k, token in enumerate(tokens):
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        new_subject = after is not None and (after.text[:1].isupper() or after.low in uw.NEW_SUBJECT_OPENERS)
        if token.low in ("and", "but", "that") and new_subject:
            return True  # (`A man and his wife said`, `A man warned that the mayor told`)
        if token.low in fw.RELATIVES or token.low == "that":
            relative = True
        elif token.low in uw.CLAUSE_JOINS - {"and", "but"}:
            if token.low == "as" and k and tokens[k - 1].low in uw.ROLE_AS:
                continue  # `a man described as a witness`
            if not (relative and any(_verb_like(t.low) for t in tokens[k + 1 :])):
                return True
    return False


def _verb_like(word: str) -> bool:
    return word.endswith("ed") or word in name_words.IRREGULAR_PAST or word in fw.MODALS


def _own_speech(tokens: Sequence[Token], noun: int, verb: int) -> bool:
    """Whether the verb of speech at verb is the subject's own (`A pensioner who lives nearby said`,
    `One resident, who asked not to be named, told`), not another clause's (`A shopkeeper watched as
    the mayor told …`) nor a closing tag's with its own subject (`A motorist was fined, police said`)."""
    if tokens[verb - 1].low in fw.PRONOUN_GENDER or tokens[verb - 1].low in fw.PASSIVE_AUXILIARIES:
        return False  # `A neighbor, she said, …`: hers; `A man was told to leave`: not his speech
    between = tokens[noun + 1 : verb]
    commas = [k for k, token in enumerate(between) if token.text == ","]
    head = between[: commas[0]] if commas else between
    tail = between[commas[-1] + 1 :] if commas else []
    adverbs = all(t.low in uw.TAG_ADVERBS or t.low.endswith("ly") for t in tail)
    if tail and tail[0].low not in fw.RELATIVES and not adverbs:
        return False  # `…, his union said`: the tag's subject speaks
    return not (_opens_clause(head) or _opens_clause(tail))


def unnamed_reporter(tokens: Sequence[Token], first: int) -> bool:
    """Whether a sentence opens on someone unnamed who speaks (`A patient who asked not to be named
    said …`, `One neighbor told …`): a he or she after it is that someone, whom no earlier name fits.
    Not `A comic tone, she said, …`: the noun names a person, and the verb is not a pronoun's."""
    first = past_join(tokens, first)  # `But one nurse, who asked not to be named, said`
    if first + 2 >= len(tokens) or tokens[first].low not in _INDEFINITE:
        return False
    if _person_noun(tokens[first + 1].text):
        noun = first + 1
    elif _person_noun(tokens[first + 2].text):
        noun = first + 2  # (the noun after one adjective: `a former employee`)
    else:
        return False
    # (every verb of speech in reach: `A shopkeeper, angry that the mayor told them to leave, said`
    # speaks by the later one)
    return any(
        tokens[verb].low in _SPEAKING and _own_speech(tokens, noun, verb)
        for verb in range(first + 2, min(len(tokens), first + 2 + _SPEAKER_REACH))
    )


def past_join(tokens: Sequence[Token], first: int) -> int:
    """Where an unnamed reporter's description opens: after a joining word (`But one nurse said`)."""
    return first + 1 if first + 3 < len(tokens) and tokens[first].low in uw.JOINS else first


def unnamed_reporter_description(tokens: Sequence[Token], first: int) -> str | None:
    """The description an unnamed reporter opens on (`One member, described as …, said`: "one
    member"; `A Wall Street arbitrageur, who …, said`: "a Wall Street arbitrageur"), up to its noun
    for a person, its opener in lower case; None when no such noun ends it within two words."""
    if not unnamed_reporter(tokens, first):
        return None
    first = past_join(tokens, first)
    noun = first + 1 if _person_noun(tokens[first + 1].text) else first + 2
    if not tokens[noun].text.islower() or any(not t.text[:1].isalpha() for t in tokens[first : noun + 1]):
        return None
    words = [tokens[first].low, *(t.text for t in tokens[first + 1 : noun + 1])]
    return " ".join(words)
