"""The person a sentence's closing tag names (`…, said Ann Lee.`, `…, a spokesman said.`), for
`subjects.sentence_person`: reported speech names its speaker there, not in its subject."""

from __future__ import annotations

import re

from osceq.extract import function_words as fw
from osceq.extract import name_words
from osceq.extract import reporting as lex
from osceq.extract.attribution import Found
from osceq.extract.forward_phrases import np_forward
from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.names import PERSON, parse_mention, singular_person
from osceq.extract.particle_names import opens_with_particle
from osceq.extract.speech_tags import sentence_tag
from osceq.extract.tag_settings import listener_to_end, long_setting, quoted_as_saying_end
from osceq.extract.tokens import PRONOUN_SUBJECTS, Token, capitalised, phrase_text, setting_end, tokenize

PRONOUNS = frozenset(fw.PRONOUN_GENDER)
_TAG_REACH = 30  # tokens: a closing tag with an apposition after it (`…, said Ann Lee, a lawyer at …`)


def may_end_in_tag(tokens: list[Token]) -> bool:
    """A cheap test before parsing a closing tag: a reporting verb near the end, not beside a pronoun
    (`…, he said.` names nobody new)."""
    tail = tokens[-_TAG_REACH:]
    for k, token in enumerate(tail):
        if token.low in lex.REPORTING_FORMS:
            beside = (tail[k - 1].low if k else "", tail[k + 1].low if k + 1 < len(tail) else "")
            if not any(word in PRONOUNS for word in beside):
                return True
    return False


def inverted_tag(tokens: list[Token]) -> tuple[int, str] | None:
    """The name of a tag `…, said Ann Lee, a professor at …, who …` that a long aside keeps from the
    end of the sentence, where the closing-tag parser looks."""
    for k in range(1, len(tokens) - 1):
        if tokens[k - 1].text == "," and tokens[k].low in lex.REPORTING_FORMS and capitalised(tokens[k + 1]):
            found = np_forward(tokens, k + 1)
            if found is None or found[1] != "name" or found[0] >= len(tokens) or tokens[found[0]].text != ",":
                return None  # `…, said Varga was committed`: a clause goes on, this is no tag
            person = mention_person(phrase_text(tokens, k + 1, found[0]))
            return (tokens[k + 1].start, person) if person else None
    return None


def tag_speaker(text: str, start: int, end: int) -> tuple[int, str] | None:
    """The person a tag closing the sentence names (`…, said Ann Lee.`, `…, a spokesman said.`)."""
    found = sentence_tag(text, start, end)
    if found is None or found.kind not in ("name", "nominal") or mention_person(found.mention.text) is None:
        return _apposed_tag(text, start, end)
    if text.endswith(("the ", "The "), 0, found.mention.start):
        return None  # "…, the Reno Star reported.": a bare name after "the" is a paper, a firm, a place
    after = max(found.mention.end, found.cue.end)
    # `…, Lee was quoted as saying by the agency.`: the words after "as saying" are the setting.
    after = quoted_as_saying_end(text, found.cue.start, found.cue.end) or after
    rest = text[after:end].lstrip()
    if (
        rest[:1] not in ("", ".", ",", ";", "!", "?")
        and not _told_audience(found, rest)
        and not _setting(text, after, end)
        and not long_setting(text, after, end)
    ):
        return None  # `…, saying Varga was committed to it.`: a clause goes on, this is no tag
    person = mention_person(found.mention.text)
    return (found.mention.start, person) if person else None


# `…, Ann Lee, first vice president of Reno Bank[,] said.`: a name, its role, a reporting verb.
_APPOSED_TAG = any_case_pattern(
    r",\s+((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*[a-z][\w’'\-]*),\s+([^,;:\"“”()]{3,80}?),?\s+([a-z]+)\s*[.!?]?\s*$"
)


