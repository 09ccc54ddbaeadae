"""British and Commonwealth newspaper shapes and web-page debris (invented names and sentences)."""

from __future__ import annotations

from tests.quote_helpers import body


def test_double_marks_inside_single_marks_are_part_of_the_outer_quotation() -> None:
    text = (
        "The vicar spoke after the service. ‘My warden told me “the roof will hold”, and then it fell"
        " in on a Tuesday,’ said Elspeth Marrable."
    )
    quotes = body(text)
    assert [(q.text, q.speaker) for q in quotes] == [
        (
            "My warden told me “the roof will hold”, and then it fell in on a Tuesday,",
            "Elspeth Marrable",
        )
    ]

