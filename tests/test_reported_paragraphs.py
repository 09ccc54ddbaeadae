"""A statement alone on its line after a paragraph of reported speech whose last sentence only goes
on with what was reported takes the speaker of the sentence before it (invented names and sentences
only)."""

from __future__ import annotations

from tests.quote_helpers import body


def test_statement_after_a_reported_paragraph_that_goes_on() -> None:
    text = (
        "Tarn finance minister Orvel Danmark said exports fell.\n"
        "He said prices of wool fell to half their 1984 levels. World prices of flax also fell.\n"
        '"There was also a decline in income from tourism and from workers abroad."\n'
        "He said more."
    )
    assert [q.speaker for q in body(text)] == ["Orvel Danmark"]


def test_a_last_sentence_naming_someone_else_passes_nothing_on() -> None:
    text = (
        "Tarn finance minister Orvel Danmark said exports fell.\n"
        "He said prices of wool fell to half their 1984 levels. Flax prices in Kestrel also fell.\n"
        '"There was also a decline in income from tourism and from workers abroad."\n'
        "He said more."
    )
    assert [q.speaker for q in body(text)] == [None]
