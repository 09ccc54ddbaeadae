"""How the quote evaluation shows one error: the quotation in its context, with the gold and
the emitted speaker mentions marked. Read by `quotes.py` for `--errors`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["describe", "describe_speaker", "in_context"]


def in_context(text: str, start: int, end: int, marks: Iterable[tuple[int, str]] = ()) -> str:
    left = max(0, start - 160)
    right = min(len(text), end + 120)
    pieces = sorted([(start, "⟦"), (end, "⟧"), *marks], reverse=True)
    snippet = text[left:right]
    for position, mark in pieces:
        if left <= position <= right:
            snippet = snippet[: position - left] + mark + snippet[position - left :]
    return " ".join(snippet.split())


def describe(label: str, text: str, quote: dict[str, Any], what: str) -> str:
    context = in_context(text, quote["start"], quote["end"])
    return f"[{label}] {what} {quote['kind']} speaker={quote.get('speaker')!r}: {context}"


def describe_speaker(label: str, text: str, gold: dict[str, Any], predicted: dict[str, Any]) -> str:
    marks = []
    if gold.get("speaker_start") is not None:
        marks += [(gold["speaker_start"], "«G:"), (gold["speaker_end"], "»")]
    mention = predicted.get("mention")
    if mention:
        marks += [(mention["start"], "«P:"), (mention["end"], "»")]
    cue = (predicted.get("cue") or {}).get("text")
    context = in_context(text, gold["start"], gold["end"], marks)
    return (
        f"[{label}] gold={gold.get('speaker')!r} emitted={predicted.get('speaker')!r} "
        f"({predicted.get('evidence')} cue={cue!r}): {context}"
    )
