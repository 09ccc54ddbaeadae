"""The whole pipeline never raises and keeps every offset inside the text, whatever the text."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from osceq.analyze import analyze
from osceq.extract.layout import read_metadata, segment
from osceq.extract.text import paragraphs, sentences
from osceq.models import Document

QUOTE_CHARACTERS = "\"'“”‘’«»„‟‹›「」『』〝〞＂―‖`"
PIECES = st.one_of(
    st.text(max_size=40),
    st.sampled_from(list(QUOTE_CHARACTERS)),
    st.sampled_from(["\n", "\n\n", "\r\n", "\t", "\x00", "\x0b", "\u2028", " \u00a0 "]),
    st.sampled_from(
        [
            "said Ann Lee",
            ", she said.",
            "Date: 2020-01-02",
            " date 2021-05-06 ",
            "---\n",
            "Title: x\n",
            "Photo credit: AP",
            "Sign up now!",
            "On June 10,",
            "last year",
            "December 1-2, 2010",
            "1. Ref // Journal. 2009. P. 3.",
            "ASTANA – ",
            "SALVADOR, Feb 26 - ",
            "[sic]",
            "According to him,",
        ]
    ),
)
ARTICLES = st.lists(PIECES, max_size=60).map("".join)


def _check(text: str, start: int, end: int, inner: str | None = None) -> None:
    assert 0 <= start <= end <= len(text)
    if inner is not None:
        assert text[start:end] == inner


@settings(max_examples=300, deadline=None)
@given(ARTICLES, st.sampled_from([None, "2020-01-02", "1999", "2025-06"]))
def test_analyze_never_raises_and_offsets_stay_inside(text: str, date: str | None) -> None:
    article = analyze(Document(id="x", path="x", text=text, date=date))
    for block in article.blocks:
        _check(text, block.start, block.end)
    for quote in article.quotes:
        _check(text, quote.start, quote.end, quote.text)
        for span in (quote.mention, quote.cue):
            if span is not None:
                _check(text, span.start, span.end, span.text)
    for timex in article.timexes:
        _check(text, timex.start, timex.end, timex.text)
    for event in article.events:
        _check(text, event.sentence.start, event.sentence.end, event.sentence.text)
    for caption in article.captions:
        _check(text, caption.start, caption.end, caption.text)


@settings(max_examples=300, deadline=None)
@given(ARTICLES)
def test_layout_blocks_are_ordered_and_do_not_overlap(text: str) -> None:
    blocks = segment(text, read_metadata(text))
    for before, after in itertools.pairwise(blocks):
        assert before.end <= after.start
    for start, end in paragraphs(text):
        assert text[start:end].strip() == text[start:end] and end > start
        for a, b in sentences(text, start, end):
            assert start <= a < b <= end


def test_a_huge_single_line_is_analysed_with_valid_offsets() -> None:
    # One 300 kB paragraph with hundreds of quotes and dates (its speed is measured in bench/).
    line = ('He said "yes" and she said “no” in 2010, last year. ' * 6000)[:300_000]
    article = analyze(Document(id="big", path="big", text=line))
    assert len(article.quotes) > 1000
    assert all(line[q.start : q.end] == q.text for q in article.quotes)
    assert all(line[t.start : t.end] == t.text for t in article.timexes)


def test_an_event_in_an_endless_sentence_shows_the_words_around_its_date() -> None:
    filler = "and the shipments grew again " * 100
    text = f"Title\n\n{filler}in March 2021 {filler}with no full stop at all"
    article = analyze(Document(id="long", path="long", text=text, date="2021-06-01"))
    (event,) = article.events
    sentence = event.sentence
    assert text[sentence.start : sentence.end] == sentence.text
    assert sentence.start <= event.timex.start < event.timex.end <= sentence.end
    # Whole words, as many as fit in 600 characters, as many on each side of the date: each side
    # falls short of its half by less than the longest filler word and its space (10 characters).
    assert text[sentence.start - 1] == " " and text[sentence.end] == " "
    half = (600 - (event.timex.end - event.timex.start)) // 2
    assert half - 10 < event.timex.start - sentence.start <= half
    assert half - 10 < sentence.end - event.timex.end <= half
