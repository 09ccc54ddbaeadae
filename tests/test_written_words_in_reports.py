"""A writing's words inside another person's sentence: a clause of `in which` with its own subject
and verb of writing or speech (`asked him about a memo, in which the engineer wrote that …"…"`)
gives the words to that subject, not to the one asking; so does a naming verb in a relative clause
with no relative word (`a bill the trucking lobby had called its "…"`), whose subject gave the
thing its quoted name. Invented names and sentences only."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Judge Ada Morrow asked him about a memo from the county engineer, in which the engineer wrote "
            'that the new lines "still split the river wards three ways."',
            "the engineer",
        ),
        (
            "Judge Ada Morrow asked him about a memo, in which Ivo Pruitt wrote that the new lines "
            '"still split the river wards three ways."',
            "Ivo Pruitt",
        ),
        # No verb of writing or speech in the clause, or its verb closed by a comma: as before.
        (
            "Judge Ada Morrow looked at the map, in which the river wards were split three ways, and said "
            'it was "a puzzle with missing pieces."',
            "Ada Morrow",
        ),
        (
            "Judge Ada Morrow read from the memo, in which the engineer described the lines, and said they "
            'were "a puzzle with missing pieces."',
            "Ada Morrow",
        ),
        # A colon, `so` or `because` after the clause hands the quote back to the main speaker.
        (
            'Nell Quist said of the letter, in which Ivo Pratt wrote that he was sorry: "It is too late."',
            "Nell Quist",
        ),
        (
            "Nell Quist pointed to the report, in which the agency said the river was safe so she called "
            'it "a whitewash."',
            "Nell Quist",
        ),
        (
            "Nell Quist mocked the speech, in which Ivo Pratt said he would fix the roads because it was "
            '"pure fantasy."',
            "Nell Quist",
        ),
        # A clause with no comma before it describes its noun, and `as`, `and` hand the quote back to
        # the main clause or a later one.
        (
            'Nell Quist described the call in which Ivo Pratt asked for money as "deeply disturbing."',
            "Nell Quist",
        ),
        (
            'Nell Quist described a meeting in which Ivo Pratt told her about the deal as "a shakedown."',
            "Nell Quist",
        ),
        (
            'Nell Quist said the episode in which Ivo Pratt replied to critics left her "speechless."',
            "Nell Quist",
        ),
        (
            'Nell Quist recalled the night in which Ivo Pratt said nothing and she "cried for hours."',
            "Nell Quist",
        ),
        (
            'Nell Quist described the call, in which Ivo Pratt asked for money, as "deeply disturbing."',
            "Nell Quist",
        ),
        (
            'Nell Quist recalled the night, in which Ivo Pratt said nothing and she "cried for hours."',
            "Nell Quist",
        ),
    ],
)
def test_in_which_clause_speaks(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ms. Ortega said the payments began while Walsh steered a bill the trucking lobby had called its "
            '"number one goal."',
            "the trucking lobby",
        ),
        # The main speaker's own naming, or a relative word: as before.
        (
            'Ms. Ortega said she regretted the bill she had once called "a lifeline for small haulers."',
            "Ortega",
        ),
        (
            "Ms. Ortega said the payments began while Walsh steered a bill which the trucking lobby had "
            'called its "number one goal."',
            "the trucking lobby",
        ),
        # A name given to a person, a pet or a place, not a judgement of a thing: as before.
        ('Nell Quist said a friend the family called "Bud" had died.', "Nell Quist"),
        ('Nell Quist said the dog the children called "Rex" had run away.', "Nell Quist"),
    ],
)
def test_contact_relative_names(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)] == [speaker]
