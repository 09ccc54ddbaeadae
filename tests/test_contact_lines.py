"""A line of web copy telling the reader how to reach someone (`Contact Tom Vell at tvell@example.com`)
opens on a verb that is no part of the name: no "Contact Tom Vell" is ever shown (invented names
and addresses only)."""

from __future__ import annotations

import pytest

from osceq.extract.contact_lines import contact_verb_length
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
        (f"Tom Vell runs the shop.\nCall Tom Vell on (020) 7946 0100.\n{_SAID}", ["Tom Vell"]),
        (f"Tom Vell runs the shop.\nReach Tom Vell at www.pelbyshop.example\n{_SAID}", ["Tom Vell"]),
        (f"Tom Vell runs the shop.\nWrite Tom Vell at pelbyshop.com\n{_SAID}", ["Tom Vell"]),
        # with no means of contact on the line the word stays, as before (`Call` may be a name)
        ('Rain fell. Call Tom Vell said "we will reopen in the spring."', ["Call Tom Vell"]),
    ],
)
def test_a_contact_line_opens_on_no_name(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers


@pytest.mark.parametrize(
    ("line", "length"),
    [
        ("Call Ann Ek on 555-0100 after six.", len("Call ")),
        ("Call Ann Ek on +44 20 7946 0100.", len("Call ")),
        ("Email Ann Ek at pelbyshop.com for tickets.", len("Email ")),
        # a year, a count or a street number is no means of contact: no contact line
        ("Call Ann Ek, the 2019 champion, who won easily.", 0),
        ("Call Ann Ek, who sold 1,500 copies in 2019.", 0),
        ("Reach Pelby Ltd cut 450 jobs on Tuesday.", 0),
    ],
)
def test_a_contact_line_gives_a_means_of_contact(line: str, length: int) -> None:
    assert contact_verb_length(line, 0) == length
