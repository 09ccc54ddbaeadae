"""A paragraph opening on a bare he or she right after a paragraph whose last sentence is a
speaker's report about another person of that sex (`Harlan Voss said … that Mr. Kettle had been "…"`):
the he may be either, so it is nobody's rather than the speaker's; a tag after a quote, a he in the
same paragraph, a `He said` going on with the speaker, or a report about a thing, a firm or a person
of the other sex keep the speaker
(invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

_LEDE = "Ivo Kettle, a senator for 24 years, died on Sunday. He was 86.\n\n"
_VOSS = 'Sen. Harlan Voss of Elm said in a statement that Mr. Kettle had been "a mentor to me."\n\n'


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (_LEDE + _VOSS + 'He retired in 2003, saying that 24 years was "long enough for any one man."', None),
        (
            _LEDE + "Sen. Harlan Voss of Elm said Kettle had worked late every night.\n\n"
            'He retired in 2003, saying that 24 years was "long enough for any one man."',
            None,
        ),
        # negatives: the speaker keeps a tag after a quote, a he of his own paragraph, a report of a thing
        (_LEDE + _VOSS + '"He was the last of his kind," he said.', "Harlan Voss"),
        (
            _LEDE + 'Sen. Harlan Voss of Elm said in a statement that Mr. Kettle had been "a mentor to me." '
            'He added that he had been "a friend to all."',
            "Harlan Voss",
        ),
        (
            _LEDE + "Sen. Harlan Voss of Elm said in a statement that the bill had been a mistake.\n\n"
            'He voted against it in 2003, calling it "a mess."',
            "Harlan Voss",
        ),
        (
            _LEDE + "Sen. Harlan Voss of Elm said in a statement that Ms. Reyes had been unfair.\n\n"
            'He voted against her in 2003, calling it "a mess."',
            "Harlan Voss",
        ),
        (
            "Chairman Rupert Vane said the company would grow.\n"
            "Vane told analysts Kestrel is in talks to build a plant in Peru.\n"
            'He said Kestrel Japan is "making a profit," and more plants would follow.',
            "Rupert Vane",
        ),
        (
            _LEDE + "Sen. Harlan Voss of Elm said in a statement that Kettle had worked late every night.\n\n"
            'He said in 2003 that 24 years was "long enough for any one man."',
            "Harlan Voss",
        ),
    ],
)
def test_a_report_about_another_he(text: str, speaker: str | None) -> None:
    assert body(text)[-1].speaker == speaker


def test_the_dead_man_is_not_the_he_of_a_living_speakers_plans() -> None:
    text = (
        "Piet Sorrel, a judge for 30 years, died on Friday. He was 91.\n\n"
        "Judge Amos Crane of Fenwick said Mr. Sorrel had taught him the job.\n\n"
        'He plans to name a new scholarship after his old mentor, calling it "the least I can do."'
    )
    assert body(text)[-1].speaker in {"Amos Crane", None}
