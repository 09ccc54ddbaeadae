"""The tag that closes a sentence of reported speech with no quotation (`The plan failed, said Ann
Lee, an analyst.`), which names the speaker of a quote opening the next sentence."""

from __future__ import annotations

from osceq.extract.attribution import Found
from osceq.extract.speech_tags import sentence_tag


def closing_tag(text: str, start: int, end: int) -> Found | None:
    """`Most shares are held by firms, said Ann Lee, head of research. "…"`: the inverted tag that
    ends the sentence text[start:end] after a comma, read as a reporting cue of that sentence."""
    found = sentence_tag(text, start, end)
    if found is None or found.evidence != "tag":
        return None
    return Found(found.mention, found.cue, found.kind, "cue-after", found.role)
