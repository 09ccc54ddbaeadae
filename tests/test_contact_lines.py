"""A line of web copy telling the reader how to reach someone (`Contact Tom Vell at tvell@example.com`)
opens on a verb that is no part of the name: no "Contact Tom Vell" is ever shown (invented names
and addresses only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

_SAID = '"We will reopen in the spring," he said.'


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            f"Bo Park runs the shop on Quay Street.\nContact Tom Vell at tvell@example.com\n{_SAID}",
            ["Bo Park"],
        ),
        (f"Bo Park runs the shop.\n\nContact Tom Vell at tvell@example.com\n\n{_SAID}", ["Bo Park"]),
        (f"Tom Vell runs the shop.\nContact Tom Vell at tvell@example.com\n{_SAID}", ["Tom Vell"]),
        (f"Tom Vell runs the shop.\nEmail Tom Vell at tvell@example.com or 555-0100.\n{_SAID}", ["Tom Vell"]),
        (f"Tom Vell runs the shop.\nFollow Tom Vell on Twitter @tomvell\n{_SAID}", ["Tom Vell"]),
        (
            'Tom Vell runs the shop.\nContact Tom Vell at tvell@example.com\n"We will reopen," Vell said.',
            ["Tom Vell"],
        ),
        # with no means of contact on the line the word stays, as before (`Call` may be a name)
        ('Rain fell. Call Tom Vell said "we will reopen in the spring."', ["Call Tom Vell"]),
    ],
)
def test_a_contact_line_opens_on_no_name(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers
