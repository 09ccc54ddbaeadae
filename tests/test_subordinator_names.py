"""A name read with the subordinator opening its clause (`Once Bram Ekel`) is junk: nobody (invented
names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('Once Bram Ekel described the plan as "a disgrace," the talks ended.', [None]),
        ('Whenever Elin Voss called it "our lifeline," the crowd cheered.', [None]),
        ('Unless Bram Ekel calls it "a deal," nothing is agreed.', [None]),
        ('Once Bram Ekel, the chairman, called it "a deal," the shares rose.', [None]),
        # a subordinator the name reader leaves out, and a name after a comma, as before
        ('Until Bram Ekel described the plan as "a disgrace," the talks went well.', ["Bram Ekel"]),
        ('Since Bram Ekel called it "a deal," the shares have risen.', ["Bram Ekel"]),
        ('Once the talks ended, Bram Ekel called it "a deal."', ["Bram Ekel"]),
        ('"It is a deal," said Bram Ekel.', ["Bram Ekel"]),
    ],
)
def test_a_name_read_with_its_subordinator_is_withheld(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers
