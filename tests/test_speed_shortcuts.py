"""The shortcuts of the speed round give what the plain way gives (quote marks, lower-case copy)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from osceq.extract import lower_case
from osceq.extract.quotemarks import may_quote, pair_marks


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ('Ann Vell said "no" twice.', [(0, 25)], True),
        ("Bo Tarn’s plan failed in 1990's heat.", [(0, 37)], False),  # apostrophes inside words
        ("The players' union met.", [(0, 23)], True),  # no letter after: it may close
        ("Tarn said 'no' twice.", [(0, 21)], True),
        ("Ivo Marsh spoke. Nothing was quoted.", [(0, 36)], False),
        ('Ivo Marsh spoke. "Never," he said.', [(0, 16)], False),  # the mark lies outside the span
        ('Ivo Marsh spoke. "Never," he said.', [(0, 5), (16, 20)], True),
        ("It read ―Closed‖ all week.", [(0, 26)], True),
        ("So it ended.\n'Tis over.", [(13, 24)], True),  # a span's first mark: a letter only outside
        ("Lee said it''s so.", [(0, 18)], True),  # two marks together
        ("", [], False),
    ],
)
def test_may_quote(text: str, spans: list[tuple[int, int]], expected: bool) -> None:
    assert may_quote(text, spans) is expected


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab AB1.,'\"“”‘’`―‖-\n")), max_size=80), st.data())
def test_no_quoting_mark_no_pairs(text: str, data: st.DataObject) -> None:
    """A span (anywhere in a text) holding no mark that may quote has no quotation for pair_marks."""
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    end = data.draw(st.integers(min_value=start, max_value=len(text)))
    if not may_quote(text, [(start, end)]):
        assert pair_marks(text, start, end) == []


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.integers(min_value=0, max_value=60))
def test_mixed_line_is_a_search_for_a_small_letter(text: str, start: int) -> None:
    """A line holds a lower-case letter exactly when one of its characters is lower case."""
    start = min(start, len(text))
    stop = text.find("\n", start, len(text))
    line = text[start : len(text) if stop < 0 else stop]
    assert lower_case._mixed_line(text, start, len(text)) == any(c.islower() for c in line)


_FIRM_WORDS = ["Tarn", "Vell", "Glass", "Corp", "Inc.", "Group", "and", "Jane", "Tarnbank", "AG", "co"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_FIRM_WORDS), max_size=12).map(" ".join),
    st.sampled_from(["Tarn", "Tarn Vell", "Vell", "Glass"]),
)
def test_ending_after_is_the_search_for_name_and_ending(text: str, name: str) -> None:
    """The string scan for a name with a firm's ending after it finds what one search finds."""
    import re

    from osceq.extract import firm_names

    expected = re.search(r"\b" + re.escape(name) + firm_names._AFTER_NAME, text) is not None
    assert firm_names._ending_after(text, name) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Kestrel Glass Bottle Corp said", "Kestrel", True),
        ("Kestrel said", "Kestrel", False),
        ("AKestrel Corp said", "Kestrel", False),  # not at a word's start
        ("Kestrel left. Kestrel Marine Inc. rose", "Kestrel", True),  # its second occurrence
    ],
)
def test_ending_after(text: str, name: str, expected: bool) -> None:
    from osceq.extract import firm_names

    assert firm_names._ending_after(text, name) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Juan "Kiko" Arleth spoke.', ["Juan Arleth"]),
        ("Harold “Big Hal” Brannick spoke.", ["Harold Brannick"]),
        ("Juan Kiko Arleth spoke.", []),  # no mark: nothing, as the pattern finds
        ("Juan 'Kiko' Arleth spoke.", []),
    ],
)
def test_nicknamed_names(text: str, expected: list[str]) -> None:
    from osceq.extract.speaker_names import nicknamed_names

    assert nicknamed_names(text, 0, len(text)) == expected
