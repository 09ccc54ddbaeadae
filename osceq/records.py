"""The JSON shape of each result (article, quote, event), each carrying its provenance."""

from __future__ import annotations

from typing import Any

from osceq.models import Article, Event, Quote


def provenance(article: Article) -> dict[str, Any]:
    """Where a record comes from: document id, path, title and the article's date."""
    return {
        "doc": article.id,
        "path": article.path,
        "title": article.title,
        "date": article.date.value if article.date else None,
    }


def article_record(article: Article) -> dict[str, Any]:
    """An article as search returns it (without its text)."""
    return {
        **provenance(article),
        "date_source": article.date.source if article.date else None,
        "date_inferred": article.date.inferred if article.date else False,
        "source": article.source,
        "url": article.url,
        "speakers": sorted({q.speaker for q in article.quotes if q.speaker}),
        "quotes": len(article.quotes),
        "events": len(article.events),
        "captions": [{"text": c.text, "start": c.start, "end": c.end} for c in article.captions],
    }


def quote_record(article: Article, quote: Quote) -> dict[str, Any]:
    """A quote with its speaker, evidence and provenance."""
    return {**provenance(article), **quote.to_dict()}


def event_record(article: Article, event: Event) -> dict[str, Any]:
    """A dated mention: its normalised value and interval, the sentence, and provenance."""
    timex = event.timex
    return {
        **provenance(article),
        "value": timex.value,
        "type": timex.type,
        "granularity": timex.granularity,
        "first_day": timex.first_day.isoformat() if timex.first_day else None,
        "last_day": timex.last_day.isoformat() if timex.last_day else None,
        "expression": {"text": timex.text, "start": timex.start, "end": timex.end},
        "sentence": event.sentence.to_dict(),
        "speaker": event.speaker,
    }
