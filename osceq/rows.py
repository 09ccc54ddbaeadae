"""One analysed article -> the Whoosh documents that hold it (the article, its quotes, its events)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from osceq import records
from osceq.index import KIND_ARTICLE, KIND_EVENT, KIND_QUOTE, speaker_term, start_term
from osceq.models import Article


def _datetime(value: date | None) -> datetime | None:
    return datetime(value.year, value.month, value.day) if value else None


def _ordinal(value: date | None) -> int:
    return value.toordinal() if value else 0


def _interval(first: date | None, last: date | None) -> dict[str, Any]:
    return {"day": _ordinal(first), "day_end": _ordinal(last or first)}


def _periods(first: date, last: date) -> str:
    """The year, month and day an interval lies entirely within, as `periods` terms."""
    terms = []
    if first.year == last.year:
        terms.append(f"y{first.year:04d}")
        if first.month == last.month:
            terms.append(f"m{first.year:04d}-{first.month:02d}")
            if first == last:
                terms.append(f"d{first.isoformat()}")
    return " ".join(terms)


def article_rows(article: Article) -> list[dict[str, Any]]:
    """The Whoosh documents of one analysed article: the article, then its quotes and events."""
    first = article.date.first_day if article.date else None
    last = article.date.last_day if article.date else None
    speakers = sorted({q.speaker for q in article.quotes if q.speaker})
    names = sorted({n for q in article.quotes if q.speaker for n in (q.speaker, q.role, *q.aliases) if n})
    body_blocks = [b for b in article.blocks if b.role in ("body", "title", "heading")]
    rows: list[dict[str, Any]] = [
        _clean(
            kind=KIND_ARTICLE,
            doc=article.id,
            title=article.title,
            body="\n".join(article.text[b.start : b.end] for b in body_blocks),
            captions="\n".join(c.text for c in article.captions),
            speaker=" ".join(names),
            speaker_name=",".join(speaker_term(s) for s in speakers),
            date=_datetime(first),
            position=0,
            record=records.article_record(article),
            text=article.text,
            **_interval(first, last),
        )
    ]
    for quote in article.quotes:
        rows.append(
            _clean(
                kind=KIND_QUOTE,
                doc=article.id,
                body=quote.text,
                speaker=" ".join(filter(None, [quote.speaker, quote.role, *quote.aliases])),
                speaker_name=speaker_term(quote.speaker or ""),
                quote_kind=quote.kind,
                attributed="yes" if quote.speaker else "no",
                position=quote.start,
                record=records.quote_record(article, quote),
                **_interval(first, last),
            )
        )
    for event in article.events:
        first, last = event.timex.first_day, event.timex.last_day or event.timex.first_day
        rows.append(
            _clean(
                kind=KIND_EVENT,
                doc=article.id,
                starts=start_term(first) if first else None,
                periods=_periods(first, last) if first and last else None,
                speaker_name=speaker_term(event.speaker or ""),
                position=event.timex.start,
                record=records.event_record(article, event),
                **_interval(event.timex.first_day, event.timex.last_day),
            )
        )
    return rows


def _clean(**fields: Any) -> dict[str, Any]:
    """Drop empty values: Whoosh rejects None and indexes nothing useful from ''."""
    return {key: value for key, value in fields.items() if value not in (None, "")}
