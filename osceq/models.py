"""The records osceq passes between its layers; each `to_dict()` is the JSON contract."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of an article's text located by Python string offsets."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-like region of an article and what it is (body, caption, boilerplate...)."""

    start: int
    end: int
    role: str  # one of the ROLE_* names in osceq.extract.layout


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted passage (offsets exclude the quote marks) and who said it, with the evidence."""

    text: str
    start: int
    end: int
    kind: str  # "direct" (a full statement) or "partial" (a fragment inside reported speech)
    speaker: str | None = None  # canonical name within the article; None when unattributed
    mention: Span | None = None  # the mention the attribution rests on, as written ("she", "Valtonen")
    cue: Span | None = None  # the reporting verb or phrase ("said", "according to")
    evidence: str = "none"  # how the speaker was found, e.g. "cue", "pronoun", "carry-over"
    confidence: float = 0.0
    role: str | None = None  # the speaker's description from an apposition, when one was seen
    aliases: tuple[str, ...] = ()  # other names of the speaker seen in the article

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "speaker": self.speaker,
            "mention": self.mention.to_dict() if self.mention else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "evidence": self.evidence,
            "confidence": round(self.confidence, 3),
            "role": self.role,
        }


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A temporal expression normalised to a TimeML TIMEX3 type and value.

    `first_day`/`last_day` give the calendar interval a DATE covers (inclusive), so that `2010`
    sorts and filters against `2010-12-02`; they are None for durations, sets and vague references.
    """

    text: str
    start: int
    end: int
    type: str  # DATE, TIME, DURATION or SET
    value: str  # TIMEX3 value: 2025-06-10, 1999-01, 2010, 199X, 2025-Q2, P2W, PRESENT_REF ...
    first_day: date | None = None
    last_day: date | None = None
    granularity: str = "none"  # day, week, month, quarter, season, year, decade, century, time, none

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "value": self.value,
            "first_day": self.first_day.isoformat() if self.first_day else None,
            "last_day": self.last_day.isoformat() if self.last_day else None,
            "granularity": self.granularity,
        }


@dataclass(frozen=True, slots=True)
class ArticleDate:
    """The date an article was written, the anchor of its relative dates, and where it came from."""

    value: str  # TIMEX3 value; only as precise as the evidence (an inferred date never invents a day)
    first_day: date
    last_day: date
    source: str  # "metadata", "front-matter", "jsonl", "dateline", "inferred" ...
    inferred: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "first_day": self.first_day.isoformat(),
            "last_day": self.last_day.isoformat(),
            "source": self.source,
            "inferred": self.inferred,
        }


@dataclass(frozen=True, slots=True)
class Document:
    """A document as read from the corpus, before analysis."""

    id: str
    path: str
    text: str
    title: str | None = None
    date: str | None = None  # the date as the metadata wrote it, unparsed
    source: str | None = None
    url: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Event:
    """A dated mention in an article's body: the time expression and the sentence around it."""

    timex: TimeExpression
    sentence: Span
    speaker: str | None = None  # set when the mention sits inside a quote


@dataclass(frozen=True, slots=True)
class Caption:
    """A photo caption: searchable, but never a source of quotes or events."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    """A document after analysis: its layout, date, quotes and dated events."""

    id: str
    path: str
    title: str
    text: str
    date: ArticleDate | None
    blocks: tuple[Block, ...]
    quotes: tuple[Quote, ...]
    timexes: tuple[TimeExpression, ...]
    events: tuple[Event, ...]
    captions: tuple[Caption, ...]
    source: str | None = None
    url: str | None = None
