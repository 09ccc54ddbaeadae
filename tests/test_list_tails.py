"""A list of names read back from its verb or in a tag after the quote: surnames the article gives
people, ages or a role inside. The whole list speaks (shown by its names, the asides left out),
never its last items or its first alone; an
opening adverb or phrase, or a place set off after one, is no item; a list with an item the article
does not make a person is shown as nobody (invented names and sentences only)."""

from __future__ import annotations

import pytest

from tests.quote_helpers import body

_QUOTE = ' said the vote was "a farce and a fraud."'
# An opening sentence that gives the people of the surnames below their full names.
_MET = "Ann Smith, Tom Jones and Mia Brown met. "


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        (_MET + "Smith, Jones and Brown", "Smith, Jones and Brown"),
        (_MET + "Smith, Jones, and Brown", "Smith, Jones, and Brown"),
        ("Frost came. Ann Lee, 42, Tom Reed, 51, and Bo Park", "Ann Lee, Tom Reed and Bo Park"),
        ("Frost came. Ann Lee, a lawyer, Tom Reed and Bo Park", "Ann Lee, Tom Reed and Bo Park"),
        ("Frost came. Ann Lee, the mayor, and Bo Park", "Ann Lee and Bo Park"),
        (
            "Frost came. Ann Lee, Keller Bank chief Tom Reed and Bo Park",
            "Ann Lee, Keller Bank chief Tom Reed and Bo Park",
        ),
        # An item the article makes no person (a firm, a surname it never gives in full): nobody.
        ("Frost came. Keller Bank, Ostrow Group and Lind Capital", None),
        ("Frost came. Keller, Ostrow and Lind", None),
        ("Frost came. Smith, Jones and Brown", None),
        ("Frost came. Lee, Smith and Co", None),
        # An opening adverb is no item: the pair speaks as before.
        ("Frost came. Separately, Smith and Brown", "Smith and Brown"),
        ("Frost came. Overall, Smith and Brown", "Smith and Brown"),
        ("Frost came. Privately, Smith and Brown", "Smith and Brown"),
        ("Frost came. Together, Smith and Brown", "Smith and Brown"),
        ("Frost came. Tonight, Smith and Brown", "Smith and Brown"),
        ("Frost came. Again, Smith and Brown", "Smith and Brown"),
        (_MET + "Separately, Smith, Jones and Brown", "Smith, Jones and Brown"),
        # A place set off after an opening phrase is no item; unknown names leave nobody.
        (_MET + "In Dover, Kent, Smith and Brown", "Ann Smith and Mia Brown"),
        (_MET + "At Tarn Hall, Dover, Smith and Brown", "Ann Smith and Mia Brown"),
        (_MET + "In Dover, Kent, Smith, Jones and Brown", "Smith, Jones and Brown"),
        ("Frost came. In Dover, Kent, Smith and Brown", None),
        # No list: the subject speaks as before.
        ("Frost came. Ann Lee, Tom Reed and Bo Park", "Ann Lee, Tom Reed and Bo Park"),
        ("Frost came. In Dover, Ann Lee and Bo Park", "Ann Lee and Bo Park"),
        ("Frost came. Last March, Bo Park", "Bo Park"),
        ("Frost came. The vote was close, and Bo Park", "Bo Park"),
        ("Frost came. Ann Lee, 42,", "Ann Lee"),
        ("Frost came. The mayor, Ann Lee,", "Ann Lee"),
    ],
)
def test_a_list_of_names_speaks_whole(subject: str, speaker: str | None) -> None:
    assert [q.speaker for q in body(subject + _QUOTE)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (_MET + 'Smith, Jones and Brown said: "The vote was a farce."', "Smith, Jones and Brown"),
        ('Frost came. Separately, Smith and Brown said: "The vote was a farce."', "Smith and Brown"),
        ('Frost came. Overall, Smith and Brown said: "The vote was a farce."', "Smith and Brown"),
    ],
)
def test_a_list_before_a_colon_speaks_whole(text: str, speaker: str) -> None:
    assert [q.speaker for q in body(text)] == [speaker]


@pytest.mark.parametrize(
    ("tag", "speaker"),
    [
        ("Smith, Jones and Brown said.", "Smith, Jones and Brown"),
        ("said Smith, Jones and Brown.", "Smith, Jones and Brown"),
        ("Ann Lee, Tom Reed and Bo Park said.", "Ann Lee, Tom Reed and Bo Park"),
        ("said Ann Lee, a lawyer, and Bo Park.", "Ann Lee and Bo Park"),
        # Surnames the article never gives a person: nobody, not the first or the last two.
        ("Smith, Lind and Ostrow said.", None),
        ("said Smith, Lind and Ostrow.", None),
        (
            "Ann Lee, chairman and chief executive, and Tom Reed, president, said.",
            "Ann Lee and Tom Reed",
        ),
        # No list: the tag's name speaks as before.
        ("said Ann Lee of Keller, Ostrow and Co.", "Ann Lee"),
        ("said analyst Ann Lee of Keller, Ostrow and Lind, a Dover brokerage.", "Ann Lee"),
        ("Trade, Industry and Energy Minister Ann Lee said.", "Ann Lee"),
        ("said Ann Lee, Chairman and Chief Executive.", "Ann Lee"),
        ("said Smith and Brown.", "Ann Smith and Mia Brown"),
        ("said Smith, and Brown nodded.", "Ann Smith"),
        ("Smith said, and Brown agreed.", "Ann Smith"),
        ("said Ann Lee, the mayor of Dover.", "Ann Lee"),
        ("said Ann Lee of Dover, and Tom Reed agreed.", "Ann Lee"),
    ],
)
def test_a_tag_of_a_list_shows_it_whole_or_nobody(tag: str, speaker: str | None) -> None:
    text = _MET + '"The vote was a farce," ' + tag
    assert [q.speaker for q in body(text)] == [speaker]
