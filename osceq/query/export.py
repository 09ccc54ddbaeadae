"""Everything the index holds, as JSON-able records ready for a bulk load into a search engine."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

KINDS = ("article", "quote", "event")


def record_id(kind: str, item: dict[str, Any]) -> str:
    """A stable id: the document id for an article, document#q/e + offset for a quote or an event."""
    if kind == "article":
        return str(item["doc"])
    offset = item["start"] if kind == "quote" else item["expression"]["start"]
    return f"{item['doc']}#{kind[0]}{offset}"


def export_records(ix: Any, kinds: tuple[str, ...] = KINDS) -> Iterator[dict[str, Any]]:
    """Every article (with its text), quote and event in the index, each with its `record_type` and `id`."""
    with ix.searcher() as searcher:
        for _, stored in searcher.reader().iter_docs():
            kind = stored.get("kind")
            if kind not in kinds:
                continue
            item = dict(stored.get("record") or {})
            if kind == "article":
                item["text"] = stored.get("text", "")
            yield {"record_type": kind, "id": record_id(kind, item), **item}


def bulk_lines(records: Iterator[dict[str, Any]], prefix: str) -> Iterator[dict[str, Any]]:
    """Elasticsearch/OpenSearch `_bulk` pairs: an action line, then the document, per record."""
    for item in records:
        yield {"index": {"_index": f"{prefix}-{item['record_type']}s", "_id": item["id"]}}
        yield item
