"""The word before `, who` that describes or places the antecedent (`the mayor, a Democrat, who
said`, `a teacher from Tarn, who said`) is never shown as the speaker: nobody is (invented names
and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

_WORDS = 'said "we cannot raise the levy again this year,"'


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (f"Rain fell. The mayor, a Democrat, who {_WORDS} left early.", [None]),
        (f"The mayor, a Democrat, who {_WORDS} left early.", [None]),
        (f"Rain fell. A teacher from Pelby, who {_WORDS} spoke first.", [None]),
        (f"Rain fell. Ann Vell, a Democrat from Ohio, who {_WORDS} left.", [None]),
        (f"Rain fell. The aide, the Ohio Democrat, who {_WORDS} left.", [None]),
        (f"Rain fell. A farmer in Pelby, who {_WORDS} sold his herd.", [None]),
        (f"Rain fell. The former mayor of New Pelby, who {_WORDS} left.", [None]),
        (
            'Rain fell. "We are fine," said Ivo Marsh, an adviser at Tarnco Bank, who called it "a fair deal."',
            ["Ivo Marsh", None],
        ),
        # a name, or a group, before the "who" is its antecedent, as before
        (f"Rain fell. The speech by Ann Vell, who {_WORDS} was short.", ["Ann Vell"]),
        (f"Rain fell. A letter from Ann Vell, who {_WORDS} was read.", ["Ann Vell"]),
        (f"Rain fell. The mayor, Ann Vell, who {_WORDS} left early.", ["Ann Vell"]),
        (f"Rain fell. Remarks by spokesman Ivo Marsh, who {_WORDS} came late.", ["Ivo Marsh"]),
        (f"Rain fell. The package favoured by Vell, who {_WORDS} won.", ["Vell"]),
        (f'Rain fell. The plan was backed by the Democrats, who {_WORDS[:-2]}."', ["Democrats"]),
    ],
)
def test_a_word_that_describes_the_antecedent_is_no_speaker(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # an office run on with "for" or "of" before the name: the name is the antecedent
        (f"Rain fell. The team was led by Minister for Home Affairs Vell, who {_WORDS} left.", ["Vell"]),
        (f"Rain fell. The team was led by Secretary of State Ann Vell, who {_WORDS} left.", ["Ann Vell"]),
        (f"Rain fell. The team was led by the Minister of Finance Vell, who {_WORDS} left.", ["Vell"]),
    ],
)
def test_a_name_after_an_office_is_the_antecedent(text: str, speakers: list[str | None]) -> None:
    assert [q.speaker for q in body(text)] == speakers
