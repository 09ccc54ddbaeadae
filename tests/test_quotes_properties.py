"""Property tests: the quote extractor never raises and its offsets are always valid."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from osceq.extract.layout import segment
from osceq.extract.quotes import extract_quotes
from osceq.models import Block

MARKS = "\"'“”‘’«»„‟‹›‚`―‖〝〞＂"
PIECES = [
    *MARKS,
    "''",
    "``",
    " ",
    "\n",
    "\n\n",
    "said",
    "he said",
    "Mara Quill",
    ",",
    ".",
    ":",
    "[sic]",
    "according to",
    "told",
    "—",
    "(",
    ")",
    "\x00",
    "\u202a",
    "Ab",
    "s",
    "’s",
    "We will win",
]
newsy = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)
any_text = st.text(max_size=400)


def check(text: str) -> None:
    quotes = extract_quotes(text)
    assert quotes == sorted(quotes, key=lambda q: (q.start, q.end))
    for quote in quotes:
        assert 0 <= quote.start < quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        assert quote.kind in ("direct", "partial")
        for span in (quote.mention, quote.cue):
            if span is not None:
                assert 0 <= span.start <= span.end <= len(text)
                assert text[span.start : span.end] == span.text
        assert 0.0 <= quote.confidence <= 1.0


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_random_text_never_raises(text: str) -> None:
    check(text)


@settings(max_examples=300, deadline=None)
@given(newsy)
def test_adversarial_quote_soup_never_raises(text: str) -> None:
    check(text)


@settings(max_examples=50, deadline=None)
@given(
    newsy, st.lists(st.tuples(st.integers(-5, 500), st.integers(-5, 500), st.sampled_from(["body", "title"])))
)
def test_foreign_blocks_never_raise(text: str, raw: list[tuple[int, int, str]]) -> None:
    blocks = [Block(a, b, role) for a, b, role in raw]
    for quote in extract_quotes(text, blocks):
        assert text[quote.start : quote.end] == quote.text


def test_megabyte_line_is_fast_and_safe() -> None:
    text = ('"a ' * 20000) + ("word " * 150000) + '" said Mara Quill. ' + ("’" * 5000)
    check(text)
    check("“" * 200000)
    check('He said "' + "x" * 1_000_000)


def test_segmented_article_with_every_mark() -> None:
    text = "Title\n\n" + "\n\n".join(f"{m}Quoted words here{m}, said Mara Quill." for m in MARKS)
    assert extract_quotes(text, segment(text)) == extract_quotes(text)
    check(text)
