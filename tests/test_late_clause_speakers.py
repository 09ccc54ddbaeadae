"""A later clause (`as`, `when`, `after` …) with a subject of its own, whose verb leads to a speaking
participle (`The race turned bitter as Ann Lee released an ad saying …`): that subject speaks, not
the main clause's. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # The clause's own subject, not the race or the mood.
        (
            'The race turned negative as Ann Lee released an ad saying Tom Reyes had let "criminals walk."',
            ["Ann Lee"],
        ),
        (
            "The race turned negative on Monday as Ann Lee released an ad accusing her rival, Tom Reyes, of "
            'letting "criminals walk," and Reyes called it a lie.',
            ["Ann Lee"],
        ),
        (
            'The mood soured when Otto Brandt issued a letter saying the deal was "a swindle."',
            ["Otto Brandt"],
        ),
        (
            "The race turned negative as Civic nominee Ann Lee released an ad accusing her rival of letting "
            '"criminals walk."',
            ["Ann Lee"],
        ),
        # Not changed: the main subject's own statement, a comma before the participle, a finite verb
        # joined to the main clause by "and".
        ('Smith issued a statement saying the plan was "reckless."', ["Smith"]),
        ('Otto Brandt stayed calm as the crowd left, saying the plan was "reckless."', ["Otto Brandt"]),
        (
            'Otto Brandt was quick to back the mayor after she won and said this week she was "ready."',
            ["Otto Brandt"],
        ),
    ],
)
def test_a_later_clause_subject_speaks(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers
