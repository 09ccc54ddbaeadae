"""The first subject of a wire story, after its dateline, set out plainly as a person's (invented
names and sentences only; "Orvel" is no given name the extractor knows)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

_QUOTE = '\n\n"We expect the fund to recover by the autumn," {} said.'


@pytest.mark.parametrize(
    ("opening", "pronoun", "speaker"),
    [
        (
            "RENO, March 19 - Orvel Varnley, chairman of the Tarn council of farm advisers, said "
            "stronger growth is needed.",
            "he",
            "Orvel Varnley",
        ),
        (
            "RENO, March 19 - The chairman of the TFTC, Orvella Varnley, said she does not expect "
            "the TFTC to act.",
            "she",
            "Orvella Varnley",
        ),
        (
            "RENO, March 26 - The speaker of the Tarn Parliament, Orvel Varnley, warned the "
            "neighbours not to meddle in the strait.",
            "he",
            "Orvel Varnley",
        ),
    ],
)
def test_first_subject_with_a_role_beside_it_is_the_he_or_she_after(
    opening: str, pronoun: str, speaker: str
) -> None:
    assert [q.speaker for q in body(opening + _QUOTE.format(pronoun))] == [speaker]


def test_first_subject_beside_a_description_of_no_person_stays_unread() -> None:
    opening = "RENO, March 16 - Kestrel Varnley, the carmaker, said profits rose."
    assert [q.speaker for q in body(opening + _QUOTE.format("he"))] == [None]
