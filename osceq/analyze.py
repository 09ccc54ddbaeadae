"""One pipeline: a document as read -> an article with its layout, date, quotes and dated events."""

from __future__ import annotations

import bisect
from typing import Any

from osceq.extract import dates, layout, quotes
from osceq.extract.text import sentences
from osceq.models import Article, Caption, Document, Event, Quote, Span, TimeExpression


def analyze(document: Document) -> Article:
    """Run every extractor over a document; a pure function of its text and metadata."""
    text = document.text
    metadata = layout.read_metadata(text)
    fields = {**metadata.fields, **document.meta}
    blocks = layout.segment(text, metadata, document.title)
    title = document.title or layout.title_of(text, blocks, metadata)
    article_date = dates.article_date(text, blocks, fields, document.date)
    found_quotes = tuple(quotes.extract_quotes(text, blocks))
    # An inferred date (the latest year the article names) is too weak to count "last year" from:
    # relative expressions are resolved only against a date the article states.
    anchor = article_date if article_date is not None and not article_date.inferred else None
    timexes = tuple(dates.extract_timexes(text, anchor, blocks))
    captions = tuple(
        Caption(text[b.start : b.end], b.start, b.end) for b in blocks if b.role == layout.ROLE_CAPTION
    )
    body = [b for b in blocks if b.role == layout.ROLE_BODY]
    return Article(
        id=document.id,
        path=document.path,
        title=title,
        text=text,
        date=article_date,
        blocks=blocks,
        quotes=found_quotes,
        timexes=timexes,
        events=_events(text, body, timexes, found_quotes),
        captions=captions,
        source=document.source or fields.get("source") or fields.get("publisher"),
        url=document.url or fields.get("url"),
    )


def _events(
    text: str, body: list[Any], timexes: tuple[TimeExpression, ...], found_quotes: tuple[Quote, ...]
) -> tuple[Event, ...]:
    """Dated mentions in the body: the DATE expressions that cover a calendar interval, each with
    the body sentence holding it (an expression in no body sentence is not an event)."""
    body = sorted(body, key=lambda block: block.start)  # blocks never overlap
    block_starts = [block.start for block in body]
    block_sentences: dict[int, tuple[list[tuple[int, int]], list[int]]] = {}  # split only where needed
    quotes_by_start = sorted(found_quotes, key=lambda q: q.start)  # quotes never overlap
    quote_starts = [q.start for q in quotes_by_start]
    events = []
    for timex in timexes:
        if timex.type != "DATE" or timex.first_day is None:
            continue
        place = bisect.bisect_right(block_starts, timex.start) - 1
        if place < 0 or body[place].end <= timex.start:
            continue
        if place not in block_sentences:
            spans = sentences(text, body[place].start, body[place].end)
            block_sentences[place] = spans, [a for a, _ in spans]
        spans, starts = block_sentences[place]
        index = bisect.bisect_right(starts, timex.start) - 1
        if index < 0 or spans[index][1] < timex.end:
            continue
        a, b = _clipped(text, *spans[index], timex.start, timex.end)
        around = bisect.bisect_right(quote_starts, timex.start) - 1
        quote = quotes_by_start[around] if around >= 0 else None
        speaker = quote.speaker if quote is not None and timex.end <= quote.end else None
        events.append(Event(timex, Span(text[a:b], a, b), speaker))
    return tuple(events)


# An event's sentence longer than this is damaged text (a table, a paragraph with no full stop):
# it is shown as the words around the date, and each event of it no longer holds a copy of it all.
_LONGEST_EVENT_SENTENCE = 600


def _clipped(text: str, start: int, end: int, date_start: int, date_end: int) -> tuple[int, int]:
    """The sentence start:end, or when too long, the whole words within reach of the date in it."""
    if end - start <= _LONGEST_EVENT_SENTENCE:
        return start, end
    reach = (_LONGEST_EVENT_SENTENCE - (date_end - date_start)) // 2
    left, right = max(start, date_start - reach), min(end, date_end + reach)
    if left > start:
        space = text.find(" ", left, date_start)
        left = space + 1 if space >= 0 else date_start
    if right < end:
        space = text.rfind(" ", date_end, right)
        right = space if space >= 0 else date_end
    return left, right


def stated_date_unread(document: Document, article: Article) -> bool:
    """Whether the document states its date in a form osceq cannot read (a JSON Lines `"date":
    "garbage"`, a `Date: soon` line, a web page's `<time datetime="2024-13-45">`), so that its date
    came from elsewhere in the text, or is none."""
    if document.date is not None:
        return article.date is None or article.date.source != "jsonl"
    if article.date is not None and article.date.source in ("metadata", "front-matter"):
        return False  # another metadata field (Published: …) gave it
    stated = document.meta.get("date") or layout.read_metadata(document.text).fields.get("date")
    if not stated:
        return False
    return dates.parse_date(stated) is None


def extract_record(document: Document) -> dict[str, Any]:
    """The `osceq extract` contract for one document: its date, quotes and time expressions."""
    article = analyze(document)
    return {
        "id": article.id,
        "date": article.date.value if article.date else None,
        "date_source": article.date.source if article.date else None,
        "title": article.title,
        "quotes": [quote.to_dict() for quote in article.quotes],
        "dates": [timex.to_dict() for timex in article.timexes],
    }


def extract_text(
    text: str, date: str | None = None, id: str = "", title: str | None = None
) -> dict[str, Any]:
    """The `osceq extract` record of one article given as plain values.

    A pure, picklable, module-level function of the text and its date, so a distributed engine
    (Spark, Dask, Ray, multiprocessing) can map it over an archive of any size.
    """
    return extract_record(Document(id=id, path="", text=text, title=title, date=date))
