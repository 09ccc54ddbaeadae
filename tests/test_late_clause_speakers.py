"""A later clause (`as`, `when`, `after` …) with a subject of its own, whose verb of issuing a writing
leads to a speaking participle (`The feud deepened when Ida Marsh issued a memo saying …`): that
subject speaks, not the main clause's; after a verb of receiving (`as Ann Lee faced an ad calling
her …`) neither speaks. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in body(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # The clause's own subject, who issued the writing, not the dispute or the mood.
        (
            'The dispute deepened when Mayor Ida Marsh issued a memo saying the budget was "dead on arrival."',
            ["Ida Marsh"],
        ),
        (
            "The quarrel grew louder as Heritage chairman Ivo Rusk released a video claiming the levy would "
            '"bankrupt the county."',
            ["Ivo Rusk"],
        ),
        (
            'The mood soured after Otto Brandt published a letter saying the merger was "a swindle."',
            ["Otto Brandt"],
        ),
        # A verb of receiving: the one who got the writing is not its author, nor the main subject.
        ('The campaign turned ugly as Ann Lee faced an ad calling her "a liar."', []),
        ('Sen. Tom Barr was furious after Ann Lee received a letter accusing him of "lying."', []),
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
