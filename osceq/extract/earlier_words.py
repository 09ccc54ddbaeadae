"""Words someone said before, quoted inside another's report of them: `Lee recalled that Roe once
called the plan "a blank check"`, `a claim Roe called "a stall"`, `Lee noted that Roe had said in
2022 that "…"`. The quoted words are the inner speaker's (Roe), not the reporter's (Lee)."""

from __future__ import annotations

import re

from osceq.extract.attribution import Found
from osceq.extract.given_names import first_name_gender
from osceq.extract.letter_cases import any_case
from osceq.extract.names import PERSON, parse_mention
from osceq.models import Span

# A name of one to three capitalised words.
_NAME = any_case(r"[A-Z][\w’'\-]*[a-z](?:\s+[A-Z][\w’'\-]*[a-z]){0,2}")
# Words between the inner speaker and the verb: `had once`, `herself had`.
_HELPERS = r"(?:(?:had|has|have|once|also|previously|repeatedly|himself|herself|later|would)\s+)*"
# Verbs naming something in words the quote then gives (`called it "…"`, not `called for "…"`, nor
# the participle `calling`).
_NAMING = (
    r"(?:called|used\s+to\s+call|dubbed|labeled|labelled|termed|branded|described(?!\s+(?:himself|herself))"
    r"\b[^\"“”.;:]{0,60}?\bas)\b(?!\s+(?:on|for|in|up|upon|off|out|back|into)\b)"
)
# A verb of saying with its "that" (`had said during the campaign that`, `told the panel that`).
_SAYING_THAT = r"(?:said|told\b[^\"“”.;:]{1,40}?|wrote|declared|warned)\b[^\"“”.;:]{0,60}?\bthat"
# A saying verb counts only as what was said before (`had said`, `once told`): `Lee said Roe said
# that "…"` is Lee's report, often in Lee's words (`"his top priority was …"`).
_EARLIER = r"(?:had|has|once|previously)\s+"
_INNER_SPEAKER = re.compile(
    rf"(?<![\w’'.])(?P<who>{_NAME}|he|she|(?:his|her|their)\s+[a-z]+)\s+"
    rf"(?:{_HELPERS}{_NAMING}|{_EARLIER}{_HELPERS}{_SAYING_THAT})\b[^\"“”.;:]{{0,80}}?\s*$"
)
# Verbs that charge their object "of" something done (`accused Roe of calling it "…"`).
_CHARGING = r"(?:accuse|accuses|accused|accusing|suspect|suspects|suspected)"
_GENDER = {"he": "m", "she": "f"}
# Between the opening caller and the quote: a comma, a clause opener or a second naming verb starts
# another clause whose subject may have used the words (`Lee called a meeting, at which Reed termed
# the plan "…"`, `Lee called Reed a liar after Reed described it as "…"`).
_OTHER_CLAUSE = re.compile(
    r",|\b(?:who|whom|whose|which|where|after|before|when|while|because|since|until|as\s+soon)\b"
)
_NAMING_VERB = re.compile(r"\b(?:called|dubbed|labell?ed|termed|branded|described)\b")
# A relative named by kin (`his wife once called it "…"`): one person, shown as the description.
_KIN = re.compile(
    r"(?:his|her|their)\s+(?:wife|husband|mother|father|son|daughter|brother|sister|grandmother|grandfather)"
)


# The naming charged "of" up to a partial quote (`… of calling him "…"`), and the one or more names
# right before it (`accused Lee of lying and Roe of calling`, `accused Lee, Roe and Kay of calling`).
_CHARGED_TAIL = re.compile(
    rf"\bof\s+(?:having\s+{_NAMING}|(?:calling|dubbing|labell?ing|terming|branding)\b"
    r"(?!\s+(?:on|for|in|up|upon|off|out|back|into)\b))[^\"“”.;:]{0,80}?\s*$"
)
_CHARGED_NAMES = re.compile(rf"(?<![\w’'.])(?P<who>{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME}|{_NAME})\s+$")
_CHARGING_WORD = re.compile(rf"\b{_CHARGING}\b")
# `Lee, accused by Roe of calling …`: the passive names the accuser; the subject is the one charged.
_PASSIVE_AGENT = re.compile(r"\s+by\b")
# What may stand between the charging verb and the names charged: nothing, or an earlier charge of
# another named person (`accused Lee of lying and Roe of calling`); never `the wife of`, `supporters of`.
_CHARGED_OBJECT = re.compile(
    rf"\s+(?:{_NAME}\s+of\s+[^\"“”.;:,]*?\s+and\s+)?(?:[A-Z][a-z]{{1,5}}\.\s+|(?:Dr|Mr|Mrs|Ms|Sir|Dame)\s+)?"
)


def earlier_speaker(text: str, open_start: int, found: Found) -> Found | None:
    """The speaker of a partial quote after its cue's clause: an earlier speaker inside it, else the
    cue's; None when the words are charged to someone not read by name (never the accuser)."""
    tail = _CHARGED_TAIL.search(text, found.cue.start, open_start)
    charging = _CHARGING_WORD.search(text, found.cue.start, tail.start()) if tail is not None else None
    if tail is not None and charging is not None and not _PASSIVE_AGENT.match(text, charging.end()):
        names = _CHARGED_NAMES.search(text, found.cue.start, tail.start())
        if names is None and _reporter_charged(text, charging, tail.start(), found):
            return found  # `Ann Lee said Tom Reed accused her of calling him "…"`: Ann Lee's words
        if names is None or not _CHARGED_OBJECT.fullmatch(text, charging.end(), names.start("who")):
            return None  # `accused the wife of Tom Reed of calling …`: charged to someone not named
        return _charged(names, found)
    return _earlier(text, open_start, found) or found


# The one charged as a bare him/her (`accused her of calling`).
_CHARGED_PRONOUN = re.compile(r"\s+(him|her)\s+")


def _reporter_charged(text: str, charging: re.Match[str], tail: int, found: Found) -> bool:
    """Whether a him/her charged after the cue's own reporting verb is the cue's named subject, by
    the sex of the given name (`Ann Lee said Tom Reed accused her of calling him "…"`)."""
    pronoun = _CHARGED_PRONOUN.fullmatch(text, charging.end(), tail)
    if pronoun is None or found.kind != "name" or charging.start() < found.cue.end:
        return False
    return first_name_gender(found.mention.text) == ("f" if pronoun.group(1) == "her" else "m")


def _earlier(text: str, open_start: int, found: Found) -> Found | None:
    """The speaker of the clause right before a partial quote, when that clause has a speaking verb
    of its own after the sentence's cue (`X recalled that Y once called it "…"`): Y, a person by name,
    or a he/she of the other sex than the cue's pronoun (`He recalled that she once called it "…"`:
    with a name as the cue's subject, a she may be that person)."""
    start = max(found.cue.end, found.mention.end)
    if start >= open_start:
        return None
    inner = _INNER_SPEAKER.search(text, start, open_start)
    if inner is None:
        return None
    who = inner.group("who")
    mention = Span(who, inner.start("who"), inner.end("who"))
    gender = _GENDER.get(who)
    if gender is not None:
        cue_gender = _GENDER.get(found.mention.text.lower()) if found.kind == "pronoun" else None
        if cue_gender is None or cue_gender == gender:
            return None
        return Found(mention, found.cue, "pronoun", "owner")
    # The reporting subject stays a speaker for the he or she after it (`…, and he agreed`).
    reporter = found.mention if found.kind == "name" else None
    if _KIN.fullmatch(who):
        return Found(mention, found.cue, "nominal", "owner", reporter=reporter)
    if parse_mention(who).kind != PERSON:
        return None
    return Found(mention, found.cue, "name", "owner", reporter=reporter)


def _charged(charged: re.Match[str], found: Found) -> Found | None:
    """The person (or the two, shown together) charged with the naming, as the quote's speaker."""
    who = charged.group("who")
    mention = Span(who, charged.start("who"), charged.end("who"))
    reporter = found.mention if found.kind == "name" else None
    if " and " in who:
        return Found(mention, found.cue, "nominal", "owner", reporter=reporter)
    if parse_mention(who).kind != PERSON:
        return None
    return Found(mention, found.cue, "name", "owner", reporter=reporter)


def caller_before_tag(text: str, left: int, open_start: int, found: Found) -> Found | None:
    """The named subject opening the sentence (at left) of a partial quote when it is the one who
    called something the quoted words and another person's tag closes the sentence (`Lee called the
    plan "a farce," Reed said`): the words are Lee's, Reed reports them. None for any other shape,
    and for a tag by pronoun, which may be the caller again."""
    if found.evidence != "cue-after" or found.kind not in ("name", "nominal") or found.cue.start < open_start:
        return None
    inner = _INNER_SPEAKER.search(text, left, open_start)
    if inner is None or text[left : inner.start("who")].strip(" \"“”'‘’"):
        return None
    who = inner.group("who")
    if who in _GENDER or _KIN.fullmatch(who) or parse_mention(who).kind != PERSON:
        return None
    between = text[inner.end("who") : open_start]
    if _OTHER_CLAUSE.search(between) or len(_NAMING_VERB.findall(between)) > 1:
        return None
    if who.split()[-1] == found.mention.text.split()[-1]:
        return None  # the caller's own tag
    mention = Span(who, inner.start("who"), inner.end("who"))
    reporter = found.mention if found.kind == "name" else None
    return Found(mention, found.cue, "name", "owner", reporter=reporter)


# A restrictive who-clause on a common noun whose verb names something in the quote's words, up to
# the quote (`analysts who called the slump "…"`): the words are those others', no tag's speaker's.
_RELATIVE_CALLER = re.compile(rf"\b[a-z]+\s+who\s+{_HELPERS}{_NAMING}\b[^\"“”.;:]{{0,80}}?\s*$")


def named_by_others(text: str, left: int, open_start: int) -> bool:
    """Whether the words between a sentence's start (left) and a quote end on a restrictive who-clause
    of a common noun naming something in the quote (`Asked about analysts who dubbed it "…," Lee
    said`); not a name's aside with its comma (`Lee, who called it "…," said`)."""
    return _RELATIVE_CALLER.search(text, left, open_start) is not None
