"""Long settings after a closing tag's verb (`…, Lee said in a speech prepared for delivery to
bankers.`) and the passive `was quoted as saying`: the tag still names its speaker, who is then the
"he" or "she" of the next quote."""

from __future__ import annotations

from osceq.extract import function_words as fw
from osceq.extract import reporting as lex
from osceq.extract.name_words import IRREGULAR_PAST
from osceq.extract.tokens import PRONOUN_SUBJECTS, Token, is_word, past_verb, tokenize

# How many tokens a long setting may run to the sentence's end.
_SETTING_REACH = 18
# How many tokens the listener after "told" may run to the sentence's end.
_LISTENER_REACH = 8
# Words that open a clause of its own, which a setting never holds.
_CLAUSE_WORDS = PRONOUN_SUBJECTS | fw.RELATIVES | {"it", "that", "whether", "if", "and", "but", "saying"}
# Prepositions the shared list leaves out, as they also open a clause or an agent.
_OTHER_PREPOSITIONS = frozenset(["to", "by"])
# Words after "to" that make it a preposition (`delivery to all staff`), not an infinitive's.
_AFTER_PREPOSITION_TO = fw.DETERMINERS | {"all", "its", "his", "her", "their", "about"}
# Nouns of a talk given to an audience, after which "to" names the audience (`a speech to
# management trainees`), never an infinitive.
_TALK_NOUNS = frozenset(["speech", "address", "remarks", "talk", "lecture", "presentation", "testimony"])


def long_setting(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], after a tag's verb, is a setting to the sentence's end: a
    preposition and a phrase that a participle may complete (`in a speech prepared for delivery to
    Reno bankers`, `in a letter sent to all staff on Friday`), with no clause of its own."""
    tokens, stop = _to_sentence_end(text, start, end, _SETTING_REACH)
    if stop == 0:
        return False
    opener = tokens[0].low in fw.PREPOSITIONS or tokens[0].low in _OTHER_PREPOSITIONS
    if not opener or not tokens[0].text.islower():
        return False
    return all(_setting_word(tokens, k, stop) for k in range(stop) if k or tokens[0].low == "to")


def _to_sentence_end(text: str, start: int, end: int, reach: int) -> tuple[list[Token], int]:
    """The tokens of text[start:end] and how many come before its closing full stop; 0 when there
    are none, more than `reach`, or more than one mark after them (the sentence goes on)."""
    tokens = tokenize(text, start, end)
    stop = len(tokens)
    while stop > 0 and tokens[stop - 1].text in ".!?":
        stop -= 1
    return tokens, (0 if stop > reach or stop < len(tokens) - 1 else stop)


def _setting_word(tokens: list[Token], k: int, stop: int) -> bool:
    token = tokens[k]
    if _plural_possessive(tokens, k, stop):
        return True  # `in a speech to a bankers' meeting`
    if not is_word(token) or token.low in _CLAUSE_WORDS or token.text in fw.MODALS:
        return False
    if token.low in lex.REPORTING_FORMS and token.text.islower():
        return False
    following = tokens[k + 1] if k + 1 < stop else None
    if token.low == "to":
        return following is not None and (
            following.text[:1].isupper()
            or following.low in _AFTER_PREPOSITION_TO
            or (k > 0 and tokens[k - 1].low in _TALK_NOUNS)
        )
    if past_verb(token) or (token.low in IRREGULAR_PAST and token.text.islower()):
        # A participle completing the noun before it (`a speech prepared for …`, `a letter sent to`).
        before = tokens[k - 1]
        return (
            following is not None
            and (following.low in fw.PREPOSITIONS or following.low in _OTHER_PREPOSITIONS)
            and before.text.isalpha()
            and before.text.islower()
            and before.low not in fw.PREPOSITIONS
            and before.low not in fw.DETERMINERS
        )
    return True


def listener_to_end(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], after "told", is who was told and nothing more (`reporters.`, `a
    meeting of bankers in Reno.`): a few words, no clause word, no verb."""
    tokens, stop = _to_sentence_end(text, start, end, _LISTENER_REACH)
    if stop == 0:
        return False
    return all(_plural_possessive(tokens, k, stop) or _listener_word(t) for k, t in enumerate(tokens[:stop]))


def _listener_word(token: Token) -> bool:
    """A word of who was told: no clause word, no verb."""
    return (
        is_word(token)
        and token.low not in _CLAUSE_WORDS
        and token.low not in lex.REPORTING_FORMS
        and not past_verb(token)
    )


def _plural_possessive(tokens: list[Token], k: int, stop: int) -> bool:
    """Whether token k is the apostrophe of a plural possessive inside the phrase (`a bankers'
    conference`), no quotation mark."""
    return (
        tokens[k].text in ("'", "’")
        and 0 < k < stop - 1
        and tokens[k - 1].low.endswith("s")
        and is_word(tokens[k - 1])
        and is_word(tokens[k + 1])
        and tokens[k - 1].end == tokens[k].start
    )


def quoted_as_saying_end(text: str, cue_start: int, cue_end: int) -> int | None:
    """The end of `as saying` after a passive `was quoted` (`Lee was quoted as saying by the
    agency.`): the words after it are the tag's setting; None for any other cue."""
    if text[cue_start:cue_end] != "quoted":
        return None
    before = text[max(0, cue_start - 12) : cue_start].split()
    if not before or before[-1] not in ("was", "is", "were", "been"):
        return None
    rest = text[cue_end : cue_end + 12]
    stripped = rest.lstrip()
    if not stripped.startswith("as saying"):
        return None
    return cue_end + (len(rest) - len(stripped)) + len("as saying")
