"""A paragraph opening on a bare he or she right after a paragraph whose last sentence is a
speaker's report about another person of that sex (`Olek Brun said … that Mr. Sorrel had been "…"`):
the he may be either, so it is nobody's rather than the speaker's; a tag after a quote, a he in the
same paragraph, a `He said` going on with the speaker, or a report about a thing, a firm or a person
of the other sex keep the speaker
(invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

_LEDE = "Piet Sorrel, a judge for 30 years, died on Friday. He was 91.\n\n"
_BRUN = 'Judge Olek Brun of Dunhallow said in a statement that Mr. Sorrel had been "the fairest man on the bench."\n\n'


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            _LEDE + _BRUN + 'He left the bench in 1999, saying that three decades was "plenty for anyone."',
            None,
        ),
        (
            _LEDE + "Judge Olek Brun of Dunhallow said Sorrel had worked late every night.\n\n"
            'He left the bench in 1999, saying that three decades was "plenty for anyone."',
            None,
        ),
        # negatives: the speaker keeps a tag after a quote, a he of his own paragraph, a report of a thing
        (_LEDE + _BRUN + '"He was the last of his kind," he said.', "Olek Brun"),
        (
            _LEDE
            + 'Judge Olek Brun of Dunhallow said in a statement that Mr. Sorrel had been "the fairest man on the bench." '
            'He added that he had been "a friend to all."',
            "Olek Brun",
        ),
        (
            _LEDE
            + "Judge Olek Brun of Dunhallow said in a statement that the new law had been a mistake.\n\n"
            'He ruled against it in 2003, calling it "a mess."',
            "Olek Brun",
        ),
        (
            _LEDE + "Judge Olek Brun of Dunhallow said in a statement that Ms. Reyes had been unfair.\n\n"
            'He ruled against her in 2003, calling it "a mess."',
            "Olek Brun",
        ),
        (
            "Chief executive Rupert Vane said sales would rise.\n"
            "Vane told investors Larkspur is looking for a site in Chile.\n"
            'He said Larkspur Asia is "turning a corner," and more sites would follow.',
            "Rupert Vane",
        ),
        (
            _LEDE
            + "Judge Olek Brun of Dunhallow said in a statement that Sorrel had worked late every night.\n\n"
            'He said in 1999 that three decades was "plenty for anyone."',
            "Olek Brun",
        ),
    ],
)
def test_a_report_about_another_he(text: str, speaker: str | None) -> None:
    assert body(text)[-1].speaker == speaker


def test_the_dead_man_is_not_the_he_of_a_living_speakers_plans() -> None:
    text = (
        "Piet Sorrel, a judge for 30 years, died on Friday. He was 91.\n\n"
        "Judge Olek Brun of Dunhallow said Mr. Sorrel had taught him the job.\n\n"
        'He plans to name a new scholarship after his old mentor, calling it "the least I can do."'
    )
    assert body(text)[-1].speaker in {"Olek Brun", None}
