"""A cue inside an opening subordinate clause of time, condition or contrast is spent when the main
clause after its comma brings a subject and a verb of its own: a quotation in that main clause is
not the words of the subordinate clause's subject (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body


def _speakers(text: str) -> dict[str, str | None]:
    return {quote.text: quote.speaker for quote in body(text)}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # The main clause has its own subject and a verb of no speech: nobody is named.
        ('While Ned Pell calls the plan "bold," Ada Dunn fixes on the "reset" line.', "reset"),
        ('While Ned Pell said the harbour plan was sound, critics saw "a costly farce."', "a costly farce."),
        ('When Ivo Marsh spoke of the mill, the workers heard "a threat."', "a threat."),
        ('After Lena Orr praised the budget, the council cut the "rainy day" fund anyway.', "rainy day"),
        # A his or her cannot stand for a plural subject.
        ('While many cheered the speech, his staff handed out "victory" badges.', "victory"),
        (
            'While many cheered the speech, the crowd at the back heard his "empty promises" with a groan.',
            "empty promises",
        ),
    ],
)
def test_a_cue_spent_in_an_opening_clause_names_nobody(text: str, words: str) -> None:
    assert _speakers(text).get(words) is None


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # The quotation inside the subordinate clause stays its subject's.
        ('While Ned Pell calls the plan "bold," Ada Dunn fixes on the costs.', "bold,", "Ned Pell"),
        # A main clause with a reporting verb of its own speaks.
        ('When Ivo Marsh spoke of the mill, the foreman called it "a ruin."', "a ruin.", "the foreman"),
        ('After Tom Brun criticized him, Ned Pell shot back, "Nonsense."', "Nonsense.", "Ned Pell"),
        # A pronoun in the main clause may stand for the subordinate clause's subject.
        ('While Tom Lee praised the plan, he balked at its "hidden costs."', "hidden costs.", "Tom Lee"),
        (
            'When Lena Orr described the budget, her voice broke on the word "betrayal."',
            "betrayal.",
            "Lena Orr",
        ),
        # An "as" clause credits the main clause's words to its subject.
        ('As Ned Pell put it, the plan is "a costly farce."', "a costly farce.", "Ned Pell"),
        # No main clause of its own before the quotation: the subordinate clause goes on into it.
        (
            'When Ned Pell ended his speech - "We built this town, and we will keep it!" - the band struck up.',
            "We built this town, and we will keep it!",
            "Ned Pell",
        ),
        # A source closing the sentence reports its words.
        (
            'After Ivo Rask asked about it, the Marsh family became "agitated" once the cameras were off, '
            "according to a source at the station.",
            "agitated",
            "a source",
        ),
    ],
)
def test_a_cue_not_spent_keeps_its_speaker(text: str, words: str, speaker: str) -> None:
    assert _speakers(text).get(words) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # An auxiliary or adverb before the verb is no plural subject: her/his still points back.
        ('When Ann Roe has criticised the levy, her words were "theft and folly."', "Ann Roe"),
        ('Although Tom Lee has praised the plan, his verdict now is "too little, too late."', "Tom Lee"),
        ('When Ann Roe always praised the plan, her tone changed to "cautious optimism."', "Ann Roe"),
    ],
)
def test_an_auxiliary_is_no_plural_subject(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)] == [speaker]
