"""Direct and partial quotations, and who said them (first cut: nearest `said X` / `X said`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from osceq.extract.layout import ROLE_BODY, segment
from osceq.models import Block, Quote, Span

_PAIRS = re.compile(r"“([^“”]{2,}?)”|\"([^\"\n]{2,}?)\"|«([^«»]{2,}?)»")
_SAID_AFTER = re.compile(r"^[\s,]*(said|says|added|stated)\s+((?:[A-Z][\w’'-]+\s?){1,3})")
_NAME_SAID = re.compile(r"^[\s,]*((?:[A-Z][\w’'-]+\s?){1,3}|he|she|they)\s+(said|says|added|stated)\b")


def extract_quotes(text: str, blocks: Sequence[Block] | None = None) -> list[Quote]:
    """Find quotes in the body paragraphs of text and attribute them to a speaker when a cue is near."""
    body = [b for b in (blocks if blocks is not None else segment(text)) if b.role == ROLE_BODY]
    result = []
    for block in body:
        for match in _PAIRS.finditer(text, block.start, block.end):
            group = next(i for i in (1, 2, 3) if match.group(i) is not None)
            start, end = match.start(group), match.end(group)
            after = text[match.end() : block.end]
            speaker = mention = cue = None
            said = _SAID_AFTER.match(after) or _NAME_SAID.match(after)
            if said:
                name_group = 2 if said.re is _SAID_AFTER else 1
                verb_group = 1 if name_group == 2 else 2
                offset = match.end()
                mention = Span(
                    said.group(name_group).strip(),
                    offset + said.start(name_group),
                    offset + said.start(name_group) + len(said.group(name_group).strip()),
                )
                cue = Span(said.group(verb_group), offset + said.start(verb_group), offset + said.end(verb_group))
                speaker = mention.text if mention.text[0].isupper() else None
            kind = "direct" if len(text[start:end].split()) > 6 else "partial"
            result.append(
                Quote(text[start:end], start, end, kind, speaker, mention, cue,
                      "cue" if speaker else "none", 0.5 if speaker else 0.0)
            )
    return result
