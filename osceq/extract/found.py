"""What a reader of attribution finds for a quotation: the speaker's mention and the cue that ties
it to the quote (shared by every reader; `attribution` re-exports it)."""

from __future__ import annotations

from dataclasses import dataclass

from osceq.models import Span


@dataclass(frozen=True, slots=True)
class Found:
    """A speaker mention and the cue that ties it to a quote."""

    mention: Span
    cue: Span
    kind: str  # "name", "pronoun", "relative", "nominal" or "list" (of names, shown whole)
    evidence: str  # "cue-after", "cue-before", "according-to", "subject", "colon", "label", "tag", …
    role: str | None = None
    # A person who reports the words of the one found (`Lee said his mother once called it "…"`).
    reporter: Span | None = None
