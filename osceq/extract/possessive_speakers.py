"""Speakers shown as written rather than as a person: a firm named in the possessive ("Moody's
said"), a body a possessive owns ("Kestrel's news agency said"), and a description's firm in wire
markup ("a spokesman for <Kestrel Ltd>")."""

from __future__ import annotations

import re

from osceq.extract import name_words
from osceq.extract import reporting as lex
from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.mention_words import counted_writing
from osceq.extract.stopwords import STOPWORDS
from osceq.models import Span

__all__ = ["bracketed_affiliation", "owned_body", "possessive_firm"]

# Capitalised words ending in a possessive, as a whole speaker mention ("Moody's", "Kestrel Bros'").
_POSSESSIVE_FIRM = any_case_pattern(r"(?:[A-Z][\w&.\-]*\s+){0,4}[A-Z][\w&.\-]*[’'](?:s\b)?")
# A possessive (a typed `"s` included) and what follows it: "Kestrel's" + "news agency".
_POSSESSIVE_AFTER = any_case_pattern(r"([’']s?|\"s)\s+(?=[a-z])")
_OWNER = any_case_pattern(r"((?:[A-Z][\w&.\-]*\s+){0,3}[A-Z][\w&.\-]*)([’']s?|\"s)\s+([a-z][a-z\s]*)")
_APOSTROPHE_S = {'"s': "'s"}  # a typed double mark for the apostrophe
_BODY_WORDS = name_words.ORGANISATION_WORDS | name_words.SPEAKS_FOR
_NEXT_WORD = any_case_pattern(r"\s+([a-z]+)\b")
# A present reporting form after an adverb or none, closing the tag (`Moody's also notes.`).
_PRESENT_TAG = any_case_pattern(r"\s+(?:(?:also|further|again|now|still)\s+)?([a-z]+s)\s*[.,;]")
_WORD_BEFORE = any_case_pattern(r"\b([a-z]+)\s+$")
_QUOTE_AFTER = re.compile(r"\s*[\"“‘]")


def owned_body(text: str, mention: Span) -> str | None:
    """`Kestrel's news agency said`, read as a name by its owner or cut at the possessive: the
    body speaks, not its owner, and is shown as written (a typed `"s` read as "'s")."""
    owner = _OWNER.fullmatch(mention.text)
    if owner is not None:
        owner_name, mark, words = owner.group(1), owner.group(2), owner.group(3).split()
        body_end = len(words)  # the whole rest is the body: "news agency", not "campaign is"
    else:
        after = _POSSESSIVE_AFTER.match(text, mention.end)
        if after is None:
            return None
        owner_name, mark = mention.text, after.group(1)
        words = text[after.end() : after.end() + 40].split()[:4]
        body_end = next((k for k, word in enumerate(words) if word not in _BODY_WORDS), len(words))
        # The body's noun ends the phrase: a verb or a name follows ("Marsh's press release" goes on).
        follower = words[body_end] if body_end < len(words) else ""
        if follower.isalpha() and follower.islower() and follower not in lex.REPORTING_FORMS:
            return None
    body = words[:body_end]
    if not 0 < len(body) <= 3 or body[-1] not in _BODY_WORDS or counted_writing(body):
        return None  # (`Lee's first post said`: the owner's own writing, no body of the owner's)
    if not all(word.isalpha() and word.islower() for word in body):
        return None
    if owner_name.split()[-1].lower() in STOPWORDS:
        return None  # "It's been", "That's": a contraction, not an owner
    return f"{owner_name}{_APOSTROPHE_S.get(mark, mark)} {' '.join(body)}"


def possessive_firm(text: str, mention: Span) -> bool:
    """`"…," Moody's said`, `said Moody's.`: a possessive owning nothing, the subject or the object
    of a reporting verb, is a firm's name, kept whole (`Lee's "…" remark` owns the remark)."""
    if not _POSSESSIVE_FIRM.fullmatch(mention.text.strip()) or _QUOTE_AFTER.match(text, mention.end):
        return False  # (`cited Lee's "…" remark`: a possessive before a quotation owns it)
    after = _NEXT_WORD.match(text, mention.end)
    before = _WORD_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    # A verb after it is one no noun is spelt as ("Lee's claim that" is a noun).
    verb = after.group(1) if after is not None else ""
    past = verb.endswith("ed") or verb in name_words.IRREGULAR_PAST or verb in ("said", "says", "told")
    present = _PRESENT_TAG.match(text, mention.end)
    if present is not None and present.group(1) in lex.REPORTING_FORMS:
        return True  # `"…," Moody's also notes.`: no noun owned ends the tag
    return (past and verb in lex.REPORTING_FORMS) or (
        before is not None and before.group(1) in lex.REPORTING_FORMS
    )


# A firm's name in angle brackets, as wire services mark it ("<Kestrel Ltd>"), with the preposition
# that ties it to a description when the mention stops before it. A ticker ("<KES.L>") has no
# lower-case letter and is not a name.
_BRACKETED = any_case_pattern(r"(\s+(?:at|for|of|with|from)\s+|\s*)<([A-Z][^<>\n]{0,60}[a-z][^<>\n]{0,60})>")
_AFFILIATING = frozenset(("at", "for", "of", "with", "from"))


def bracketed_affiliation(text: str, mention: Span, shown: str) -> str:
    """What a description's shown form goes on with when the mention stopped at a firm's name in
    markup: "a fund manager" + " at Kestrel Ltd", "a spokesman for" + " Kestrel Ltd"; else ""."""
    words = shown.split()
    if not words or not mention.text.rstrip().endswith(words[-1]):
        return ""  # the shown form was cut before the mention's end
    found = _BRACKETED.match(text, mention.end)
    if found is None:
        return ""
    ends_in_preposition = words[-1].lower() in _AFFILIATING
    preposition = found.group(1).strip()
    if ends_in_preposition == bool(preposition):
        return ""  # "a spokesman for at <…>", or a name right after "a fund manager"
    return f" {preposition} {found.group(2)}" if preposition else f" {found.group(2)}"
