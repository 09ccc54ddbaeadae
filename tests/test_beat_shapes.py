"""Attribution shapes found by the invented articles of other beats (eval/invented-beats: court,
local, business, sports and wire copy): invented names and sentences only."""

from __future__ import annotations

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


def test_an_abbreviated_naval_rank_is_a_title_before_the_name() -> None:
    text = (
        "The lighthouse reopened on Sunday.\n\n"
        "Lt. Cmdr. Oren Valsted, a retired diver who mapped the reef, said the lamp would stay dark. "
        '"Ships have charts now," he said.'
    )
    assert _speakers(text) == ["Oren Valsted"]