def _apposed_tag(text: str, start: int, end: int) -> tuple[int, str] | None:
    """The name of a closing tag with the name's role between it and the verb, the comma after the
    role often left out: `…, Ann Lee, first vice president of Reno Bank said.`"""
    match = _APPOSED_TAG.search(text, start, end) or _told_listener_tag(text, start, end)
    if match is None or match.group(3) not in lex.REPORTING_FORMS or match.group(3).endswith("ing"):
        return _role_then_name_tag(text, start, end)
    role = [word.lower() for word in match.group(2).split()]
    if match.group(2)[:1].isupper() and role[0] not in name_words.TITLES | name_words.TITLE_MODIFIERS:
        return None  # `…, Ann Lee, Reno Bank said`: a list of names, not a role
    if not any(word in name_words.TITLES or word in name_words.PERSON_NOUNS for word in role):
        return None  # `…, named Ann Lee, the company said`: the company speaks, about her
    named = parse_mention(match.group(1))
    return (match.start(1), named.name) if named.kind == PERSON and named.name == match.group(1) else None


# The same tag with "told" and its listener after the verb (`…, Ann Lee, head of the bank, told a
# seminar here.`).
_APPOSED_TELL_TAG = any_case_pattern(
    r",\s+((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*[a-z][\w’'\-]*),\s+([^,;:\"“”()]{3,80}?),?\s+(told)\s+([^,;:\"“”()]{2,60})$"
)


def _told_listener_tag(text: str, start: int, end: int) -> re.Match[str] | None:
    """An apposed tag whose verb "told" is followed by its listener to the sentence's end."""
    if text.find(" told ", start, end) < 0:
        return None  # (a cheap test before the pattern, which most sentences fail)
    match = _APPOSED_TELL_TAG.search(text, start, end)
    return match if match is not None and listener_to_end(text, match.start(4), end) else None


# `…, the president of the Reno exchange, Ann Lee, said.`: a role in lower case, the name set off by
# commas, a reporting verb.
_ROLE_THEN_NAME_TAG = any_case_pattern(
    r",\s+([a-z][^,;:\"“”()]{2,80}?),\s+((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*[a-z][\w’'\-]*),\s+([a-z]+)\s*[.!?]?\s*$"
)


def _role_then_name_tag(text: str, start: int, end: int) -> tuple[int, str] | None:
    """The name of a closing tag whose role comes first: `…, director-general of the institute, Ann
    Lee, said.`"""
    match = _ROLE_THEN_NAME_TAG.search(text, start, end)
    if match is None or match.group(3) not in lex.REPORTING_FORMS or match.group(3).endswith("ing"):
        return None
    role = [part.lower() for word in match.group(1).split() for part in word.split("-")]
    if not any(word in name_words.TITLES or word in name_words.PERSON_NOUNS for word in role):
        return None  # `…, in a speech, Ann Lee said`: no role, the name is the verb's subject
    named = parse_mention(match.group(2))
    return (match.start(2), named.name) if named.kind == PERSON and named.name == match.group(2) else None


def _told_audience(found: Found, rest: str) -> bool:
    """Whether a tag is its subject telling someone, and the sentence ends on who was told (`…, Ann
    Lee told reporters.`, `…, Lee told a news conference in Reno.`): the speaker is still the name."""
    if found.cue.text.lower() not in lex.TELL_FORMS or found.cue.start < found.mention.end:
        return False
    words = rest.rstrip(" .!?").split()
    return 0 < len(words) <= 8 and not any(word.lower() in lex.REPORTING_FORMS for word in words)


def _setting(text: str, start: int, end: int) -> bool:
    """Whether the sentence ends after the verb on where or when it was said (`…, Lee said in a
    speech.`, `…, Lee said on Monday at a news conference.`), with no clause of its own."""
    tokens = tokenize(text, start, end)
    stop = setting_end(tokens, 0)
    return (
        stop > 0
        and all(t.text in ".!?" for t in tokens[stop:])
        and not any(t.low in _CLAUSE_OPENERS for t in tokens[:stop])
    )


# Words that open a clause of their own: `…, Lee said in a speech that he gave twice.` goes on.
_CLAUSE_OPENERS = PRONOUN_SUBJECTS | {"it", "that", "whether", "if", "who", "which", "and", "but"}


def mention_person(mention: str) -> str | None:
    """The name of a person, or a description of one person ("a company spokesman"), in a mention."""
    named = parse_mention(mention)
    if named.kind == PERSON:
        if mention.lower().startswith("the ") and named.name == mention[4:]:
            return None  # "the Reno Star reported": a bare name after "the" is a paper, a firm, a place
        return named.name if named.name[:1].isupper() or opens_with_particle(named.name) else None
    return named.name if singular_person(named.name) else None
