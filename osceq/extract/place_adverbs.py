"""Adverbs of place that open a fronted phrase before the subject (`Back at her desk, though, she
…`, `Out in the yard, he …`): never a name, though capitalised at the sentence's start."""

from __future__ import annotations

FRONTED_PLACE_ADVERBS = frozenset(
    {"back", "out", "outside", "inside", "downstairs", "upstairs", "overseas", "abroad", "nearby"}
    | {"elsewhere", "offstage", "backstage", "downtown", "uptown", "indoors", "outdoors"}
)
