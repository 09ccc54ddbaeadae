"""Photo captions that quote the person pictured (`Ann Lee: 'We just want him home' Photo: …`,
`Ann Lee outside the court: '…' (Image: …)`): the words after the name and the colon are that
person's. Captions are left out of the body, so they are read here alone, one at a time; a quote
the body reader gives a speaker of its own (`Ann Lee: '…,' her mother said`) keeps that speaker, and
so does one with a cue of its own in any caption (`"…," she said. (Image: …)`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from osceq.extract import function_words as fw
from osceq.extract import name_words as w
from osceq.extract.given_names import is_given_name
from osceq.extract.layout import ROLE_CAPTION
from osceq.extract.letter_cases import any_case_pattern
from osceq.extract.names import PERSON, parse_mention
from osceq.models import Block, Quote, Span

__all__ = ["caption_quotes"]

_QUOTE_MARKS = '"“”‘’'
# The evidence of a cue of the quote's own (a guess from around it reads the caption as a story).
_OWN_CUES = frozenset({"cue-after", "cue-before", "according-to"})

# A full name opening the caption, a short place phrase after it, then a colon and a quote mark.
_QUOTING_CAPTION = any_case_pattern(
    r"(?P<name>[A-Z][\w’'-]+(?:[ ][A-Z][\w’'-]+){1,3})"
    r"(?:,?[ ](?:outside|at|in|after|before|during|leaving|arriving[ ]at|speaking[ ]at|on)"
    r"[ ][^:\n]{1,60})?"
    r":[ ]?(?=[‘'\"“])"
)


def caption_quotes(
    text: str, blocks: Sequence[Block], read: Callable[[str, list[Block]], list[Quote]]
) -> list[Quote]:
    """The quotes of captions that open on a person's full name, a colon and a quote mark, each
    given to that person (read: the body reader, asked for one caption at a time)."""
    found = []
    for block in blocks:
        if block.role != ROLE_CAPTION:
            continue
        match = _QUOTING_CAPTION.match(text, block.start, block.end)
        if match is None or not _person(match.group("name")):
            found.extend(_tagged(text, block, read))
            continue
        for quote in read(text, [replace(block, role="body")]):
            if quote.speaker is not None:  # a tag of the caption's own names the speaker
                found.append(quote)
            elif quote.start - match.end() <= 1:  # the words right after the colon
                found.append(_given_to(quote, match))
    return found


def _tagged(text: str, block: Block, read: Callable[[str, list[Block]], list[Quote]]) -> list[Quote]:
    """The quotes of a caption that a cue of their own gives a named person (`Ann Lee holds her medal.
    "I never expected this," she said. (Image: …)`, or a paragraph of the story a credit was run
    into), as a body paragraph's would be; a caption's words of a person described only (`"Smile,"
    said the photographer.`) are the picture's, not the story's."""
    if not any(mark in text[block.start : block.end] for mark in _QUOTE_MARKS):
        return []  # (most captions quote nobody)
    quotes = read(text, [replace(block, role="body")])
    return [
        q
        for q in quotes
        if q.speaker
        and q.evidence in _OWN_CUES
        and parse_mention(q.speaker).kind == PERSON
        and _named_cue(q)
        and _known_person(q.speaker, text, block)
    ]


def _named_cue(quote: Quote) -> bool:
    """Whether the cue names the speaker in full (`said Ann Lee`): a he or she in a caption may be
    anyone pictured or beside the picture (`Gina Hale with her mother. "She was so brave," she
    said.` is the mother's), and a surname alone (`said Mrs. Hale`, `Lee said`) may be the mother's
    or the photographer's, so neither speaks for anyone."""
    mention = quote.mention.text if quote.mention else ""
    speaker = quote.speaker or ""
    if not mention[:1].isupper() or mention.lower() in fw.PRONOUN_GENDER:
        return False
    # The mention ends on the full name (`Lt. Col. Craig McNab`, not `Ana Lorne heard her coach`).
    return " " in speaker and mention.endswith(speaker)


def _known_person(speaker: str, text: str, block: Block) -> bool:
    """Whether the speaker's name opens on a given name or the story names them outside the caption
    (`said Bea Lorne` after `Bea Lorne won`; not `said Holy Trinity`): a caption repeats no doubtful
    reading."""
    if is_given_name(speaker.split()[0]):
        return True
    return speaker in text[: block.start] or speaker in text[block.end :]


def _person(name: str) -> bool:
    """Whether a caption's opening run is a person's full name (`Ann Lee`; not `Lee Holdings` nor a
    place named after a person, `Ann Lee Station`)."""
    words = name.split()
    if any(_place_or_body(word.lower()) for word in words[1:]):
        return False
    return is_given_name(words[0]) and parse_mention(name).kind == PERSON


def _place_or_body(low: str) -> bool:
    """Whether a lower-cased word makes a name a place's, a building's or a body's."""
    return low in w.PLACE_HEADS or low in w.ORGANISATION_WORDS or low in w.FIRM_ENDINGS or low in w.PLACES


def _given_to(quote: Quote, match: re.Match[str]) -> Quote:
    name = match.group("name")
    mention = Span(name, match.start("name"), match.end("name"))
    return replace(
        quote, speaker=name, mention=mention, evidence="label", confidence=max(quote.confidence, 0.9)
    )
